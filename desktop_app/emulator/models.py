"""The model names the emulator serves, and how a setup names a model on each backend.

The list is the emulator's own data, not the app's: if the app's table of models and
this one disagree, a test shows it instead of both sides agreeing on a typo. Tests can
pass their own set to `Emulator(models=...)`.
"""

from __future__ import annotations

DEFAULT_MODELS: frozenset[str] = frozenset(
    {
        "gemini-3.8-live",
        "gemini-3.8-live-extended-thinking",
        "gemini-3.1-flash-live-preview",
        "gemini-3.5-live-translate-preview",
        "gemini-2.5-flash-native-audio-preview-12-2025",
        "gemini-2.5-flash-native-audio-preview-09-2025",
        "gemini-live-2.5-flash-native-audio",
        "gemini-live-2.5-flash-preview-native-audio-09-2025",
        "gemini-2.5-flash-s2st-exp-11-2025",
    }
)


def model_name(resource: str, *, vertex: bool) -> str | None:
    """The bare model name in a setup's `model` resource, or None when it is malformed.

    The Gemini API names models `models/NAME`. Vertex AI names them
    `projects/P/locations/L/publishers/google/models/NAME`, or
    `publishers/google/models/NAME` in express mode (API key, no project).
    """
    parts = resource.split("/")
    if vertex:
        if len(parts) == 8 and parts[0] == "projects" and parts[2] == "locations":
            parts = parts[4:]
        if len(parts) != 4 or parts[:2] != ["publishers", "google"]:
            return None
        parts = parts[2:]
    if len(parts) == 2 and parts[0] == "models" and parts[1]:
        return parts[1]
    return None
