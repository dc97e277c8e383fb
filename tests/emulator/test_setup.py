"""Setup: accepted in every spelling the proto JSON parser takes, refused as Google refuses."""

from __future__ import annotations

import base64
import json

import pytest

from desktop_app.emulator import Emulator

from .client import V1BETA, closed_info, connected, kind, session, setup, speech

pytestmark = pytest.mark.asyncio

SNAKE_SETUP = {
    "setup": {
        "model": "models/gemini-2.5-flash-native-audio-preview-12-2025",
        "generation_config": {
            "response_modalities": ["AUDIO"],
            "speech_config": {"voice_config": {"prebuilt_voice_config": {"voice_name": "Kore"}}},
        },
        "realtime_input_config": {
            "automatic_activity_detection": {
                "start_of_speech_sensitivity": "START_SENSITIVITY_LOW",
                "silence_duration_ms": 700,
            }
        },
        "session_resumption": {},
        "context_window_compression": {
            "trigger_tokens": 25600,
            "sliding_window": {"target_tokens": 12800},
        },
    }
}


@pytest.mark.parametrize("binary", [False, True], ids=["text-frame", "binary-frame"])
async def test_snake_case_setup_is_normalised_to_camel_case(emu, binary):
    async with connected(emu) as c:
        await c.send(SNAKE_SETUP, binary=binary)
        assert kind(await c.recv()) == "setupComplete"
    recorded = emu.received("setup")[0].payload
    assert recorded["generationConfig"]["speechConfig"]["voiceConfig"] == {
        "prebuiltVoiceConfig": {"voiceName": "Kore"}
    }
    assert recorded["realtimeInputConfig"]["automaticActivityDetection"]["silenceDurationMs"] == 700
    assert recorded["contextWindowCompression"]["slidingWindow"] == {"targetTokens": 12800}
    assert emu.connections()[-1].setup == recorded


@pytest.mark.parametrize("top_level", ["realtime_input", "realtimeInput"])
@pytest.mark.parametrize("blob_keys", [("mime_type", "data"), ("mimeType", "data")])
@pytest.mark.parametrize(
    "encode",
    [
        base64.b64encode,
        base64.urlsafe_b64encode,
        lambda b: base64.urlsafe_b64encode(b).rstrip(b"="),
        lambda b: base64.b64encode(b).rstrip(b"="),
    ],
    ids=["standard", "url-safe", "url-safe-unpadded", "standard-unpadded"],
)
async def test_audio_in_any_casing_and_base64_flavour_is_decoded(emu, top_level, blob_keys, encode):
    # Bytes chosen so that both alphabets differ (+/ vs -_) and padding is needed.
    pcm = bytes([0xFB, 0xFF, 0xBF, 0x3E, 0xFF]) * 7
    mime_key, data_key = blob_keys
    async with session(emu) as c:
        blob = {mime_key: "audio/pcm;rate=16000", data_key: encode(pcm).decode()}
        await c.send({top_level: {"audio": blob}}, binary=top_level == "realtimeInput")
        got = await emu.wait_for("audio")
    assert got.payload == pcm and got.mime_type == "audio/pcm;rate=16000"


async def test_every_client_message_kind_is_recorded_in_either_casing(emu):
    async with session(emu) as c:
        await c.send({"realtimeInput": {"video": {"mimeType": "image/jpeg", "data": "/9j/4A=="}}})
        await c.send({"context_update": {"system_instruction": {"parts": [{"text": "Be terse."}]}}})
        await c.send(
            {"tool_response": {"function_responses": [{"id": "x", "response": {"a_b": 1}}]}}
        )
        await c.send({"client_content": {"turns": [{"role": "user", "parts": [{"text": "hi"}]}]}})
        await c.send({"realtime_input": {"audio_stream_end": True}})
        await emu.wait_for("audio_stream_end")
    kinds = [r.kind for r in emu.received()]
    assert kinds == [
        "setup",
        "video",
        "context_update",
        "tool_response",
        "client_content",
        "audio_stream_end",
    ]
    assert emu.received("video")[0].payload == base64.b64decode("/9j/4A==")
    tool = emu.received("tool_response")[0].payload
    assert tool == {"functionResponses": [{"id": "x", "response": {"a_b": 1}}]}, (
        "field names are normalised, but the app's own response keys are kept as sent"
    )
    assert emu.received("context_update")[0].payload["systemInstruction"]["parts"][0]["text"]


async def test_vertex_resource_names_are_accepted(emu):
    path = "/ws/google.cloud.aiplatform.v1beta1.LlmBidiService/BidiGenerateContent"
    async with connected(emu, path) as c:
        await c.send(setup(model="publishers/google/models/gemini-live-2.5-flash-native-audio"))
        assert kind(await c.recv()) == "setupComplete"


@pytest.mark.parametrize(
    ("model", "path"),
    [
        ("models/gemini-0.1-gone", V1BETA),
        ("gemini-3.8-live", V1BETA),  # the bare name is not a resource name
        ("projects/p/locations/l/publishers/google/models/gemini-3.8-live", V1BETA),
    ],
)
async def test_unknown_model_closes_1008_naming_it(emu, model, path):
    async with connected(emu, path) as c:
        await c.send(setup(model=model))
        closed = await c.closed()
    assert closed.rcvd.code == 1008
    assert closed.rcvd.reason.startswith(f"{model} is not found for API version v1beta")
    assert len(closed.rcvd.reason.encode()) <= 123, "a close reason fits in a control frame"


async def test_model_list_can_be_replaced(tmp_path):
    async with Emulator(tls_dir=tmp_path, models={"my-model"}) as custom:
        async with connected(custom, headers={}) as c:
            await c.send(setup(model="models/my-model"))
            assert kind(await c.recv()) == "setupComplete"
        async with connected(custom, headers={}) as c:
            await c.send(setup())
            assert (await c.closed()).rcvd.code == 1008


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        ("{not json", "Invalid JSON payload received. Unexpected token."),
        (b"\xff\xfe", "Invalid JSON payload received. Unexpected token."),
        ("[1, 2]", "Invalid JSON payload received."),
        (json.dumps({"realtimeInput": {"text": "hi"}}), "Request contains an invalid argument."),
        (json.dumps({"setup": "gemini"}), "Invalid value at 'setup'"),
        (json.dumps({"setup": {}}), "Request contains an invalid argument."),
        (json.dumps({"setup": {"model": 7}}), "Invalid value at 'setup.model'"),
        (json.dumps({"bogus": {}}), 'Unknown name "bogus"'),
        (
            json.dumps(setup(generationConfig={"responseModalities": "AUDIO"})),
            "Invalid value at 'setup.generation_config.response_modalities'",
        ),
        (
            json.dumps(setup(generationConfig={"responseModalities": ["SMELL"]})),
            "Invalid value at 'setup.generation_config.response_modalities[0]'",
        ),
        (
            json.dumps(setup(generationConfig={"responseModalities": ["AUDIO", "TEXT"]})),
            "Request contains an invalid argument.",
        ),
        (
            json.dumps(setup(generationConfig={"responseModalities": ["IMAGE"]})),
            "Request contains an invalid argument.",
        ),
        (
            json.dumps(
                setup(
                    realtimeInputConfig={
                        "automaticActivityDetection": {"startOfSpeechSensitivity": "VERY_HIGH"}
                    }
                )
            ),
            "automatic_activity_detection.start_of_speech",
        ),
        (
            json.dumps(setup(responseModalities=["AUDIO"])),
            "Unknown name \"response_modalities\" at 'setup'",
        ),
        (json.dumps(setup(generationConfig={"temperature": "hot"})), "temperature"),
    ],
    ids=[
        "not-json",
        "not-utf8",
        "not-an-object",
        "not-setup-first",
        "setup-not-object",
        "no-model",
        "model-not-string",
        "unknown-top-level",
        "modalities-not-list",
        "modality-not-enum",
        "two-modalities",
        "unsupported-modality",
        "bad-enum",
        "misplaced-field",
        "wrong-type",
    ],
)
async def test_malformed_setup_closes_1007_with_a_reason(emu, frame, reason):
    async with connected(emu) as c:
        await c.ws.send(frame)
        closed = await c.closed()
    assert closed.rcvd.code == 1007
    assert reason in closed.rcvd.reason
    info = await closed_info(emu)
    assert (info.close_code, info.close_reason) == (1007, closed.rcvd.reason)


async def test_long_close_reasons_are_cut_to_123_bytes_on_a_character_boundary(emu):
    model = "models/" + "é" * 100
    async with connected(emu) as c:
        await c.send(setup(model=model))
        closed = await c.closed()
    reason = closed.rcvd.reason
    assert closed.rcvd.code == 1008
    assert 120 <= len(reason.encode()) <= 123 and reason.startswith("models/éé")


async def test_a_second_setup_is_refused(emu):
    async with session(emu) as c:
        await c.send(setup())
        closed = await c.closed()
    assert closed.rcvd.code == 1007


async def test_bad_base64_after_setup_closes_1007(emu):
    async with session(emu) as c:
        await c.send({"realtimeInput": {"audio": {"mimeType": "audio/pcm", "data": "@@@"}}})
        closed = await c.closed()
    assert closed.rcvd.code == 1007 and "realtime_input.audio.data" in closed.rcvd.reason
    assert emu.received("unknown"), "the refused frame is recorded"


async def test_sdk_style_setup_with_every_common_field_is_accepted(tmp_path):
    """The setup the SDK can send, in the SDK's mixed casing, for a model
    without a profile: no real model takes all of it (test_model_rules.py has those)."""
    body = setup(
        model="models/gemini-any-field",
        generationConfig={
            "responseModalities": ["AUDIO"],
            "temperature": 0.7,
            "topP": 0.95,
            "topK": 40,
            "maxOutputTokens": 1024,
            "seed": 1,
            "mediaResolution": "MEDIA_RESOLUTION_LOW",
            "speechConfig": {
                "voice_config": {"prebuilt_voice_config": {"voice_name": "Puck"}},
                "languageCode": "en-US",
            },
            "thinkingConfig": {"thinking_budget": 0, "include_thoughts": False},
            "enableAffectiveDialog": True,
            "translationConfig": {"targetLanguageCode": "es", "echoTargetLanguage": True},
        },
        systemInstruction={"role": "user", "parts": [{"text": "Be helpful."}]},
        tools=[
            {
                "functionDeclarations": [
                    {
                        "name": "get_weather",
                        "description": "Weather",
                        "behavior": "NON_BLOCKING",
                        "parameters": {
                            "type": "OBJECT",
                            "properties": {"city_name": {"type": "STRING"}},
                        },
                    }
                ]
            },
            {"googleSearch": {}},
        ],
        realtimeInputConfig={
            "automaticActivityDetection": {
                "disabled": False,
                "startOfSpeechSensitivity": "START_SENSITIVITY_LOW",
                "endOfSpeechSensitivity": "END_SENSITIVITY_LOW",
                "prefixPaddingMs": 20,
                "silenceDurationMs": 100,
            },
            "activityHandling": "START_OF_ACTIVITY_INTERRUPTS",
            "turnCoverage": "TURN_INCLUDES_ONLY_ACTIVITY",
        },
        contextWindowCompression={"triggerTokens": 25600, "slidingWindow": {"targetTokens": 12800}},
        proactivity={"proactive_audio": True},
    )
    models = {"gemini-any-field"}
    async with Emulator(tls_dir=tmp_path, models=models) as emu, connected(emu, headers={}) as c:
        await c.send(body)
        assert kind(await c.recv()) == "setupComplete"
    properties = emu.connections()[-1].setup["tools"][0]["functionDeclarations"][0]["parameters"]
    assert "city_name" in properties["properties"], "schema property names are the app's own"


async def test_resampled_input_still_reaches_voice_detection(emu):
    emu.script_answer("Ok.", audio_seconds=0.3)
    async with session(emu) as c:
        await c.send_audio(speech(0.8, rate=48_000) + bytes(48_000 * 2), rate=48_000)
        turn = await c.turn()
    assert any(kind(m) == "inputTranscription" for m in turn)
