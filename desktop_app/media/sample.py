"""What the window polls from the devices, as plain data.

Kept apart from `media/rig.py` (which opens the devices through sounddevice and OpenCV) so
the window can name the type without loading the device stack.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# The preview box the window asks with while nobody can see it (minimized): the capture thread
# then makes no previews at all, which saves resizing and converting every frame (and the
# window painting it); the model's frames are made as before.
NO_PREVIEW = (0, 0)


@dataclass
class MediaSample:
    """What the window polls ~30 times a second: smoothed levels (RMS, 0..1) and the newest
    preview frame (B, G, R, 255 per pixel) with the time it was captured, so an unchanged
    frame is not redrawn."""

    mic_level: float = 0.0
    model_level: float = 0.0
    frame: np.ndarray | None = None
    frame_time: float = 0.0
