"""User settings: one dataclass, saved as JSON under the platform's config dir.

The API key is the exception: it lives only in the OS keyring (or the `GEMINI_API_KEY`
environment variable for a run) and is never written to the settings file or a log.
`Settings.api_key` is excluded from `to_dict()` and from `repr()` for that reason.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import math
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from desktop_app.resources import default_voice, load_json

log = logging.getLogger(__name__)

APP_NAME = "LiveDesk"
KEYRING_SERVICE = "LiveDesk"
KEYRING_USER = "gemini-api-key"
SETTINGS_FILE = "settings.json"
OFFLINE_KEY = "offline"  # the built-in emulator takes any key; this one is never stored
# `Settings.language`: speak the interface's language, where the model speaks it.
FOLLOW_INTERFACE = "interface"
_interface_language = ""  # the interface's language code ("fr"), set once the UI loads it


def set_interface_language(code: str) -> None:
    """Called by the UI when it loads a translation ("en" for none): the language a model
    speaks when `Settings.language` is FOLLOW_INTERFACE. Kept here, Qt-free, so the session
    layer can read it without importing the UI."""
    global _interface_language
    _interface_language = code


def interface_language() -> str:
    return _interface_language


MAX_TEXT_CHARS = 100_000  # a system instruction is the longest text a user types here
# The values a field may take, where the app offers a choice...
_CHOICES: dict[str, tuple[str, ...]] = {
    "backend": ("gemini", "vertex"),
    "media_resolution": ("auto", "", "low", "medium", "high"),
    "turn_coverage": ("", "activity", "all_input", "activity_and_all_video"),
    "start_sensitivity": ("", "high", "low"),
    "end_sensitivity": ("", "high", "low"),
    "thinking": ("default", "off", "budget", "level"),
    "video_source": ("camera", "screen", "none"),
}
# ...and the range of a number (the type is the default's; None only where that is).
_RANGES: dict[str, tuple[float, float]] = {
    "temperature": (0.0, 2.0),
    "silence_duration_ms": (0, 60_000),
    "prefix_padding_ms": (0, 60_000),
    "thinking_budget": (-1, 1_000_000),
    "monitor": (0, 64),
    "video_still_interval_s": (1, 600),
}


def default_model() -> str:
    return str(load_json("models.json")["default_model"])


@dataclass
class Settings:
    # --- connection ---------------------------------------------------------------
    backend: str = "gemini"  # "gemini" (API key) or "vertex" (project + location, ADC)
    api_key: str = field(default="", repr=False, compare=False)  # never saved to a file
    vertex_project: str = ""
    vertex_location: str = "us-central1"
    endpoint: str = ""  # "" = Google; else a relay or the emulator (https://host:port)
    ca_file: str = ""  # extra CA bundle (PEM) trusted for `endpoint`
    api_version: str = ""  # "" = what the model needs (capability table), else forced
    # An organisation's token service; then no key is kept. Its query may hold a secret.
    ephemeral_token_url: str = field(default="", repr=False)
    # --- the model ----------------------------------------------------------------
    model: str = field(default_factory=default_model)
    extra_models: list[str] = field(default_factory=list)  # IDs the user added to the picker
    voice: str = field(default_factory=default_voice)
    # BCP-47; "" lets a native-audio model choose; FOLLOW_INTERFACE: the interface's language
    language: str = FOLLOW_INTERFACE
    system_instruction: str = ""
    output_transcription: bool = True
    # How finely the model looks at each frame, and so its tokens a frame (docs/performance.md):
    # "auto" is low (64 tokens) for the camera and medium (256) for a shared screen, whose
    # text low cannot read; "" leaves it to the model.
    media_resolution: str = "auto"  # "auto", "", "low", "medium", "high"
    temperature: float | None = None
    # --- turn taking --------------------------------------------------------------
    push_to_talk: bool = False  # manual activityStart/activityEnd
    start_sensitivity: str = ""  # "", "high", "low"
    end_sensitivity: str = ""  # "", "high", "low"
    silence_duration_ms: int = 0  # 0 = server default
    prefix_padding_ms: int = 0
    # Which input a turn takes (realtimeInputConfig.turnCoverage): "" the model's default
    # (the 3.x models: speech and every frame, which adaptive video keeps few; 2.5: only what
    # came during activity), "activity" only what came during speech or typing (the cheapest,
    # but frames sent in silence are not seen, so a typed question may find no picture:
    # google-gemini/live-api-web-console#35), "all_input" everything since the last turn
    # (silence included), "activity_and_all_video" speech and every frame.
    turn_coverage: str = ""
    # --- features (applied where the model accepts them) ---------------------------
    affective_dialog: bool = False
    proactive_audio: bool = False
    thinking: str = "default"  # "default", "off", "budget", "level"
    thinking_budget: int = 1024
    thinking_level: str = "LOW"
    include_thoughts: bool = False
    google_search: bool = False
    tools: list[str] = field(default_factory=list)  # names of enabled local tools
    allow_local_pages: bool = False  # open_web_page may open loopback/LAN hosts
    translation_target: str = ""  # target language for translation models
    # --- devices and media --------------------------------------------------------
    video_source: str = "camera"  # "camera", "screen", "none"
    camera: str = "0"  # a device index or a video file / URL
    monitor: int = 1  # mss monitor number (1 = first real monitor)
    # A still picture goes to the model this often; changes, speech and turn starts send
    # frames sooner (media/framepolicy.py). 1 sends every second, as before adaptive video.
    video_still_interval_s: int = 10
    input_device: str = ""  # "" = system default; else a name fragment or an index
    output_device: str = ""
    headphones: bool = False  # True turns echo cancellation off
    noise_suppression: bool = True
    # Pause the mic's upload while it hears nothing (media/gate.py): most of a listening
    # app's CPU and data is silence sent 25 times a second. Off sends every chunk, always.
    quiet_gate: bool = True
    # --- the interface -------------------------------------------------------------
    ui_language: str = "system"  # "system" (the OS's preferred languages) or a code ("fr")

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("api_key")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> tuple[Settings, list[str]]:
        """Build from saved data, field by field: unknown keys are ignored (older or newer
        app versions), and a value of the wrong type or out of range falls back to the
        field's default. Also returns the names of the fields that did."""
        defaults = cls()
        kwargs: dict[str, Any] = {}
        rejected: list[str] = []
        for f in dataclasses.fields(cls):
            if f.name == "api_key" or f.name not in data:
                continue
            if _valid(f.name, data[f.name], getattr(defaults, f.name)):
                kwargs[f.name] = data[f.name]
            else:
                rejected.append(f.name)
        return cls(**kwargs), rejected

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def persistable(chosen: Settings, saved: Settings, overrides: dict[str, Any]) -> Settings:
    """What to save: a value the command line set for this run stays out of the file unless
    the user changed it in the dialog."""
    kept = {
        name: getattr(saved, name)
        for name, value in overrides.items()
        if getattr(chosen, name) == value
    }
    return chosen.replace(**kept)


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def load_settings(directory: Path) -> tuple[Settings, list[str]]:
    """The saved settings, and a note for the user about each thing that could not be used.

    A damaged file, or a field in it with a wrong value, must not stop the app or make every
    connection fail: what is wrong falls back to its default and is named in a note, and the
    file is copied to `settings.json.bad` before the next save replaces it."""
    path = directory / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), []
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, type(exc).__name__)
        data = None
    if not isinstance(data, dict):
        return Settings(), [f"The settings file could not be read{_kept_aside(path)}; "
                            "all settings are back to their defaults."]
    settings, rejected = Settings.from_dict(data)
    if not rejected:
        return settings, []
    log.warning("settings with invalid values, back to their defaults: %s", ", ".join(rejected))
    names = ", ".join(rejected)
    return settings, [f"Invalid saved settings are back to their defaults: {names}"
                      f"{_kept_aside(path)}."]


def _kept_aside(path: Path) -> str:
    """Copies the file the user (or a support person) may want to look at; what to say."""
    bad = path.with_name(path.name + ".bad")
    try:
        shutil.copyfile(path, bad)
    except OSError as exc:
        log.warning("could not keep %s aside: %s", path, exc)
        return ""
    return f" (the file is kept as {bad})"


def _valid(name: str, value: Any, default: Any) -> bool:
    """Whether `value` can stand in for the field `name`, whose default is `default`."""
    if name in _CHOICES:
        return value in _CHOICES[name]
    if name in _RANGES:
        low, high = _RANGES[name]
        if value is None:
            return default is None
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and isinstance(value, type(default) if default is not None else float | int)
            and math.isfinite(value)
            and low <= value <= high
        )
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, str):
        return isinstance(value, str) and len(value) <= MAX_TEXT_CHARS and "\0" not in value
    if isinstance(default, list):
        return isinstance(value, list) and all(
            isinstance(item, str) and len(item) <= MAX_TEXT_CHARS for item in value
        )
    return False


def save_settings(settings: Settings, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings.to_dict(), indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


class KeyStoreError(RuntimeError):
    """The OS keyring is missing or refused; the key can be used for this run only."""


def load_api_key() -> str:
    """The key from `GEMINI_API_KEY`, else the OS keyring, else ""."""
    env = os.environ.get("GEMINI_API_KEY") or os.environ.get("GOOGLE_API_KEY")
    if env:
        return env
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER) or ""
    except Exception as exc:  # any backend failure means "no stored key"
        log.info("no OS keyring available: %s", type(exc).__name__)
        return ""


def needs_key(settings: Settings) -> bool:
    """Whether a connection needs a key the user has not given: the Gemini API without a key
    or an organisation's token service (Vertex AI signs in with the machine's credentials)."""
    s = settings
    return s.backend == "gemini" and not s.api_key and not s.ephemeral_token_url


def with_stored_key(settings: Settings) -> Settings:
    """`settings` with the key from the environment or the keyring if they name none."""
    return settings if settings.api_key else settings.replace(api_key=load_api_key())


def key_to_store(old: Settings, new: Settings) -> str | None:
    """The key to put in the keyring when `new` replaces `old`: a changed one ("" removes
    it), never the built-in emulator's placeholder; None when there is nothing to store."""
    if new.api_key == old.api_key or new.api_key == OFFLINE_KEY:
        return None
    return new.api_key


def store_api_key(key: str) -> None:
    try:
        import keyring

        if key:
            keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception as exc:
        reason = type(exc).__name__
        raise KeyStoreError(f"the OS keyring could not store the key ({reason})") from exc
