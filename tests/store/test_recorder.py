"""The recorder stitches fragments into messages and closes them by the Live API's rules."""

from __future__ import annotations

from desktop_app.live.events import (
    ConnectionState,
    FunctionCall,
    GenerationComplete,
    Grounding,
    GroundingSource,
    InputTranscript,
    Interrupted,
    ModelAudio,
    ModelText,
    OutputTranscript,
    SessionError,
    StateChanged,
    ToolCall,
    ToolCallCancellation,
    TurnComplete,
    Usage,
)
from desktop_app.store import Conversation, ConversationRecorder, HistoryStore, Message
from desktop_app.store.recorder import LATE_INPUT_GRACE_S, MESSAGE_CHARS


def feed(recorder: ConversationRecorder, clock, *events, step: float = 0.05) -> None:
    for event in events:
        clock.advance(step)
        recorder.handle(event)


def latest(store: HistoryStore) -> Conversation:
    assert store.flush(5)
    summary = store.list_conversations(limit=1)[0]
    conversation = store.load_conversation(summary.info.id)
    assert conversation is not None
    return conversation


def texts(conversation: Conversation) -> list[tuple[str, str]]:
    return [(m.role, m.text) for m in conversation.messages]


def test_fragments_stitch_into_one_user_and_one_model_message(recorder, store, clock):
    feed(
        recorder,
        clock,
        InputTranscript("Wha"),
        InputTranscript("t's the wea"),
        InputTranscript("ther?", finished=True),
        OutputTranscript("It'", 1),
        ModelAudio(b"\0\0", 24000, 1),
        OutputTranscript("s sun", 1),
        OutputTranscript("ny.", 1),
        GenerationComplete(1),
        TurnComplete(1),
    )
    conv = latest(store)
    assert texts(conv) == [("user", "What's the weather?"), ("model", "It's sunny.")]
    user, model = conv.messages
    assert [user.seq, model.seq] == [1, 2]
    assert user.ended_at is not None and model.ended_at is not None
    assert user.ended_at <= model.started_at  # closed by `finished`, before the answer
    assert model.generation == 1 and not model.interrupted
    assert conv.info.model == "gemini-test" and conv.info.voice == "Puck"
    assert conv.info.ended_at is None  # the conversation goes on


def test_user_message_closes_when_the_model_starts_and_late_words_still_join_it(
    recorder, store, clock
):
    feed(recorder, clock, InputTranscript("Tell me"), OutputTranscript("Sure", 1))
    model_start = clock.now
    feed(recorder, clock, InputTranscript(" a joke"), step=LATE_INPUT_GRACE_S / 2)
    feed(recorder, clock, OutputTranscript(", here", 1), GenerationComplete(1), TurnComplete(1))
    feed(recorder, clock, InputTranscript("Another"), step=LATE_INPUT_GRACE_S * 2)
    conv = latest(store)
    assert texts(conv) == [
        ("user", "Tell me a joke"),
        ("model", "Sure, here"),
        ("user", "Another"),
    ]
    assert conv.messages[0].ended_at == model_start  # closed when the model began
    assert conv.messages[2].ended_at is None  # still open: nobody answered yet


def test_barge_in_speech_stays_one_message_and_the_answer_is_marked_interrupted(
    recorder, store, clock
):
    feed(recorder, clock, InputTranscript("Go on", finished=True), OutputTranscript("Once", 1))
    for word in (" upon", " a", " time", " there"):  # the user talks over the model
        feed(recorder, clock, OutputTranscript(word, 1), InputTranscript(word.upper()), step=0.4)
    feed(recorder, clock, Interrupted(1), TurnComplete(1))
    conv = latest(store)
    assert texts(conv) == [
        ("user", "Go on"),
        ("model", "Once upon a time there"),
        ("user", " UPON A TIME THERE"),
    ]
    assert conv.messages[1].interrupted and conv.messages[1].ended_at is not None
    assert not conv.messages[0].interrupted


def test_interrupted_after_generation_complete_still_marks_the_answer(recorder, store, clock):
    # The model generates faster than it speaks: the user can cut off the playback later.
    feed(recorder, clock, InputTranscript("Hi"), OutputTranscript("Hello there", 1))
    feed(recorder, clock, GenerationComplete(1))
    completed_at = clock.now
    feed(recorder, clock, Interrupted(1), TurnComplete(1))
    model = latest(store).messages[1]
    assert model.interrupted
    assert model.ended_at == completed_at


def test_thoughts_are_kept_apart_and_text_parts_never_double_the_transcript(recorder, store, clock):
    feed(
        recorder,
        clock,
        InputTranscript("Why?"),
        ModelText("**Planning** ", 1, thought=True),
        ModelText("consider the sky", 1, thought=True),
        ModelText("Because", 1),  # a text part before any transcript...
        OutputTranscript("Because of", 1),  # ...is replaced by what was actually said
        ModelText("reasoning that is not flagged", 1),
        OutputTranscript(" scattering.", 1),
        GenerationComplete(1),
        TurnComplete(1),
    )
    # TEXT modality: no transcript at all, the text parts are the answer.
    feed(recorder, clock, InputTranscript("And?"), step=LATE_INPUT_GRACE_S * 2)
    feed(
        recorder,
        clock,
        ModelText("Blue light", 2),
        ModelText(" scatters most.", 2),
        TurnComplete(2),
    )
    conv = latest(store)
    assert texts(conv)[1:] == [
        ("model", "Because of scattering."),
        ("user", "And?"),
        ("model", "Blue light scatters most."),
    ]
    assert conv.messages[1].thoughts == "**Planning** consider the sky"
    assert conv.messages[3].thoughts == ""


def test_tool_calls_get_their_result_or_cancellation_and_the_answer_continues_after_them(
    recorder, store, clock
):
    feed(
        recorder,
        clock,
        InputTranscript("Weather in Paris and Rome?"),
        OutputTranscript("Let me check.", 1),
        ToolCall(
            (
                FunctionCall("c1", "get_weather", {"city": "Paris"}),
                FunctionCall("c2", "get_weather", {"city": "Rome"}),
            )
        ),
    )
    clock.advance(0.2)
    recorder.record_tool_result("c1", {"temp": 21, "sky": "clear"})
    feed(recorder, clock, ToolCallCancellation(("c2",)), OutputTranscript("Paris: 21.", 1))
    recorder.record_tool_result("c2", "too late")  # ignored: the call was cancelled
    feed(recorder, clock, GenerationComplete(1), TurnComplete(1))
    conv = latest(store)
    assert [m.role for m in conv.messages] == ["user", "model", "tool", "tool", "model"]
    paris, rome = conv.messages[2].tool, conv.messages[3].tool
    assert paris is not None and rome is not None
    assert (paris.call_id, paris.name, paris.args) == ("c1", "get_weather", {"city": "Paris"})
    assert paris.result == {"temp": 21, "sky": "clear"}
    assert not conv.messages[2].interrupted and conv.messages[2].ended_at is not None
    assert rome.result is None and conv.messages[3].interrupted
    assert conv.messages[1].text == "Let me check." and conv.messages[1].ended_at is not None
    assert conv.messages[4].text == "Paris: 21." and conv.messages[4].generation == 1


def test_grounding_and_usage_belong_to_the_answer(recorder, store, clock):
    news = GroundingSource("News", "https://news.example/a")
    wiki = GroundingSource("Wiki", "https://wiki.example/b")
    feed(
        recorder,
        clock,
        InputTranscript("Latest news?"),
        Grounding(1, (news,), ("latest news",)),
        OutputTranscript("Here is the news.", 1),
        Grounding(1, (news, wiki), ("latest news", "headlines")),
        GenerationComplete(1),
        Usage(120, 30, 150, thoughts_tokens=5, details=(("AUDIO", 30),)),
        TurnComplete(1),
    )
    model = latest(store).messages[1]
    assert model.sources == (news, wiki)
    assert model.search_queries == ("latest news", "headlines")
    assert model.usage == Usage(120, 30, 150, thoughts_tokens=5, details=(("AUDIO", 30),))


def test_a_conversation_spans_reconnections_and_ends_when_the_session_closes(
    recorder, store, clock
):
    feed(recorder, clock, StateChanged(ConnectionState.LIVE), SessionError("bad key", 1008))
    assert recorder.conversation_id is None  # connecting and failing is not a conversation
    feed(recorder, clock, InputTranscript("Hello"), OutputTranscript("Hi", 1))
    first = recorder.conversation_id
    feed(
        recorder,
        clock,
        SessionError("Connection lost", code=1011, reason="internal error"),
        StateChanged(ConnectionState.RECONNECTING, retry_in_s=1.0),
        StateChanged(ConnectionState.LIVE),
        OutputTranscript("Hi again", 2),
    )
    assert recorder.conversation_id == first
    feed(recorder, clock, StateChanged(ConnectionState.CLOSED))
    assert recorder.conversation_id is None
    conv = latest(store)
    assert conv.info.id == first and conv.info.ended_at == clock.now
    assert texts(conv) == [
        ("user", "Hello"),
        ("model", "Hi"),
        ("system", "Connection lost — code 1011 — internal error"),
        ("model", "Hi again"),
    ]
    assert all(m.ended_at is not None for m in conv.messages)  # everything open was closed
    feed(recorder, clock, InputTranscript("New topic"))
    assert recorder.conversation_id not in (None, first)
    assert store.flush(5)
    assert [s.info.id for s in store.list_conversations()][1] == first


def test_title_comes_from_the_first_user_words(recorder, store, clock):
    feed(recorder, clock, OutputTranscript("Good morning! How can I help?", 1), TurnComplete(1))
    assert latest(store).info.title == ""  # the model spoke first: no title yet
    words = "Could you please explain how photosynthesis works in plants that live underwater"
    feed(recorder, clock, *(InputTranscript(w + " ") for w in words.split()))
    feed(recorder, clock, OutputTranscript("Sure", 2), TurnComplete(2))
    feed(recorder, clock, InputTranscript("Thanks"), step=LATE_INPUT_GRACE_S * 2)
    title = latest(store).info.title
    assert title == "Could you please explain how photosynthesis works in plants…"
    assert len(title) <= 60


def test_interim_guesses_are_not_recorded(recorder, store, clock):
    feed(
        recorder,
        clock,
        InputTranscript("wether", interim=True),
        InputTranscript("Weather", finished=True),
    )
    assert texts(latest(store)) == [("user", "Weather")]


def test_a_quick_question_after_a_short_answer_is_a_new_message(recorder, store, clock):
    feed(recorder, clock, InputTranscript("Ready?"), OutputTranscript("Yes.", 1))
    feed(recorder, clock, GenerationComplete(1), TurnComplete(1))
    feed(recorder, clock, InputTranscript("Go!"))  # well within the grace, but the answer ended
    assert texts(latest(store)) == [("user", "Ready?"), ("model", "Yes."), ("user", "Go!")]


def test_typed_text_is_its_own_finished_user_message_and_listeners_see_every_save(tmp_path):
    from desktop_app.store import ConversationRecorder, HistoryStore

    seen = []
    store = HistoryStore(tmp_path)
    recorder = ConversationRecorder(store, on_message=lambda cid, m: seen.append((cid, m)))
    recorder.record_user_text("hello there")
    recorder.record_user_text("second line")
    recorder.close()
    conversation = store.load_conversation(recorder_id := seen[0][0])
    store.close()
    users = [m for m in conversation.messages if m.role == "user"]
    assert [m.text for m in users] == ["hello there", "second line"]
    assert all(m.ended_at is not None for m in users)
    assert {cid for cid, _ in seen} == {recorder_id}
    assert [m.text for _, m in seen if m.role == "user"][-1] == "second line"


def snapshots(store: HistoryStore, clock) -> tuple[ConversationRecorder, list[Message]]:
    """A recorder that also hands every snapshot it saves to the returned list."""
    seen: list[Message] = []
    recorder = ConversationRecorder(store, clock=clock, on_message=lambda _c, m: seen.append(m))
    return recorder, seen


def test_a_monologue_goes_on_in_new_messages_so_no_fragment_copies_more_than_one(store, clock):
    # 20,000 fragments, 188,890 characters: in one message, the snapshots would copy 1.9
    # billion characters (quadratic); bounded, each copies a message at most (linear).
    said = [f" word{i}" for i in range(20_000)]
    recorder, seen = snapshots(store, clock)
    feed(recorder, clock, InputTranscript("Talk.", finished=True), step=0.0)
    feed(recorder, clock, *(OutputTranscript(part, 1) for part in said), step=0.0)
    feed(recorder, clock, GenerationComplete(1), TurnComplete(1))

    assert len(seen) >= len(said)
    assert max(len(m.text) for m in seen) <= MESSAGE_CHARS + len(said[-1])
    conversation = latest(store)
    user, *parts = conversation.messages
    assert user.text == "Talk." and conversation.info.title == "Talk."
    assert all(MESSAGE_CHARS <= len(p.text) < MESSAGE_CHARS + 10 for p in parts[:-1])
    assert " ".join(p.text for p in parts) == "".join(said), "nothing lost, in order"
    assert all(p.role == "model" and p.generation == 1 for p in parts)
    assert all(p.ended_at is not None for p in parts)
    assert [p.seq for p in parts] == list(range(2, len(parts) + 2))


def test_words_without_spaces_and_thoughts_are_bounded_too(store, clock):
    spoken = ["今日は晴れです。"] * 2_000  # 16,000 characters, no word boundary
    thought = ["Thinking. "] * 1_000
    recorder, seen = snapshots(store, clock)
    feed(recorder, clock, *(ModelText(part, 1, thought=True) for part in thought), step=0.0)
    feed(recorder, clock, *(OutputTranscript(part, 1) for part in spoken), step=0.0)
    feed(recorder, clock, TurnComplete(1))

    bound = MESSAGE_CHARS * 5 // 4 + len(spoken[0])
    assert max(max(len(m.text), len(m.thoughts)) for m in seen) <= bound
    messages = latest(store).messages
    assert "".join(m.text for m in messages) == "".join(spoken)
    assert "".join(m.thoughts for m in messages) == "".join(thought)
    assert len(messages) == 6, "thoughts in 3 messages, the 3rd and 3 more hold the words"
