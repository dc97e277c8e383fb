"""The real google-genai SDK, unmodified, holds a conversation with the emulator."""

from __future__ import annotations

import asyncio
import ssl

import pytest
from google import genai
from google.genai import errors, types
from websockets.exceptions import InvalidStatus

from .client import API_KEY

pytestmark = pytest.mark.asyncio


def sdk_client(emu, api_key: str = API_KEY) -> genai.Client:
    return genai.Client(
        api_key=api_key,
        http_options=types.HttpOptions(
            base_url=emu.base_url,
            api_version="v1beta",
            async_client_args={"ssl": ssl.create_default_context(cafile=str(emu.cert_path))},
        ),
    )


CONFIG = types.LiveConnectConfig(
    response_modalities=[types.Modality.AUDIO],
    output_audio_transcription=types.AudioTranscriptionConfig(),
    session_resumption=types.SessionResumptionConfig(),
    context_window_compression=types.ContextWindowCompressionConfig(
        trigger_tokens=25600, sliding_window=types.SlidingWindow(target_tokens=12800)
    ),
    realtime_input_config=types.RealtimeInputConfig(
        automatic_activity_detection=types.AutomaticActivityDetection(
            start_of_speech_sensitivity=types.StartSensitivity.START_SENSITIVITY_LOW
        )
    ),
    system_instruction="Be brief.",
)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


async def test_sdk_gets_setup_complete_and_a_turn_for_text(emu):
    client = sdk_client(emu)
    async with client.aio.live.connect(model="gemini-3.8-live", config=CONFIG) as live:
        await live.send_realtime_input(text="hello from the SDK")
        said, audio, done = [], bytearray(), None
        async for message in live.receive():
            content = message.server_content
            if content and content.output_transcription:
                said.append(content.output_transcription.text)
            if content and content.model_turn:
                audio += b"".join(p.inline_data.data for p in content.model_turn.parts)
            if content and content.turn_complete:
                done = message
    assert "".join(said) == "You said: hello from the SDK."
    assert len(audio) >= 48_000, "a second of 24 kHz PCM16, decoded by the SDK"
    assert done.usage_metadata.total_token_count > 0
    info = emu.connections()[-1]
    assert info.path.endswith("v1beta.GenerativeService.BidiGenerateContent")
    assert info.headers["x-goog-api-key"] == API_KEY
    assert info.setup["realtimeInputConfig"]["automaticActivityDetection"] == {
        "startOfSpeechSensitivity": "START_SENSITIVITY_LOW"
    }
    assert emu.received("text")[0].payload == "hello from the SDK"


async def test_sdk_reports_a_wrong_key_as_api_error_1007(emu):
    client = sdk_client(emu, api_key="wrong")
    with pytest.raises(errors.APIError) as error:
        async with client.aio.live.connect(model="gemini-3.8-live", config=CONFIG):
            pass
    assert error.value.code == 1007 and "API key not valid" in str(error.value)


async def test_sdk_audio_and_tool_response_reach_the_emulator(emu):
    client = sdk_client(emu)
    async with client.aio.live.connect(model="gemini-3.8-live", config=CONFIG) as live:
        pcm = bytes(range(256)) * 8
        await live.send_realtime_input(audio=types.Blob(data=pcm, mime_type="audio/pcm;rate=16000"))
        assert (await emu.wait_for("audio")).payload == pcm, "URL-safe base64 decoded"
        (call_id,) = await emu.tool_call([{"name": "lookup", "args": {"q": "x"}}])
        async for message in live.receive():
            if message.tool_call:
                assert message.tool_call.function_calls[0].id == call_id
                break
        await live.send_tool_response(
            function_responses=[types.FunctionResponse(id=call_id, name="lookup", response={})]
        )
        await emu.wait_for("tool_response")
    assert emu.conversation().pending_tool_calls == ()


async def test_sdk_reads_the_extended_thinking_models_interaction_status(emu):
    client = sdk_client(emu)
    config = types.LiveConnectConfig(response_modalities=[types.Modality.AUDIO])
    emu.set_answer_seconds(0.2)
    statuses = []
    async with client.aio.live.connect(
        model="gemini-3.8-live-extended-thinking", config=config
    ) as live:
        await live.send_realtime_input(text="plan a trip")
        while len(statuses) < 2:
            async for message in live.receive():  # one model turn per loop
                content = message.server_content
                if content is not None and content.turn_complete:
                    statuses.append(content.interaction_status)
                    assert message.usage_metadata.response_token_count > 0
    assert statuses == [types.InteractionStatus.IN_PROGRESS, types.InteractionStatus.IDLE]


async def test_sdk_as_pinned_raises_attribute_error_on_a_non_object_frame(emu):
    """Why the app's receive loop must catch it (issue 17): valid JSON, not an object."""
    client = sdk_client(emu)
    async with client.aio.live.connect(model="gemini-3.8-live", config=CONFIG) as live:
        await emu.send_non_object([1, 2])
        with pytest.raises(AttributeError):
            async for _ in live.receive():
                pass


async def test_sdk_on_vertex_reads_the_response_tokens_from_vertex_names(emu):
    """The SDK maps Vertex's `candidatesTokenCount` to `response_token_count` and drops the
    Gemini API's name on Vertex: the count arrives only in the shape Vertex sends."""
    client = genai.Client(
        vertexai=True,
        api_key=API_KEY,
        http_options=types.HttpOptions(
            base_url=emu.base_url,
            async_client_args={"ssl": ssl.create_default_context(cafile=str(emu.cert_path))},
        ),
    )
    emu.set_answer_seconds(0.2)
    config = types.LiveConnectConfig(response_modalities=[types.Modality.AUDIO])
    async with client.aio.live.connect(
        model="gemini-live-2.5-flash-native-audio", config=config
    ) as live:
        assert emu.connections()[-1].backend == "vertex"
        await live.send_realtime_input(text="count")
        usage = None
        async for message in live.receive():
            usage = message.usage_metadata or usage
    assert usage is not None and usage.response_token_count > 0
    assert usage.response_tokens_details[0].token_count == usage.response_token_count


async def test_sdk_waits_for_a_stalled_setup_until_the_caller_gives_up(emu):
    """Why the app must time setupComplete out itself (issue 17)."""
    emu.stall_setup()
    client = sdk_client(emu)

    async def connect() -> None:
        async with client.aio.live.connect(model="gemini-3.8-live", config=CONFIG):
            pass

    with pytest.raises(TimeoutError):
        await asyncio.wait_for(connect(), timeout=1.5)
    assert emu.received("setup"), "the setup was sent and read"


async def test_sdk_reports_quota_at_the_handshake_and_in_the_session(emu):
    """What the app gets to tell a quota error by: websockets' InvalidStatus (HTTP 429) from
    connect(), or APIError 1011 with Google's reason from receive()."""
    client = sdk_client(emu)
    emu.quota_exceeded("handshake")
    with pytest.raises(InvalidStatus) as refused:
        async with client.aio.live.connect(model="gemini-3.8-live", config=CONFIG):
            pass
    assert refused.value.response.status_code == 429
    emu.quota_exceeded("session")
    with pytest.raises(errors.APIError) as closed:
        async with client.aio.live.connect(model="gemini-3.8-live", config=CONFIG) as live:
            async for _ in live.receive():
                pass
    assert closed.value.code == 1011 and "exceeded your current quota" in str(closed.value)
