"""The model names the emulator serves, how a setup names a model on each backend, and what
each model accepts beyond the setup every Live model takes.

The list and the profiles are the emulator's own data, not the app's: if the app's table of
models and this one disagree, a test shows it instead of both sides agreeing on a typo. They
follow Google's model pages, cited per model in resources/models.json (3.8 refuses
`thinkingLevel` and affective dialog and always listens proactively; 2.5 native audio takes
affective dialog and proactivity on v1alpha only; translation models take no tools or system
instruction...). Tests can pass their own set of names to `Emulator(models=...)`; a name
without a profile gets no model-specific checks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelProfile:
    """What one model accepts, where models differ.

    `thinking` is "none" (no `thinkingConfig` at all), "budget" or "level";
    `proactivity` is "none", "optional" or "always" (then `proactiveAudio: false` is refused);
    `alpha_features` means affective dialog and proactivity exist only on v1alpha of the
    Gemini API; `translation` is "none", "translation_config" or "speech_language_code"
    (the Vertex speech-to-speech model), and translation models take audio only.
    `native_audio` models speak only: they refuse TEXT output. `blocking_functions: False`
    refuses functions declared BLOCKING; `background_reasoning` models answer a request in
    several turns, each `turnComplete` with its `interactionStatus`. `default_turn_coverage`
    is which input a turn takes when the setup does not say (video.py).
    `ends_turn_on_stream_end: False` models ignore `audioStreamEnd` under automatic activity
    detection: their VAD ends a turn only from trailing audio it actually receives.
    (Sources: docs/live-service-quirks.md.)
    """

    thinking: str = "none"
    thinking_levels: frozenset[str] = frozenset()
    affective_dialog: bool = False
    proactivity: str = "none"
    alpha_features: bool = False
    non_blocking_functions: bool = True
    default_behavior: str = "BLOCKING"
    blocking_functions: bool = True
    translation: str = "none"
    native_audio: bool = False
    background_reasoning: bool = False
    default_turn_coverage: str = "TURN_INCLUDES_ONLY_ACTIVITY"
    ends_turn_on_stream_end: bool = True

    @property
    def translates(self) -> bool:
        return self.translation != "none"


_ALL_VIDEO = "TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO"  # the 3.x models' default
_LIVE_38 = ModelProfile(proactivity="always", default_behavior="NON_BLOCKING",
                        default_turn_coverage=_ALL_VIDEO, ends_turn_on_stream_end=False)
_NATIVE_25 = ModelProfile(
    thinking="budget",
    affective_dialog=True,
    proactivity="optional",
    alpha_features=True,
    native_audio=True,
)

PROFILES: dict[str, ModelProfile] = {
    "gemini-3.8-live": _LIVE_38,
    "gemini-3.8-live-extended-thinking": ModelProfile(
        thinking="level",
        thinking_levels=frozenset({"LOW", "MEDIUM", "HIGH"}),
        proactivity="always",
        default_behavior="NON_BLOCKING",
        blocking_functions=False,
        background_reasoning=True,
        default_turn_coverage=_ALL_VIDEO,
        ends_turn_on_stream_end=False,
    ),
    "gemini-3.1-flash-live-preview": ModelProfile(
        thinking="level",
        thinking_levels=frozenset({"MINIMAL", "LOW", "MEDIUM", "HIGH"}),
        non_blocking_functions=False,
        default_turn_coverage=_ALL_VIDEO,
    ),
    "gemini-3.5-live-translate-preview": ModelProfile(translation="translation_config"),
    "gemini-2.5-flash-native-audio-preview-12-2025": _NATIVE_25,
    "gemini-2.5-flash-native-audio-preview-09-2025": _NATIVE_25,
    "gemini-live-2.5-flash-native-audio": _NATIVE_25,
    "gemini-live-2.5-flash-preview-native-audio-09-2025": _NATIVE_25,
    "gemini-2.5-flash-s2st-exp-11-2025": ModelProfile(translation="speech_language_code"),
}

DEFAULT_MODELS: frozenset[str] = frozenset(PROFILES)


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
