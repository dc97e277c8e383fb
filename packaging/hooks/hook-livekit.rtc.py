"""PyInstaller hook for livekit.rtc, the WebRTC audio processing behind the echo canceller.

It loads its native library (liblivekit_ffi, ~27 MiB) from its `resources` package through
importlib.resources, which PyInstaller's import analysis cannot see: without this hook the
bundle starts, and the first conversation on speakers fails when the mic opens.
"""

from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("livekit.rtc")
hiddenimports = ["livekit.rtc.resources"]
