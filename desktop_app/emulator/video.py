"""What the frames a client sends cost: which of them a turn takes, and their tokens.

Two setup fields decide it. `realtimeInputConfig.turnCoverage` says which input a user turn
takes: TURN_INCLUDES_ONLY_ACTIVITY only what came during the user's activity (speech, or an
activityStart..activityEnd span); TURN_INCLUDES_ALL_INPUT and
TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO every frame since the last turn. Unset, it is
ONLY_ACTIVITY on the 2.5 models (the enum's documented default) and
AUDIO_ACTIVITY_AND_ALL_VIDEO on the 3.x ones ("the default is
TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO ... video frames are sent to the model by default":
https://ai.google.dev/gemini-api/docs/models/gemini-3.8-live#migrating,
https://ai.google.dev/gemini-api/docs/models/gemini-3.1-flash-live-preview#migrating).

`generationConfig.mediaResolution` sets the tokens of each frame: LOW 64, MEDIUM 256, HIGH
256 with zoomed reframing (Google's MediaResolution reference,
https://docs.cloud.google.com/gemini-enterprise-agent-platform/reference/rest/Shared.Types/MediaResolution).
Unset, the emulator counts 256, as MEDIUM. The service reports JPEG frames sent as realtime
video under the IMAGE modality of `promptTokensDetails` (XNet-NGO/aiope#127 shows a Live
session's `usageMetadata` with IMAGE tokens for `realtimeInput.video` frames).
"""

from __future__ import annotations

ONLY_ACTIVITY = "TURN_INCLUDES_ONLY_ACTIVITY"
ALL_INPUT = "TURN_INCLUDES_ALL_INPUT"
ACTIVITY_AND_ALL_VIDEO = "TURN_INCLUDES_AUDIO_ACTIVITY_AND_ALL_VIDEO"

TOKENS_PER_FRAME = {
    "MEDIA_RESOLUTION_UNSPECIFIED": 256,
    "MEDIA_RESOLUTION_LOW": 64,
    "MEDIA_RESOLUTION_MEDIUM": 256,
    "MEDIA_RESOLUTION_HIGH": 256,
}
FRAME_MODALITY = "IMAGE"


class FrameLedger:
    """Counts the frames received since the last user turn, and those of them that came
    during the user's activity; a turn takes its share and the count starts again."""

    def __init__(self, coverage: str, resolution: str) -> None:
        self.coverage = coverage
        self.tokens_per_frame = TOKENS_PER_FRAME[resolution]
        self._all = 0
        self._active = 0

    def frame(self, *, during_activity: bool) -> None:
        self._all += 1
        self._active += during_activity

    def take(self) -> int:
        """The tokens of the frames the user turn now ending takes."""
        frames = self._active if self.coverage == ONLY_ACTIVITY else self._all
        self._all = self._active = 0
        return frames * self.tokens_per_frame
