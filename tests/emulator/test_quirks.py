"""The service's untidy habits, on by default (docs/live-service-quirks.md): each one forced on
(probability 1) and off (0) so both sides are seen, and the dice replayed from a seed."""

from __future__ import annotations

import time

import pytest

from desktop_app.emulator import TIDY, Emulator, Quirks

from .client import (
    API_KEY,
    VERTEX_MODEL,
    VERTEX_PATH,
    connected,
    kind,
    kinds,
    session,
    setup,
)

HEARD = "an extraordinarily long question"
LONG_ANSWER_S = 5.0


def input_pieces(messages):
    return [
        m["serverContent"]["inputTranscription"]
        for m in messages
        if "inputTranscription" in (m.get("serverContent") or {})
    ]


async def spoken_turn(emu, c, *, heard: str = HEARD, seconds: float = 0.3):
    """A spoken user turn (no audio needed) and everything up to its answer's end."""
    emu.script_answer("Fine.", audio_seconds=seconds, heard=heard)
    await emu.user_spoke(1.0)
    return await c.turn()


async def interrupted_turn(emu, c):
    """A long answer cut off by the user: everything up to the cut turn's resumable update."""
    await emu.start_model_turn(text="A long answer that goes on.", audio_seconds=LONG_ANSWER_S)
    await c.until_kind("audio")
    emu.script_answer("Ok.", audio_seconds=0.2)
    await emu.user_spoke(0.5)
    return await c.turn()


def test_a_new_emulator_behaves_like_the_service(tmp_path):
    emu = Emulator(tls_dir=tmp_path)
    assert emu.quirks == Quirks()
    assert not emu.quirks.input_transcription_finished and emu.quirks.fragmented_transcription
    assert emu.quirks.missing_turn_complete > 0 and emu.quirks.grounding < 1
    assert emu.set_quirks(TIDY) == TIDY
    assert emu.set_quirks(grounding=0.25).grounding == 0.25 and emu.quirks.late_turn_complete == 0


def test_using_quirks_restores_them_after_the_block(tmp_path):
    emu = Emulator(tls_dir=tmp_path)
    with emu.using_quirks(TIDY, grounding=0.5) as inside:
        assert (
            emu.quirks == inside
            and inside.grounding == 0.5
            and inside.fragmented_transcription is False
        )
    assert emu.quirks == Quirks()


def test_quirks_refuse_what_is_not_a_probability():
    with pytest.raises(ValueError):
        Quirks(grounding=1.5)
    with pytest.raises(ValueError):
        Quirks(late_turn_complete=0.7, missing_turn_complete=0.7)


@pytest.mark.asyncio
async def test_input_transcription_comes_in_pieces_cut_anywhere_and_never_finished(emu):
    emu.set_quirks(late_input_transcription=0.0)
    async with session(emu) as c:
        turn = await spoken_turn(emu, c)
    pieces = input_pieces(turn)
    assert "".join(p["text"] for p in pieces) == HEARD
    assert not any("finished" in p for p in pieces)
    assert all(1 <= len(p["text"]) <= 6 for p in pieces), "a 15-letter word is cut inside"
    assert max(i for i, k in enumerate(kinds(turn)) if k == "inputTranscription") < kinds(
        turn
    ).index("audio")


@pytest.mark.asyncio
async def test_a_tidy_server_sends_words_and_finishes(emu):
    emu.set_quirks(TIDY)
    async with session(emu) as c:
        turn = await spoken_turn(emu, c)
    pieces = input_pieces(turn)
    assert [p["text"] for p in pieces] == ["an ", "extraordinarily ", "long ", "question"]
    assert [p["finished"] for p in pieces] == [False, False, False, True]


@pytest.mark.asyncio
async def test_input_transcription_may_land_after_the_answer_has_begun(emu):
    emu.set_quirks(late_input_transcription=1.0)
    async with session(emu) as c:
        turn = await spoken_turn(emu, c)
    order = kinds(turn)
    last_piece = max(i for i, k in enumerate(order) if k == "inputTranscription")
    assert last_piece > order.index("audio"), "the end of what was heard follows the answer"
    assert "".join(p["text"] for p in input_pieces(turn)) == HEARD


@pytest.mark.asyncio
async def test_an_interrupted_turn_may_never_complete(emu):
    emu.set_quirks(missing_turn_complete=1.0, late_turn_complete=0.0)
    async with session(emu) as c:
        cut = await interrupted_turn(emu, c)
        answered = await c.turn()
    assert "interrupted" in kinds(cut) and "turnComplete" not in kinds(cut)
    assert cut[-1]["sessionResumptionUpdate"]["newHandle"], "still resumable"
    assert "turnComplete" in kinds(answered), "the next answer completes"
    assert emu.interruption_count() == 1 and emu.turn_count() == 2


@pytest.mark.asyncio
async def test_an_interrupted_turn_may_complete_late(emu):
    emu.set_quirks(missing_turn_complete=0.0, late_turn_complete=1.0, late_turn_complete_s=0.5)
    async with session(emu) as c:
        await emu.start_model_turn(text="A long answer that goes on.", audio_seconds=LONG_ANSWER_S)
        await c.until_kind("audio")
        await emu.user_spoke(0.5)
        await c.until_kind("interrupted")
        cut_at = time.monotonic()
        await c.until_kind("turnComplete")
        assert time.monotonic() - cut_at >= 0.45, "held back for late_turn_complete_s"


@pytest.mark.asyncio
async def test_a_tidy_interrupted_turn_completes_at_once(emu):
    emu.set_quirks(TIDY)
    async with session(emu) as c:
        cut = await interrupted_turn(emu, c)
    assert kinds(cut)[-3:] == ["interrupted", "turnComplete", "sessionResumptionUpdate"]


@pytest.mark.asyncio
async def test_grounding_comes_with_some_answers_only(tmp_path):
    async with (
        Emulator(tls_dir=tmp_path, api_key=API_KEY, seed=17) as emu,
        session(emu, tools=[{"googleSearch": {}}]) as c,
    ):
        emu.set_answer_seconds(0.1)
        grounded = []
        for n in range(8):
            await c.send({"realtimeInput": {"text": f"question {n}"}})
            grounded.append("groundingMetadata" in kinds(await c.turn()))
        emu.set_quirks(grounding=0.0)
        await c.send({"realtimeInput": {"text": "one more"}})
        assert "groundingMetadata" not in kinds(await c.turn())
        emu.script_answer("Sunny.", sources=(("Met Office", "https://example.org/met"),))
        await c.send({"realtimeInput": {"text": "and tomorrow?"}})
        assert "groundingMetadata" in kinds(await c.turn()), "a test's sources are searched"
    assert any(grounded) and not all(grounded), grounded


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "model", "present", "absent"),
    [
        (
            VERTEX_PATH.format(v="v1beta1"),
            VERTEX_MODEL,
            ("candidatesTokenCount", "candidatesTokensDetails"),
            ("responseTokenCount", "responseTokensDetails"),
        ),
        (
            None,
            None,
            ("responseTokenCount", "responseTokensDetails"),
            ("candidatesTokenCount", "candidatesTokensDetails"),
        ),
    ],
    ids=["vertex", "gemini"],
)
async def test_usage_metadata_uses_each_backends_names(emu, path, model, present, absent):
    emu.set_answer_seconds(0.2)
    fields = {} if model is None else {"model": model}
    async with connected(emu, *([path] if path else [])) as c:
        await c.send(setup(**fields))
        assert kind(await c.recv()) == "setupComplete"
        await c.send({"realtimeInput": {"text": "count"}})
        turn = await c.turn()
    usage = next(m["usageMetadata"] for m in turn if "usageMetadata" in m)
    assert all(name in usage for name in present) and not any(name in usage for name in absent)
    assert usage[present[0]] > 0


@pytest.mark.asyncio
async def test_the_same_seed_replays_the_same_choices(tmp_path):
    async def pieces(seed: int, where: str) -> list[str]:
        async with (
            Emulator(tls_dir=tmp_path / where, api_key=API_KEY, seed=seed) as emu,
            session(emu) as c,
        ):
            emu.set_quirks(late_input_transcription=0.0)
            return [p["text"] for p in input_pieces(await spoken_turn(emu, c))]

    first, again, other = await pieces(5, "a"), await pieces(5, "b"), await pieces(6, "c")
    assert first == again
    assert first != other


def test_the_seed_comes_from_the_environment_when_not_given(tmp_path, monkeypatch):
    monkeypatch.setenv("LIVEDESK_EMULATOR_SEED", "4242")
    assert Emulator(tls_dir=tmp_path).seed == 4242
    assert Emulator(tls_dir=tmp_path, seed=3).seed == 3
    monkeypatch.setenv("LIVEDESK_EMULATOR_SEED", "not a number")
    with pytest.raises(ValueError):
        Emulator(tls_dir=tmp_path)


@pytest.mark.asyncio
async def test_the_seed_is_in_every_timeout_message(emu):
    with pytest.raises(TimeoutError, match=f"seed {emu.seed}"):
        await emu.wait_for("text", timeout=0.05)
