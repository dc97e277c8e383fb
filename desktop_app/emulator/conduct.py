"""How the emulated service behaves beyond the protocol: its quirks, and the faults a test armed.

`Conduct` is shared by the emulator's loop and test threads, so it has its own lock (the
records in `SharedState` have theirs). Faults are counted: a test arms "the next two
handshakes get HTTP 429" and each connection that meets the fault uses one up. Sources for
each behaviour are in docs/live-service-quirks.md.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
from collections import Counter
from typing import Any

from .quirks import Dice, Quirks

# The service's reason, as Google's front end words it. A close frame carries its first
# 123 bytes ("...head to: h"), exactly what googleapis/python-genai#874 shows.
QUOTA_EXCEEDED = (
    "You exceeded your current quota, please check your plan and billing details. For more "
    "information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits."
)
# "The resumption tokens are valid for 2 hr after the last session termination."
# (https://ai.google.dev/gemini-api/docs/live-api/session-management#session-resumption)
HANDLE_LIFETIME_S = 2 * 60 * 60.0

# Countable faults, each used up by one connection.
STALL_SETUP = "stall_setup"
QUOTA_AT_HANDSHAKE = "quota_handshake"
QUOTA_IN_SESSION = "quota_session"
INTERNAL_MID_TURN = "internal_mid_turn"
INTERNAL_AFTER_SETUP = "internal_after_setup"


class Conduct:
    """The seed, the current quirks, armed faults, leaked keys and handle ages."""

    def __init__(self, seed: int, quirks: Quirks) -> None:
        self.seed = seed
        self._lock = threading.Lock()
        self._quirks = quirks
        self._armed: Counter[str] = Counter()
        self._burst_rest = 0  # connections cut after setup once the mid-turn cut happened
        self._leaked: set[str] = set()
        self._voice_after_text_refused = False
        self._handle_lifetime_s = HANDLE_LIFETIME_S
        self._issued: dict[str, float] = {}  # handle → time.monotonic() when issued
        self._expired_before = -math.inf

    def dice(self, conn: int) -> Dice:
        """The random choices of connection `conn`."""
        return Dice(self.seed, conn)

    @property
    def quirks(self) -> Quirks:
        with self._lock:
            return self._quirks

    def set_quirks(self, base: Quirks | None, changes: dict[str, Any]) -> Quirks:
        """Replace the quirks with `base` (default: the current ones) changed by `changes`."""
        with self._lock:
            self._quirks = dataclasses.replace(base or self._quirks, **changes)
            return self._quirks

    # --- countable faults ---

    def arm(self, fault: str, count: int) -> None:
        if count < 0:
            raise ValueError("count must not be negative")
        with self._lock:
            self._armed[fault] = count

    def take(self, fault: str) -> bool:
        """Use up one of an armed fault; False when none is left."""
        with self._lock:
            if self._armed[fault] <= 0:
                return False
            self._armed[fault] -= 1
            if fault == INTERNAL_MID_TURN:
                self._armed[INTERNAL_AFTER_SETUP] += self._burst_rest
                self._burst_rest = 0
            return True

    def arm_internal_burst(self, count: int) -> None:
        """One connection cut mid-turn, then `count - 1` cut right after their setup."""
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._armed[INTERNAL_MID_TURN] = 1
            self._armed[INTERNAL_AFTER_SETUP] = 0
            self._burst_rest = count - 1

    # --- keys ---

    def leak_key(self, key: str) -> None:
        with self._lock:
            self._leaked.add(key)

    def is_leaked(self, key: str) -> bool:
        with self._lock:
            return key in self._leaked

    # --- typed turns, then voice (pipecat-ai/pipecat#4403) ---

    @property
    def voice_after_text_refused(self) -> bool:
        with self._lock:
            return self._voice_after_text_refused

    @voice_after_text_refused.setter
    def voice_after_text_refused(self, value: bool) -> None:
        with self._lock:
            self._voice_after_text_refused = value

    # --- resumption handles ---

    def handle_issued(self, handle: str) -> None:
        with self._lock:
            self._issued[handle] = time.monotonic()

    def handle_expired(self, handle: str) -> bool:
        """Whether the service would refuse `handle` as too old (unknown handles are not
        this class's business)."""
        with self._lock:
            issued = self._issued.get(handle)
            if issued is None:
                return False
            return issued <= self._expired_before or (
                time.monotonic() - issued > self._handle_lifetime_s
            )

    def set_handle_lifetime(self, seconds: float) -> None:
        if seconds <= 0:
            raise ValueError("seconds must be positive")
        with self._lock:
            self._handle_lifetime_s = seconds

    def expire_handles(self) -> None:
        """Every handle issued so far is now too old."""
        with self._lock:
            self._expired_before = time.monotonic()
