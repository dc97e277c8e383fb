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
import os
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
    language: str = ""  # BCP-47; "" lets a native-audio model choose
    system_instruction: str = ""
    output_transcription: bool = True
    media_resolution: str = ""  # "", "low", "medium", "high"
    temperature: float | None = None
    # --- turn taking --------------------------------------------------------------
    push_to_talk: bool = False  # manual activityStart/activityEnd
    start_sensitivity: str = ""  # "", "high", "low"
    end_sensitivity: str = ""  # "", "high", "low"
    silence_duration_ms: int = 0  # 0 = server default
    prefix_padding_ms: int = 0
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
    input_device: str = ""  # "" = system default; else a name fragment or an index
    output_device: str = ""
    headphones: bool = False  # True turns echo cancellation off
    noise_suppression: bool = True

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("api_key")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build from saved data, ignoring unknown keys (older or newer app versions)."""
        known = {f.name for f in dataclasses.fields(cls)} - {"api_key"}
        kwargs = {k: v for k, v in data.items() if k in known}
        return cls(**kwargs)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def load_settings(directory: Path) -> Settings:
    path = directory / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    return Settings.from_dict(data)


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
