"""What goes into the PyInstaller bundle, and the platform metadata built from `__version__`.

`livedesk.spec` imports this module, so the rules live in Python where they can be tested
(tests/packaging) instead of in the spec's build-time namespace. The rules are allowlists
where the default would drag in weight (Qt plugins) and short denylists with a reason each
where a library must come from the user's system instead of ours.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from desktop_app import __version__

APP_NAME = "LiveDesk"
# Reverse-DNS id: the macOS bundle identifier, and the Linux desktop entry and icon name.
# Change it to a domain the publisher owns before signing a release.
APP_ID = "dev.livedesk.LiveDesk"
DESCRIPTION = "Real-time voice and video conversations with Gemini"
ROOT = Path(__file__).resolve().parent.parent

# Python modules nothing in the app uses that a dependency would otherwise pull in.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",  # PySide6 names it for an optional OpenSSL check (Windows only)
    "readline",  # via pdb/code; a GUI has no interactive prompt (and it brings libreadline)
]

# Qt plugin directories the app needs. Everything else the Qt hooks collect is for embedded
# Linux (eglfs, evdev, vnc), networking (tls, network information), or image formats and
# icon engines the app never reads (Qt decodes PNG itself).
_QT_PLUGIN_DIRS = frozenset({
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "styles",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
})
# Window systems: X11, Wayland, macOS, Windows; offscreen and minimal for headless runs.
_QT_PLATFORMS = frozenset({"xcb", "wayland", "cocoa", "windows", "offscreen", "minimal"})
# Plugins that need a library we leave out: gtk3 loads half a GTK stack of our own next to
# the system's GTK (a version mix that crashes); adwaita decorations need QtSvg.
_QT_PLUGINS_LEFT_OUT = frozenset({"qgtk3", "adwaita"})
# Qt libraries only the left-out plugins use.
_QT_LIBRARIES_LEFT_OUT = re.compile(r"Qt6?(Svg|Network|EglFSDeviceIntegration|EglFsKmsSupport)\b")
_PLUGIN_PATH = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$")
# Linux libraries that must match the user's system: they read its configuration and load its
# plugins (ALSA's pulse/pipewire plugins, fontconfig's config), or speak to its compositor
# (Wayland). Every desktop that can use them has them; AppImage leaves them out likewise.
HOST_LIBRARIES = frozenset({
    "libasound.so.2",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libwayland-client.so.0",
    "libwayland-cursor.so.0",
    "libwayland-egl.so.1",
})
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
# Resources the running app reads; the .ico/.icns are only for the executable and the .app.
RESOURCE_PATTERNS = ("*.json", "*.png")


def version() -> str:
    return __version__


def keep(destination: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    path = destination.replace("\\", "/")
    if "/translations/" in f"/{path}" and path.endswith(".qm"):
        # LiveDesk's own translations stay (translation_datas); Qt's catalogues for every
        # language it knows (~25 MB) do not: standard buttons stay in English in a bundle.
        return path.startswith("translations/livedesk_")
    if path in HOST_LIBRARIES:
        return False
    if _QT_LIBRARIES_LEFT_OUT.search(path):
        return False
    plugin = _PLUGIN_PATH.search(path)
    if plugin is None:
        return True
    directory, name = plugin.groups()
    if directory not in _QT_PLUGIN_DIRS or name in _QT_PLUGINS_LEFT_OUT:
        return False
    return directory != "platforms" or name.removeprefix("q") in _QT_PLATFORMS


TocEntry = tuple[str, str, str]  # PyInstaller's (path in the bundle, source file, kind)


def split(entries: Iterable[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """(kept, left out) by `keep`."""
    entries = list(entries)
    return [e for e in entries if keep(e[0])], [e for e in entries if not keep(e[0])]


def without_orphans(
    kept: list[TocEntry], dropped: list[TocEntry], imports: Callable[[str], Iterable[str]]
) -> list[TocEntry]:
    """`kept` minus the libraries only `dropped` files needed.

    PyInstaller collects a plugin's dependencies before the spec can leave the plugin out, so
    leaving out gtk3 would still ship cairo, pango and the rest. A top-level library is an
    orphan when a dropped file links it (directly, or through other libraries) and no kept
    file outside that set does. `imports(source)` names the libraries a file links directly.
    """
    def top_level(entries: list[TocEntry]) -> dict[str, str]:
        return {Path(dest).name: src for dest, src, _ in entries if Path(dest).parent == Path()}

    def reached(starts: Iterable[str], through: dict[str, str]) -> set[str]:
        names: set[str] = set()
        stack = list(starts)
        while stack:
            for name in imports(stack.pop()):
                if name in through and name not in names:
                    names.add(name)
                    stack.append(through[name])
        return names

    bundled = top_level(kept)
    # Dropped libraries come from the user's system at run time, with their own dependencies:
    # they lead to candidates, but keep nothing alive.
    candidates = reached((src for _, src, _ in dropped), bundled | top_level(dropped))
    candidates &= bundled.keys()
    needed = reached((src for dest, src, _ in kept if Path(dest).name not in candidates), bundled)
    orphans = candidates - needed
    return [e for e in kept if Path(e[0]).parent != Path() or Path(e[0]).name not in orphans]


def linked_libraries(source: str) -> set[str]:
    """The libraries `source` links directly (`without_orphans` needs direct links; on Linux
    PyInstaller asks ldd, which lists the whole tree as the build machine resolves it)."""
    if sys.platform.startswith("linux"):
        listing = subprocess.run(["readelf", "--dynamic", "--wide", source],
                                 capture_output=True, text=True, check=False).stdout
        return set(_NEEDED.findall(listing))
    from PyInstaller.depend.bindepend import get_imports

    return {Path(name).name for name, _ in get_imports(source)}


def resource_datas() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's `datas`."""
    return [
        (str(path), "resources")
        for pattern in RESOURCE_PATTERNS
        for path in sorted((ROOT / "resources").glob(pattern))
    ]


def translation_datas(out: Path | None = None) -> list[tuple[str, str]]:
    """The interface's translations, compiled from desktop_app/ui/translations/*.ts by
    lrelease at build time, for the bundle's `translations/` (read by desktop_app/ui/i18n.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "livedesk_translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    compiled = tool.compile_all(out or ROOT / "build" / "translations")
    return [(str(qm), "translations") for qm in compiled]


def version_numbers(text: str = __version__) -> tuple[int, int, int, int]:
    """Four numbers for Windows version resources: "1.2.3rc1" → (1, 2, 3, 0)."""
    numbers = [int(m) for m in re.findall(r"\d+", text.split("+")[0])[:3]]
    major, minor, patch, build = [*numbers, 0, 0, 0, 0][:4]
    return major, minor, patch, build


def windows_version_strings() -> dict[str, str]:
    """The texts of the EXE's version resource (Explorer → Properties → Details)."""
    return {
        "CompanyName": APP_NAME,
        "FileDescription": DESCRIPTION,
        "FileVersion": __version__,
        "InternalName": APP_NAME,
        "LegalCopyright": "Apache-2.0",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": __version__,
    }


def windows_version_info() -> Any:
    """The version resource itself (PyInstaller's classes need pefile: Windows builds only)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_numbers()
    strings = [vi.StringStruct(k, v) for k, v in windows_version_strings().items()]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0,
                             OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )


def macos_info_plist() -> dict[str, Any]:
    """Info.plist keys: the privacy prompts from packaging/macos/Info.plist, plus versions."""
    import plistlib

    with (ROOT / "packaging" / "macos" / "Info.plist").open("rb") as fh:
        keys: dict[str, Any] = plistlib.load(fh)
    keys.update(CFBundleShortVersionString=__version__, CFBundleVersion=__version__)
    return keys
