"""What the spec keeps and leaves out, and the metadata it derives from `__version__`."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from desktop_app import __version__
from tests.packaging.conftest import PACKAGING, ROOT, load


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
    "PySide6/Qt/plugins/wayland-decoration-client/libbradient.so",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
    "libportaudio.so.2",
    "cv2/cv2.abi3.so",
    "resources/models.json",
])
def test_what_the_app_uses_stays(cfg, path):
    assert cfg.keep(path)


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",  # embedded Linux
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",  # would mix our GTK bits with the host's
    "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",  # needs QtSvg
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
    "PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
    "Qt6Network.dll",
    "libasound.so.2",  # ALSA reads the host's configuration and plugins
    "libfontconfig.so.1",
    "libwayland-client.so.0",
])
def test_what_the_app_does_not_use_or_the_host_must_supply_goes(cfg, path):
    assert not cfg.keep(path)


def test_libraries_only_dropped_plugins_needed_go_too(cfg):
    links = {
        "/qt/plugins/platformthemes/libqgtk3.so": {"libcairo.so.2", "libQt6Gui.so.6"},
        "/sys/libcairo.so.2": {"libpixman-1.so.0", "libpng16.so.16", "libfontconfig.so.1"},
        "/sys/libfontconfig.so.1": {"libexpat.so.1"},
        "/qt/lib/libQt6Gui.so.6": {"libpng16.so.16", "libfontconfig.so.1"},
        "/sys/pyexpat.so": set(),
    }
    entries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so",
         "/qt/plugins/platformthemes/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/sys/libpixman-1.so.0", "BINARY"),
        ("libpng16.so.16", "/sys/libpng16.so.16", "BINARY"),
        ("libfontconfig.so.1", "/sys/libfontconfig.so.1", "BINARY"),
        ("libexpat.so.1", "/sys/libexpat.so.1", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/lib/libQt6Gui.so.6", "BINARY"),
        ("python3.11/lib-dynload/pyexpat.so", "/sys/pyexpat.so", "EXTENSION"),
    ]
    kept, dropped = cfg.split(entries)
    remaining = {dest for dest, _, _ in cfg.without_orphans(kept, dropped,
                                                            lambda src: links.get(src, set()))}
    assert remaining == {
        "libpng16.so.16",  # Qt itself links it
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "python3.11/lib-dynload/pyexpat.so",  # not a top-level library: never pruned
    }
    # cairo and pixman were there for gtk3 only; expat for the host's fontconfig only.


def test_resources_ship_without_the_platform_icon_containers(cfg):
    shipped = {source.rsplit("/", 1)[-1] for source, folder in cfg.resource_datas()}
    assert {"voices.json", "languages.json", "models.json", "livedesk.png"} <= shipped
    assert not shipped & {"livedesk.ico", "livedesk.icns"}


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0)),
    ("3.0.0+local.7", (3, 0, 0, 0)),
])
def test_windows_version_numbers(cfg, text, numbers):
    assert cfg.version_numbers(text) == numbers


def test_the_windows_version_resource_carries_the_app_version(cfg):
    strings = cfg.windows_version_strings()
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "LiveDesk.exe"


def test_macos_prompts_and_entitlements_for_mic_and_camera(cfg):
    keys = cfg.macos_info_plist()
    assert "voice" in keys["NSMicrophoneUsageDescription"]
    assert "camera" in keys["NSCameraUsageDescription"]
    assert keys["CFBundleShortVersionString"] == keys["CFBundleVersion"] == __version__
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    assert entitlements["com.apple.security.device.audio-input"] is True
    assert entitlements["com.apple.security.device.camera"] is True


def test_the_version_lives_in_one_place():
    """Nothing in packaging/ or the CI workflow spells the version out."""
    files = [*PACKAGING.rglob("*"), ROOT / ".github" / "workflows" / "package.yml"]
    for path in files:
        if path.is_file() and path.suffix in {".py", ".sh", ".ps1", ".spec", ".plist", ".yml"}:
            assert __version__ not in path.read_text(encoding="utf-8"), path


def test_a_bundle_over_its_recorded_budget_names_the_package_that_grew(tmp_path, monkeypatch):
    sizes = load("bundle_size")
    monkeypatch.setattr(sizes, "RECORD", tmp_path / "budget.json")
    bundle = tmp_path / "LiveDesk"
    (bundle / "_internal" / "numpy").mkdir(parents=True)
    (bundle / "_internal" / "libpython.so").write_bytes(b"\0" * (4 * sizes.MIB))
    wheel = bundle / "_internal" / "numpy" / "core.so"
    wheel.write_bytes(b"\0" * (20 * sizes.MIB))
    monkeypatch.setattr(sizes, "owners", lambda: {"numpy": ("numpy", "2.4.6")})
    sizes.record(bundle)
    assert sizes.over_budget(bundle) == ""

    wheel.write_bytes(b"\0" * (20 * sizes.MIB + sizes.MIB // 2))  # within the margin
    assert sizes.over_budget(bundle) == ""

    monkeypatch.setattr(sizes, "owners", lambda: {"numpy": ("numpy", "2.5.0")})
    wheel.write_bytes(b"\0" * (23 * sizes.MIB))
    problem = sizes.over_budget(bundle)
    assert "over the budget" in problem
    assert "numpy 2.4.6 → 2.5.0: +3.0 MiB" in problem
    assert "libpython" not in problem  # it did not grow


def test_livedesk_translations_stay_in_the_bundle(cfg):
    assert cfg.keep("translations/livedesk_fr.qm")
    assert not cfg.keep("PySide6/Qt/translations/qtbase_fr.qm")


def test_the_translations_are_compiled_for_the_bundle(cfg, tmp_path):
    datas = cfg.translation_datas(tmp_path)
    names = sorted(Path(source).name for source, folder in datas if folder == "translations")
    assert names == [f"livedesk_{lang}.qm" for lang in ("de", "es", "fr", "hi", "ja", "pt")]
