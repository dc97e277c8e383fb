"""Child process of test_crash.py: records a conversation until it is killed.

Usage: python crash_child.py DIRECTORY. Feeds transcript fragments of 3 to 8 characters
every 50 ms, turn after turn, as the session would. After each fragment has been handed to
the recorder it prints one JSON line, flushed at once: the time, the message's seq and the
message's text so far, so the parent knows exactly what had been fed when it killed us.
"""

from __future__ import annotations

import itertools
import json
import sys
import time

from desktop_app.live.events import (
    GenerationComplete,
    InputTranscript,
    OutputTranscript,
    TurnComplete,
)
from desktop_app.store import ConversationRecorder, HistoryStore

FRAGMENT_SIZES = (3, 5, 8, 4, 6, 7)


def fragments(text: str) -> list[str]:
    sizes = itertools.cycle(FRAGMENT_SIZES)
    out, start = [], 0
    while start < len(text):
        size = next(sizes)
        out.append(text[start : start + size])
        start += size
    return out


def main() -> None:
    recorder = ConversationRecorder(HistoryStore(sys.argv[1]))
    seq = 0
    for generation in itertools.count(1):
        turns = (
            (f"Question number {generation}: what happens next?", InputTranscript),
            (f"Answer {generation}: the story goes on, a little longer each time.", None),
        )
        for text, user in turns:
            seq += 1
            so_far = ""
            for fragment in fragments(text):
                if user:
                    recorder.handle(InputTranscript(fragment))
                else:
                    recorder.handle(OutputTranscript(fragment, generation))
                so_far += fragment
                print(json.dumps({"t": time.time(), "seq": seq, "text": so_far}), flush=True)
                time.sleep(0.05)
        recorder.handle(GenerationComplete(generation))
        recorder.handle(TurnComplete(generation))


if __name__ == "__main__":
    main()
