"""What a change of settings requires, decided by one pure function: every field of
`Settings` is classified, and each kind of change asks for what it needs and no more."""

from __future__ import annotations

from dataclasses import fields

import pytest

from desktop_app.current_settings import CurrentSettings
from desktop_app.settings import OFFLINE_KEY, Settings, key_to_store, needs_key
from desktop_app.settings_change import EFFECTS, Effect, settings_change

BASE = Settings(model="gemini-3.8-live")


def test_every_settings_field_is_classified() -> None:
    """A new field must say what changing it requires; one nobody classified fails here."""
    assert set(EFFECTS) == {f.name for f in fields(Settings)}


def test_no_change_requires_nothing() -> None:
    change = settings_change(BASE, BASE.replace())
    assert change.nothing and not change.changed


@pytest.mark.parametrize(
    ("changes", "reconnect", "restart", "video"),
    [
        ({"voice": "Kore"}, True, False, False),
        ({"push_to_talk": True}, True, True, False),  # the mic's quiet gate is off under it
        ({"silence_duration_ms": 3000}, True, True, False),  # the gate holds past it
        ({"turn_coverage": "all_input"}, True, False, False),
        ({"system_instruction": "Be brief."}, True, False, False),
        ({"model": "gemini-3.5-live-translate-preview"}, True, False, True),
        ({"headphones": True}, False, True, False),
        ({"input_device": "USB"}, False, True, False),
        ({"video_source": "screen", "monitor": 2}, False, True, False),
        ({"extra_models": ["my-model"]}, False, False, False),
        ({"allow_local_pages": True}, False, False, False),
        ({"video_still_interval_s": 5}, False, False, True),
        ({"api_key": "another key"}, False, False, False),
        ({"voice": "Kore", "noise_suppression": False}, True, True, False),
    ],
)
def test_each_kind_of_change_asks_for_what_it_needs(
    changes: dict[str, object], reconnect: bool, restart: bool, video: bool
) -> None:
    change = settings_change(BASE, BASE.replace(**changes))
    assert change.changed == frozenset(changes)
    assert (change.reconnect, change.restart_devices, change.switch_video) == (
        reconnect,
        restart,
        video,
    )
    assert change.nothing == (not (reconnect or restart or video))


def test_only_devices_and_local_choices_spare_the_connection() -> None:
    spared = {name for name, effect in EFFECTS.items() if Effect.RECONNECT not in effect}
    assert spared == {
        "api_key", "extra_models", "allow_local_pages", "ui_language",
        "video_source", "camera", "monitor", "input_device", "output_device",
        "headphones", "noise_suppression", "quiet_gate", "video_still_interval_s",
    }


def test_the_current_settings_tell_their_subscribers_what_changed() -> None:
    seen: list[Settings] = []
    current = CurrentSettings(BASE)
    current.subscribe(seen.append)
    assert current.replace(voice="Kore").reconnect
    assert current.value.voice == "Kore" and current.get() is current.value
    assert seen == [current.value]
    assert current.set(current.value).nothing
    assert len(seen) == 1, "no change, no news"
    current.replace(api_key="new")  # `==` leaves the key out; a new key is still a change
    assert len(seen) == 2 and seen[-1].api_key == "new"


def test_key_policy() -> None:
    assert needs_key(Settings(api_key=""))
    assert not needs_key(Settings(api_key="k"))
    assert not needs_key(Settings(ephemeral_token_url="https://tokens.example/t"))
    assert not needs_key(Settings(backend="vertex"))
    old = Settings(api_key="old")
    assert key_to_store(old, old.replace(api_key="new")) == "new"
    assert key_to_store(old, old.replace(api_key="")) == "", "a cleared key is removed"
    assert key_to_store(old, old.replace(voice="Kore")) is None
    assert key_to_store(old, old.replace(api_key=OFFLINE_KEY)) is None
