"""What a model refuses in a setup that the proto parser lets through.

Every Live model parses the same setup message, but each one refuses some fields the others
take, closing with 1007 and a reason (Google's model pages, cited per model in
resources/models.json): `thinkingLevel` on 3.8, affective dialog or proactivity outside
v1alpha on 2.5, `proactiveAudio: false` where it is always on, tools or a system instruction
on a translation model... An app that sends those fails in production on first contact, so
the emulator refuses them the same way.
"""

from __future__ import annotations

from typing import Any

from . import schema
from .models import ModelProfile
from .wire import CLOSE_INVALID_PAYLOAD, WireError


def refuse(reason: str) -> WireError:
    return WireError(CLOSE_INVALID_PAYLOAD, reason)


def check(setup: dict[str, Any], profile: ModelProfile, *, api_version: str, vertex: bool) -> None:
    """Raise `WireError(1007)` if the model would refuse this (schema-valid) setup."""
    generation = setup.get("generationConfig") or {}
    modalities = [enum_name(m, schema.MODALITY) for m in generation.get("responseModalities") or []]
    if profile.native_audio and "TEXT" in modalities:
        # livekit/livekit#4103, kizuna-ai-lab/sokuji#93: native audio speaks, never writes.
        raise refuse("Cannot extract voices from a non-audio request.")
    _thinking(generation.get("thinkingConfig"), profile)
    alpha = vertex or api_version == "v1alpha"
    if generation.get("enableAffectiveDialog"):
        if not profile.affective_dialog:
            raise refuse("enable_affective_dialog is not supported for this model.")
        if profile.alpha_features and not alpha:
            raise refuse("enable_affective_dialog is only supported on v1alpha for this model.")
    _proactivity(setup.get("proactivity"), profile, alpha=alpha)
    _translation(generation, profile)
    if profile.translates:
        if setup.get("tools"):
            raise refuse("Tools are not supported for this model.")
        if setup.get("systemInstruction"):
            raise refuse("system_instruction is not supported for this model.")
    for tool in setup.get("tools") or []:
        _tool(tool, profile)


def _thinking(config: dict[str, Any] | None, profile: ModelProfile) -> None:
    if not config:
        return
    if profile.thinking == "none":
        raise refuse("thinking_config is not supported for this model.")
    if profile.thinking == "budget" and config.get("thinkingLevel") is not None:
        raise refuse("thinking_level is not supported for this model; use thinking_budget.")
    if profile.thinking == "level":
        if config.get("thinkingBudget") is not None:
            raise refuse("thinking_budget is not supported for this model; use thinking_level.")
        level = config.get("thinkingLevel")
        if level is not None and enum_name(level, schema.THINKING_LEVEL) not in (
            profile.thinking_levels
        ):
            raise refuse(f"thinking_level {level} is not supported for this model.")


def _proactivity(config: dict[str, Any] | None, profile: ModelProfile, *, alpha: bool) -> None:
    if not config or config.get("proactiveAudio") is None:
        return
    wanted = bool(config["proactiveAudio"])
    if profile.proactivity == "always" and not wanted:
        raise refuse("proactive_audio cannot be disabled for this model.")
    if profile.proactivity == "none" and wanted:
        raise refuse("proactivity is not supported for this model.")
    if profile.proactivity == "optional" and profile.alpha_features and not alpha:
        raise refuse("proactivity is only supported on v1alpha for this model.")


def _translation(generation: dict[str, Any], profile: ModelProfile) -> None:
    translation = generation.get("translationConfig")
    if translation is not None and profile.translation != "translation_config":
        raise refuse("translation_config is not supported for this model.")
    if profile.translation == "translation_config" and not (translation or {}).get(
        "targetLanguageCode"
    ):
        raise refuse("translation_config.target_language_code is required for this model.")
    language = (generation.get("speechConfig") or {}).get("languageCode")
    if profile.translation == "speech_language_code" and not language:
        raise refuse("speech_config.language_code (the target language) is required.")


def _tool(tool: dict[str, Any], profile: ModelProfile) -> None:
    if "codeExecution" in tool:
        raise refuse("Code execution is not supported for this model.")
    for declaration in tool.get("functionDeclarations") or []:
        behavior = declaration.get("behavior")
        if behavior is None:
            continue
        name = enum_name(behavior, schema.BEHAVIOR)
        if name == "NON_BLOCKING" and not profile.non_blocking_functions:
            raise refuse("NON_BLOCKING function calling is not supported for this model.")
        if name == "BLOCKING" and not profile.blocking_functions:
            # https://ai.google.dev/gemini-api/docs/live-api/thinking: asynchronous only.
            raise refuse("Only NON_BLOCKING function calling is supported for this model.")


def enum_name(value: str | int, enum: schema.ProtoEnum) -> str:
    """Enums arrive as names or numbers (both valid proto JSON); compare by name."""
    return enum.values[value] if isinstance(value, int) else value
