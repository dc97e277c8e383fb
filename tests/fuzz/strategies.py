"""Hypothesis strategies for hostile input: server messages in valid shapes with hostile
values (and plain garbage), and arguments for the model-callable tools.

`FUZZ_EXAMPLES` (default 1,000, the number the fuzzing is specified with) can be lowered with
`LIVEDESK_FUZZ_EXAMPLES` for a quick run, or raised for a long one.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ_EXAMPLES = int(os.environ.get("LIVEDESK_FUZZ_EXAMPLES", "1000"))
FUZZ_SETTINGS = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the checkout; a failure prints its seed
    suppress_health_check=list(HealthCheck),
)

# Values that have hurt parsers before: controls, bidi overrides, zero-width, surrogates'
# neighbours, huge and negative numbers, NaN and infinities (Python's JSON writes them).
_NASTY_TEXT = st.sampled_from(
    ["", "\x00", "\u202e", "\u200b", "\r\n" * 50, "\ufeff", "%s%n", "{}", "<b>x</b>", "𝕏" * 3]
)
TEXT = st.one_of(
    st.text(max_size=60), _NASTY_TEXT, st.text(min_size=1, max_size=3).map(lambda s: s * 20_000)
)
NUMBER = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
)
JSON = st.recursive(
    st.none() | st.booleans() | NUMBER | TEXT,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=6,
)


# Where a field wants one type, any JSON value half the time.
def anything_or(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(strategy, JSON)


RATE = st.one_of(
    st.sampled_from([0, 1, 2, 7_999, 8_000, 16_000, 24_000, 44_100, 48_000, 48_001, 96_000]),
    st.integers(min_value=-5, max_value=2**64),
)
RATE_MIME = st.one_of(
    RATE.map(lambda r: f"audio/pcm;rate={r}"),
    st.sampled_from(["audio/pcm", "audio/pcm;rate=", "audio/pcm;rate=24000", "image/png"]),
    TEXT,
)
B64 = st.binary(max_size=2048).map(lambda b: base64.b64encode(b).decode())
AUDIO = st.fixed_dictionaries(
    {
        "serverContent": st.fixed_dictionaries(
            {
                "modelTurn": st.fixed_dictionaries(
                    {
                        "parts": st.lists(
                            st.fixed_dictionaries(
                                {
                                    "inlineData": st.fixed_dictionaries(
                                        {"mimeType": RATE_MIME, "data": B64}
                                    )
                                }
                            ),
                            min_size=1,
                            max_size=3,
                        )
                    }
                )
            }
        )
    }
)
PART = st.fixed_dictionaries(
    {},
    optional={
        "text": anything_or(TEXT),
        "thought": anything_or(st.booleans()),
        "inlineData": anything_or(
            st.fixed_dictionaries({}, optional={"mimeType": RATE_MIME, "data": anything_or(B64)})
        ),
    },
)
TRANSCRIPT = anything_or(
    st.fixed_dictionaries({}, optional={"text": anything_or(TEXT), "finished": JSON})
)
SERVER_CONTENT = st.fixed_dictionaries(
    {},
    optional={
        # Always an object with a list of objects: the emulator's log of what it sent
        # reads these two levels (and fails on anything else) before it sends the frame.
        "modelTurn": st.fixed_dictionaries({"parts": st.lists(PART, max_size=4)}),
        "turnComplete": JSON,
        "interrupted": JSON,
        "generationComplete": JSON,
        "waitingForInput": JSON,
        "turnCompleteReason": anything_or(st.sampled_from(["MALFORMED_FUNCTION_CALL", "X"])),
        "inputTranscription": TRANSCRIPT,
        "outputTranscription": TRANSCRIPT,
        "groundingMetadata": anything_or(
            st.fixed_dictionaries(
                {},
                optional={
                    "groundingChunks": st.lists(
                        st.fixed_dictionaries(
                            {
                                "web": st.fixed_dictionaries(
                                    {}, optional={"uri": TEXT, "title": TEXT}
                                )
                            }
                        ),
                        max_size=80,
                    ),
                    "webSearchQueries": anything_or(st.lists(TEXT, max_size=3)),
                },
            )
        ),
    },
)
TOOL_NAMES = st.sampled_from(
    ["open_web_page", "copy_to_clipboard", "take_screenshot", "get_current_time", "rm_rf", ""]
)
# Mostly calls the SDK accepts (so they reach the tool runner), some with wrong types.
CALL_ID = st.one_of(st.uuids().map(str), st.uuids().map(str), TEXT)
FUNCTION_CALL = st.one_of(
    st.fixed_dictionaries(
        {"id": CALL_ID, "name": TOOL_NAMES, "args": st.deferred(lambda: TOOL_ARGS)}
    ),
    st.fixed_dictionaries({"id": CALL_ID, "name": TOOL_NAMES}, optional={"args": JSON}),
    st.fixed_dictionaries(
        {}, optional={"id": anything_or(TEXT), "name": anything_or(TOOL_NAMES), "args": JSON}
    ),
)
# Each field of a server message: mostly its documented shape with hostile values inside.
FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "serverContent": SERVER_CONTENT,
    "toolCall": st.fixed_dictionaries({"functionCalls": st.lists(FUNCTION_CALL, max_size=3)}),
    "toolCallCancellation": st.fixed_dictionaries({"ids": st.lists(CALL_ID, max_size=3)}),
    "sessionResumptionUpdate": st.fixed_dictionaries(
        {}, optional={"newHandle": TEXT, "resumable": st.booleans()}
    ),
    "usageMetadata": st.fixed_dictionaries(
        {},
        optional={
            "promptTokenCount": st.integers(min_value=-(2**70), max_value=2**70),
            "totalTokenCount": st.integers(min_value=-(2**70), max_value=2**70),
            "responseTokensDetails": JSON,
        },
    ),
    "voiceActivity": st.fixed_dictionaries({}, optional={"voiceActivityType": TEXT}),
    "setupComplete": JSON,
}
# One field in its shape (what the service sends), or several, each possibly of a wrong type.
MESSAGE = st.one_of(
    AUDIO,
    *(st.fixed_dictionaries({name: value}) for name, value in FIELDS.items()),
    st.fixed_dictionaries(
        {}, optional={name: anything_or(value) for name, value in FIELDS.items()}
    ),
)
# Nesting stays under Python's recursion limit: the emulator records what it sends by parsing
# it, and would fail first.
GARBAGE = st.one_of(
    st.binary(max_size=256),
    st.text(max_size=256),
    JSON.map(lambda v: json.dumps(v).encode()),
    st.integers(min_value=1, max_value=400).map(lambda depth: b"[" * depth + b"]" * depth),
    st.integers(min_value=1, max_value=400).map(
        lambda depth: b'{"a":' * depth + b"1" + b"}" * depth
    ),
)
# What the server sends: a message of the right shape with hostile values (a dict, sent as
# JSON the way the service sends it), or a frame of garbage.
SERVER_FRAME = st.one_of(MESSAGE, MESSAGE, MESSAGE, GARBAGE)

# --- tool arguments -----------------------------------------------------------------
_HOSTS = st.sampled_from(
    [
        "example.org",
        "docs.google.com",
        "127.0.0.1",
        "127.1",
        "0x7f000001",
        "[::1]",
        "192.168.0.1",
        "10.1.2.3",
        "169.254.169.254",
        "localhost",
        "intranet",
        "bücher.de",
        "xn--80ak6aa92e.com",
        "evil.example",
        "router.local",
        "[::ffff:10.0.0.1]",
        "",
    ]
)
_SCHEMES = st.sampled_from(["https", "http", "HTTPS", "file", "javascript", "ftp", "smb", ""])
_JUNK = st.sampled_from(["", "@", "\n", "\u202e", "\x00", " ", "\t", "%0a", "#", "?", "\\", "//"])
URL = st.one_of(
    st.builds(
        lambda scheme, a, user, host, port, path, b: f"{a}{scheme}://{user}{host}{port}/{path}{b}",
        _SCHEMES,
        _JUNK,
        st.sampled_from(["", "user@", "a:b@", "docs.google.com" + "\n" * 40 + "@"]),
        _HOSTS,
        st.sampled_from(["", ":0", ":443", ":99999", ":-1", ":x"]),
        st.text(max_size=20),
        _JUNK,
    ),
    TEXT,
)
TOOL_ARGS = st.one_of(
    st.fixed_dictionaries({"url": anything_or(URL)}),
    st.fixed_dictionaries({"text": anything_or(TEXT)}),
    st.dictionaries(st.sampled_from(["url", "text", "x", ""]), JSON, max_size=3),
)
TOOL_CALLS = st.lists(st.tuples(TOOL_NAMES, TOOL_ARGS), min_size=1, max_size=3)
