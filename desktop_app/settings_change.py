"""What a change of settings requires of a running conversation: a pure function of the old
and the new `Settings`, so the rule is read (and tested) in one place.

Every field of `Settings` is classified here, once: a new field nobody classified fails
`tests/app/test_settings_change.py`, instead of silently doing nothing (or reconnecting) when
the user changes it.

- RECONNECT: the Live API fixes it at connect time (model, voice, tools, VAD, ...). The
  session reconnects with its resumption handle, so the conversation goes on.
- RESTART_DEVICES: the devices are made from it (the mic's echo canceller from `headphones`
  and `noise_suppression`); running devices are stopped and started again.
- SWITCH_VIDEO: what the model is shown, or how often, may change (a model that takes no
  pictures is shown none; the still interval); the video source is switched if it must be,
  and otherwise told the new interval.
- Nothing: read when it is used (a tool's permission, the picker's extra models), or at the
  next start (the interface language), or kept elsewhere (the API key, in the keyring).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields

from desktop_app.settings import Settings


class Effect(enum.Flag):
    NONE = 0
    RECONNECT = enum.auto()
    RESTART_DEVICES = enum.auto()
    SWITCH_VIDEO = enum.auto()


_R, _D, _V, _N = Effect.RECONNECT, Effect.RESTART_DEVICES, Effect.SWITCH_VIDEO, Effect.NONE

EFFECTS: dict[str, Effect] = {
    # --- connection
    "backend": _R,
    "api_key": _N,  # the next connection reads it; the running one stays authenticated
    "vertex_project": _R,
    "vertex_location": _R,
    "endpoint": _R,
    "ca_file": _R,
    "api_version": _R,
    "ephemeral_token_url": _R,
    # --- the model
    "model": _R | _V,
    "extra_models": _N,
    "voice": _R,
    "language": _R,
    "system_instruction": _R,
    "output_transcription": _R,
    "media_resolution": _R,
    "turn_coverage": _R,  # realtimeInputConfig.turnCoverage, fixed at connect time
    "temperature": _R,
    # --- turn taking
    "push_to_talk": _R | _D,  # the mic's quiet gate is off under push-to-talk
    "start_sensitivity": _R,
    "end_sensitivity": _R,
    "silence_duration_ms": _R | _D,  # the mic's quiet gate holds a second past it
    "prefix_padding_ms": _R,
    # --- features
    "affective_dialog": _R,
    "proactive_audio": _R,
    "thinking": _R,
    "thinking_budget": _R,
    "thinking_level": _R,
    "include_thoughts": _R,
    "google_search": _R,
    "tools": _R,
    "allow_local_pages": _N,  # open_web_page asks at each call
    "translation_target": _R,
    # --- devices and media
    "video_source": _D,  # the connection keeps its media resolution (live/config.py)
    "camera": _D,
    "monitor": _D,
    "input_device": _D,
    "output_device": _D,
    "headphones": _D,
    "noise_suppression": _D,
    "quiet_gate": _D,
    "video_still_interval_s": _V,  # the running capture takes a new interval without a restart
    # --- the interface
    "ui_language": _N,  # installed before the window is made: it applies at the next start
}


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """What going from one `Settings` to another requires (`changed` names the fields)."""

    changed: frozenset[str]
    effect: Effect

    @property
    def reconnect(self) -> bool:
        return Effect.RECONNECT in self.effect

    @property
    def restart_devices(self) -> bool:
        return Effect.RESTART_DEVICES in self.effect

    @property
    def switch_video(self) -> bool:
        return Effect.SWITCH_VIDEO in self.effect

    @property
    def nothing(self) -> bool:
        return self.effect == Effect.NONE


def settings_change(old: Settings, new: Settings) -> SettingsChange:
    """What applying `new` where `old` was in force requires."""
    changed = frozenset(
        f.name for f in fields(Settings) if getattr(old, f.name) != getattr(new, f.name)
    )
    effect = Effect.NONE
    for name in changed:
        effect |= EFFECTS[name]
    return SettingsChange(changed, effect)
