"""What devices this machine offers, for the settings' pickers.

Probing must never stop the settings dialog from opening: PortAudio without a sound server
raises various errors, and then there is simply nothing to pick (the default device is still
used).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop_app.media.devices import list_devices
from desktop_app.media.screen import list_monitors

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AvailableDevices:
    inputs: list[str] = field(default_factory=list)  # microphone names
    outputs: list[str] = field(default_factory=list)  # speaker names
    monitors: list[tuple[str, int]] = field(default_factory=list)  # (label, mss number)


def available_devices() -> AvailableDevices:
    try:
        inputs = [d.name for d in list_devices("input")]
        outputs = [d.name for d in list_devices("output")]
    except Exception as exc:  # PortAudio without a sound server raises various errors
        log.info("no audio device list: %s", exc)
        inputs, outputs = [], []
    monitors = [(m.label, m.index) for m in list_monitors()]
    return AvailableDevices(inputs, outputs, monitors)
