"""The emulator's building blocks on their own: wire helpers, voice detection, the voice."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.emulator.answers import ModelAnswer, fragments
from desktop_app.emulator.models import model_name
from desktop_app.emulator.vad import EnergyVad, pcm_rate, to_input_rate
from desktop_app.emulator.voice import OUTPUT_RATE, synthesize
from desktop_app.emulator.wire import (
    WireError,
    close_reason,
    decode_bytes,
    duration,
    normalise,
)

from .client import silence, speech


@pytest.mark.parametrize("text", ["+/+/AA==", "-_-_AA==", "-_-_AA", "+/+/AA"], ids=repr)
def test_base64_in_both_alphabets_with_or_without_padding(text):
    assert decode_bytes(text, "x") == bytes([0xFB, 0xFF, 0xBF, 0x00])


@pytest.mark.parametrize("text", ["@@@@", "AAAAA", "A", 12])
def test_invalid_base64_is_a_1007_naming_the_field(text):
    with pytest.raises(WireError) as error:
        decode_bytes(text, "realtime_input.audio.data")
    assert error.value.code == 1007 and "realtime_input.audio.data" in error.value.reason


def test_normalise_renames_proto_fields_but_not_the_apps_own_keys():
    message = {
        "tool_response": {"function_responses": [{"id": "1", "response": {"snake_key": 1}}]},
        "setup": {
            "tools": [
                {
                    "function_declarations": [
                        {"parameters": {"properties": {"city_name": {"max_length": 3}}}}
                    ]
                }
            ]
        },
    }
    assert normalise(message) == {
        "toolResponse": {"functionResponses": [{"id": "1", "response": {"snake_key": 1}}]},
        "setup": {
            "tools": [
                {
                    "functionDeclarations": [
                        {"parameters": {"properties": {"city_name": {"maxLength": 3}}}}
                    ]
                }
            ]
        },
    }


def test_close_reason_fits_a_control_frame_without_splitting_characters():
    assert close_reason("short") == "short"
    cut = close_reason("€" * 100)  # 3 bytes each
    assert cut == "€" * 41 and len(cut.encode()) == 123


def test_duration_uses_the_proto_json_form():
    assert (duration(50), duration(0.25), duration(1.5)) == ("50s", "0.25s", "1.5s")


@pytest.mark.parametrize(
    ("resource", "vertex", "name"),
    [
        ("models/gemini-3.8-live", False, "gemini-3.8-live"),
        ("gemini-3.8-live", False, None),
        ("models/", False, None),
        ("projects/p/locations/l/publishers/google/models/x", True, "x"),
        ("publishers/google/models/x", True, "x"),
        ("models/x", True, None),
        ("projects/p/locations/l/publishers/other/models/x", True, None),
    ],
)
def test_model_resource_names(resource, vertex, name):
    assert model_name(resource, vertex=vertex) == name


@pytest.mark.parametrize(
    ("mime", "rate"),
    [
        ("audio/pcm;rate=24000", 24000),
        ("audio/pcm; rate=8000", 8000),
        ("audio/pcm", 16000),
        (None, 16000),
        ("audio/L16;rate=44100", 44100),
        ("audio/wav", None),
    ],
)
def test_pcm_rate_from_the_mime_type(mime, rate):
    assert pcm_rate(mime) == rate


def test_resampling_keeps_the_duration():
    assert to_input_rate(silence(0.5, rate=48_000), 48_000).size == 8000
    assert to_input_rate(silence(0.5, rate=8_000), 8_000).size == 8000


def _feed(vad, pcm, chunk=640):
    events = []
    for i in range(0, len(pcm), chunk):
        events += vad.feed(to_input_rate(pcm[i : i + chunk], 16_000))
    return events


def test_vad_onset_then_end_of_turn_after_the_silence():
    vad = EnergyVad(-40.0, 500)
    events = _feed(vad, speech(1.0))
    assert [e.kind for e in events] == ["onset"]
    assert _feed(vad, silence(0.4)) == []
    (end,) = _feed(vad, silence(0.2))
    assert end.kind == "end_of_turn" and end.speech_seconds == pytest.approx(1.0, abs=0.05)
    assert not vad.in_speech


def test_vad_ignores_bursts_shorter_than_300_ms_and_flushes_only_real_speech():
    vad = EnergyVad(-40.0, 500)
    assert [e.kind for e in _feed(vad, speech(0.2) + silence(0.6))] == ["onset"]
    _feed(vad, speech(0.2))
    assert vad.flush() is None
    _feed(vad, speech(0.4))
    assert vad.flush().speech_seconds == pytest.approx(0.4, abs=0.05)


def test_answer_length_grows_with_the_text_from_a_one_second_floor():
    assert ModelAnswer("hi").seconds == 1.0
    assert ModelAnswer("x" * 50).seconds > ModelAnswer("x" * 25).seconds > 1.0
    assert ModelAnswer("hi", audio_seconds=0.3).seconds == 0.3


@pytest.mark.parametrize("length", [1, 3, 8, 9, 10, 11, 12, 40, 101])
def test_fragments_are_3_to_8_characters_and_lose_nothing(length):
    text = "".join(chr(ord("a") + i % 26) for i in range(length))
    pieces = fragments(text)
    assert "".join(pieces) == text
    assert all(3 <= len(p) <= 8 for p in pieces) or len(text) < 3


def test_synthetic_voice_has_a_moving_pitch_harmonics_and_syllables():
    pcm = np.frombuffer(synthesize(3.0, seed=1), dtype="<i2").astype(np.float64)
    assert pcm.size == 3 * OUTPUT_RATE
    frame = OUTPUT_RATE // 50  # 20 ms
    frames = pcm.reshape(-1, frame)
    levels = np.sqrt(np.mean(frames**2, axis=1))
    assert levels.max() > 3000, "clearly audible"
    assert levels.min() < levels.max() * 0.1, "syllables and pauses, not a steady tone"

    window = 4 * frame
    pitches = []
    for start in range(0, pcm.size - window, window):
        chunk = pcm[start : start + window]
        if np.sqrt(np.mean(chunk**2)) < levels.max() * 0.3:
            continue
        corr = np.correlate(chunk, chunk, "full")[window - 1 :]
        lo, hi = OUTPUT_RATE // 260, OUTPUT_RATE // 100
        pitches.append(OUTPUT_RATE / (lo + np.argmax(corr[lo:hi])))
    assert len(pitches) > 5
    assert min(pitches) > 110 and max(pitches) < 230, "a speaking voice's pitch range"
    assert max(pitches) - min(pitches) > 25, "the pitch moves"

    spectrum = np.abs(np.fft.rfft(pcm))
    freqs = np.fft.rfftfreq(pcm.size, 1 / OUTPUT_RATE)
    assert spectrum[(freqs > 400) & (freqs < 1200)].max() > spectrum.max() * 0.05, "harmonics"


def test_synthetic_voice_is_deterministic():
    assert synthesize(1.0, seed=3) == synthesize(1.0, seed=3) != synthesize(1.0, seed=4)
