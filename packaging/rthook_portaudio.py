"""PyInstaller runtime hook: sounddevice loads the PortAudio inside the bundle.

sounddevice asks `ctypes.util.find_library("portaudio")` first. In a frozen app on Linux
that searches only the system (ldconfig), so a machine without libportaudio2 could not
start the bundle, and on macOS a Homebrew PortAudio would win over the one bundled from the
wheel. This hook runs before the app imports sounddevice and answers with the bundled copy.
Windows needs nothing: there the lookup fails and sounddevice picks the right one of the
wheel's DLLs itself (the plain or the ASIO build, by SD_ENABLE_ASIO).
"""

import ctypes.util
import glob
import os
import sys

_system_find_library = ctypes.util.find_library
# Linux: the system library the build collected; macOS: the wheel's own copy.
_PATTERN = {
    "linux": "libportaudio.so*",
    "darwin": "_sounddevice_data/portaudio-binaries/libportaudio.dylib",
}.get(sys.platform)


def _bundled_portaudio() -> str | None:
    if _PATTERN is None:
        return None
    found = sorted(glob.glob(os.path.join(sys._MEIPASS, _PATTERN)))
    return found[0] if found else None


def _find_library(name: str) -> str | None:
    if name == "portaudio":
        bundled = _bundled_portaudio()
        if bundled is not None:
            return bundled
    return _system_find_library(name)


ctypes.util.find_library = _find_library
