"""What each model refuses in a setup, as Google's model pages say: 1007 with a reason
naming the field. Each refusal has an accepted twin, so a rule that refused everything fails."""

from __future__ import annotations

import pytest

from .client import GEMINI_PATH, VERTEX_PATH, connected, kind, setup

pytestmark = pytest.mark.asyncio

V1ALPHA = GEMINI_PATH.format(v="v1alpha")
V1BETA = GEMINI_PATH.format(v="v1beta")
VERTEX = VERTEX_PATH.format(v="v1beta1")
NATIVE_25 = "models/gemini-2.5-flash-native-audio-preview-12-2025"
VERTEX_25 = "publishers/google/models/gemini-live-2.5-flash-native-audio"
TRANSLATE = "models/gemini-3.5-live-translate-preview"
S2ST = "publishers/google/models/gemini-2.5-flash-s2st-exp-11-2025"
LIVE_38 = "models/gemini-3.8-live"
EXTENDED = "models/gemini-3.8-live-extended-thinking"
FLASH_31 = "models/gemini-3.1-flash-live-preview"


def generation(**fields):
    return {"generationConfig": {"responseModalities": ["AUDIO"], **fields}}


def function(behavior: str) -> dict:
    return {"tools": [{"functionDeclarations": [{"name": "f", "behavior": behavior}]}]}


TARGET = generation(translationConfig={"targetLanguageCode": "fr-FR"})
INSTRUCTION = {"systemInstruction": {"parts": [{"text": "Be brief."}]}}

# (model, path, setup fields, refusal reason or None if accepted)
CASES = [
    (LIVE_38, V1BETA, generation(thinkingConfig={"thinkingLevel": "LOW"}), "thinking_config"),
    (LIVE_38, V1BETA, generation(enableAffectiveDialog=True), "enable_affective_dialog"),
    (LIVE_38, V1BETA, {"proactivity": {"proactiveAudio": False}}, "cannot be disabled"),
    (LIVE_38, V1BETA, {"proactivity": {"proactiveAudio": True}}, None),
    (LIVE_38, V1BETA, TARGET, "translation_config is not supported"),
    (LIVE_38, V1BETA, function("NON_BLOCKING"), None),
    (EXTENDED, V1BETA, generation(thinkingConfig={"thinkingLevel": "MINIMAL"}), "MINIMAL"),
    (EXTENDED, V1BETA, generation(thinkingConfig={"thinkingLevel": "HIGH"}), None),
    (FLASH_31, V1BETA, generation(thinkingConfig={"thinkingBudget": 512}), "thinking_budget"),
    (FLASH_31, V1BETA, generation(thinkingConfig={"thinkingLevel": 1}), None),  # MINIMAL
    (FLASH_31, V1BETA, function("NON_BLOCKING"), "NON_BLOCKING"),
    (FLASH_31, V1BETA, function("BLOCKING"), None),
    (FLASH_31, V1ALPHA, generation(enableAffectiveDialog=True), "not supported"),
    (NATIVE_25, V1BETA, generation(enableAffectiveDialog=True), "only supported on v1alpha"),
    (NATIVE_25, V1ALPHA, generation(enableAffectiveDialog=True), None),
    (NATIVE_25, V1BETA, {"proactivity": {"proactiveAudio": True}}, "only supported on v1alpha"),
    (NATIVE_25, V1ALPHA, {"proactivity": {"proactiveAudio": True}}, None),
    (NATIVE_25, V1BETA, generation(thinkingConfig={"thinkingLevel": "LOW"}), "thinking_level"),
    (NATIVE_25, V1BETA, generation(thinkingConfig={"thinkingBudget": 0}), None),
    (NATIVE_25, V1BETA, {"tools": [{"codeExecution": {}}]}, "Code execution"),
    (VERTEX_25, VERTEX, generation(enableAffectiveDialog=True), None),
    (TRANSLATE, V1BETA, generation(), "target_language_code is required"),
    (TRANSLATE, V1BETA, TARGET, None),
    (TRANSLATE, V1BETA, {**TARGET, **INSTRUCTION}, "system_instruction"),
    (TRANSLATE, V1BETA, {**TARGET, "tools": [{"googleSearch": {}}]}, "Tools"),
    (
        TRANSLATE,
        V1BETA,
        {**TARGET, **generation(thinkingConfig={"includeThoughts": True})},
        "thinking",
    ),
    (S2ST, VERTEX, generation(), "language_code"),
    (S2ST, VERTEX, generation(speechConfig={"languageCode": "cmn"}), None),
    (S2ST, VERTEX, {**generation(speechConfig={"languageCode": "cmn"}), **INSTRUCTION}, "system"),
    # Asynchronous function calling only (https://ai.google.dev/gemini-api/docs/live-api/thinking)
    (EXTENDED, V1BETA, function("BLOCKING"), "Only NON_BLOCKING"),
    (EXTENDED, V1BETA, function("NON_BLOCKING"), None),
    # Native audio speaks, never writes (livekit/livekit#4103)
    (NATIVE_25, V1BETA, {"generationConfig": {"responseModalities": ["TEXT"]}}, "extract voices"),
    (VERTEX_25, VERTEX, {"generationConfig": {"responseModalities": [1]}}, "extract voices"),
    (LIVE_38, V1BETA, {"generationConfig": {"responseModalities": ["TEXT"]}}, None),
]


@pytest.mark.parametrize(
    ("model", "path", "fields", "refusal"),
    CASES,
    ids=[f"{m.rsplit('/', 1)[-1]}-{i}" for i, (m, *_rest) in enumerate(CASES)],
)
async def test_a_model_refuses_what_it_does_not_take(emu, model, path, fields, refusal):
    async with connected(emu, path) as c:
        await c.send(setup(model=model, **fields))
        if refusal is None:
            assert kind(await c.recv()) == "setupComplete"
            return
        closed = await c.closed()
    assert closed.rcvd.code == 1007
    assert refusal in closed.rcvd.reason
