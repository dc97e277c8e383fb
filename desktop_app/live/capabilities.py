"""What each Live model accepts, read from `resources/models.json`.

Live model IDs and what they accept change every few months (docs: 3.8 rejects
`thinkingLevel`, affective dialog needs v1alpha on 2.5, translation models take no tools...).
Sending a field a model rejects closes the connection with 1007, so the config builder asks
this table before adding anything optional. Unknown models get the safe subset.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from desktop_app.resources import load_json


@dataclass(frozen=True, slots=True)
class ModelCapabilities:
    model: str
    label: str
    known: bool
    backends: tuple[str, ...]
    kind: str  # "native_audio", "translation" or "transcription" (text only, not offered)
    api_version: str  # what plain use needs
    thinking: str  # "none", "budget" (2.5) or "level" (3.x)
    thinking_levels: tuple[str, ...]
    include_thoughts: bool
    affective_dialog: bool  # needs v1alpha
    proactive_audio: str  # "none", "optional" (needs v1alpha) or "always" (cannot be set)
    all_voices: bool
    speech_language_code: bool
    translation: str  # "none", "translation_config" or "speech_language_code"
    tools: bool
    google_search: bool
    non_blocking_tools: bool  # takes asynchronous (NON_BLOCKING) function calls
    blocking_tools: bool  # takes synchronous (BLOCKING) ones; some models only async
    code_execution: bool
    system_instruction: bool
    text_input: str  # "realtime", "client_content" or "none"
    video_input: bool
    media_resolution: bool
    turn_coverage: tuple[str, ...]  # the realtimeInputConfig.turnCoverage values it takes
    picker: bool  # offered in the model picker (a voice conversation can use it)
    sources: tuple[str, ...]  # where the facts in this entry come from

    @property
    def is_translation(self) -> bool:
        return self.kind == "translation"


def _normalise(model: str) -> str:
    """Accept `models/X` and Vertex's `publishers/google/models/X` as well as a bare ID."""
    return model.strip().rsplit("/", 1)[-1]


def capabilities_for(model: str) -> ModelCapabilities:
    table: dict[str, Any] = load_json("models.json")
    name = _normalise(model)
    entry = table["models"].get(name)
    merged = dict(table["defaults"])
    merged.update(entry if entry is not None else table["unknown"])
    if not merged.get("label"):
        merged["label"] = name
    values: dict[str, Any] = {"model": name, "known": entry is not None}
    for f in fields(ModelCapabilities):
        if f.name in values:
            continue
        value = merged[f.name]
        values[f.name] = tuple(value) if isinstance(value, list) else value
    return ModelCapabilities(**values)


def known_models() -> list[str]:
    """The models the picker offers, in the table's order."""
    return [name for name in load_json("models.json")["models"] if offered(name)]


def offered(model: str) -> bool:
    """Whether `model` belongs in the picker: not one the table marks as text-only
    transcription (a model the table does not know is offered: the service listed it)."""
    return capabilities_for(model).picker
