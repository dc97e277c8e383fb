"""The Linux bundle, built here by the documented command (packaging/build-linux.sh) and
then used as a user would: its offline self-test holds a conversation through the test run's
PulseAudio, its tarball installs a menu entry, and nothing it needs is missing.

Building takes about a minute, once for the module (`-m "not bundle"` leaves these tests out
of a quick run). It needs PyInstaller (the `package` extra); without it they skip and say so.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from desktop_app import __version__
from tests.media.mediatest import make_video
from tests.packaging.conftest import PACKAGING, load
from tests.selftest.harness import HEARS_ITSELF, checks, self_test_env
from tests.support.waiting import wait_until

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.timeout(900),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e '.[package]')"),
]

APP_ID = "dev.livedesk.LiveDesk"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, LIVEDESK_DIST=str(out), PYTHON=sys.executable,
               LIVEDESK_WORK=str(tmp_path_factory.mktemp("build")))
    done = subprocess.run([str(PACKAGING / "build-linux.sh")], env=env, capture_output=True,
                          text=True, timeout=800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def bundle(dist: Path) -> Path:
    return dist / "LiveDesk"


@pytest.mark.audio
def test_the_bundle_holds_a_conversation_in_its_offline_self_test(bundle, tmp_path):
    clip = make_video(tmp_path / "camera.avi", (640, 480), frames=60)
    env = self_test_env(tmp_path, QT_QPA_PLATFORM="offscreen", **HEARS_ITSELF)
    proc = subprocess.Popen([str(bundle / "livedesk"), "--offline", "--self-test",
                             "--camera", str(clip)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    libraries = loaded_libraries(proc.pid, ("libportaudio", "liblivekit_ffi"))
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stdout + stderr
    report = checks(stdout)
    assert all(status == "ok" for status, _ in report.values()), stdout
    assert {"speaker", "microphone", "echo cancel", "spoken turn", "transcript",
            "model audio", "barge-in", "camera"} <= report.keys()
    assert "Traceback" not in stderr
    # The bundle's own PortAudio (a user may not have one) and WebRTC library (livekit finds
    # it through importlib.resources, which PyInstaller cannot see: packaging/hooks/).
    assert set(libraries) == {"libportaudio", "liblivekit_ffi"}, libraries
    assert all(Path(path).is_relative_to(bundle) for path in libraries.values()), libraries


def loaded_libraries(pid: int, names: tuple[str, ...], timeout: float = 30.0) -> dict[str, str]:
    """{name: file} for the libraries a running process has mapped, polled until all of
    them are there (or the process ends)."""
    maps = Path(f"/proc/{pid}/maps")
    found: dict[str, str] = {}

    def all_mapped() -> bool:
        try:
            text = maps.read_text()
        except OSError:  # the process has ended: what was found is all there will be
            return True
        for name in names:
            match = re.search(rf"(/\S*{name}\S*)$", text, re.MULTILINE)
            if match:
                found[name] = match.group(1)
        return len(found) == len(names)

    wait_until(all_mapped, timeout, f"{', '.join(names)} mapped by process {pid}", poll=0.05)
    return found


def test_the_bundle_is_this_version(bundle, tmp_path):
    done = subprocess.run([str(bundle / "livedesk"), "--version"], env=self_test_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"LiveDesk {__version__}"


def test_the_bundle_keeps_what_the_app_needs_within_budget(bundle):
    inner = bundle / "_internal"
    names = {p.relative_to(inner).as_posix() for p in inner.rglob("*")}
    assert {"resources/models.json", "resources/voices.json", "resources/livedesk.png",
            "libportaudio.so.2", "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so"} <= names
    # The interface's own translations ship; Qt's catalogues for every language do not.
    languages = ("fr", "de", "es", "pt", "ja", "hi")
    assert {f"translations/livedesk_{code}.qm" for code in languages} <= names
    left_out = [n for n in names
                if (n.endswith(".qm") and not n.startswith("translations/livedesk_"))
                or "libqgtk3" in n or "Qt6Network" in n
                or n in {"libasound.so.2", "libcairo.so.2", "resources/livedesk.ico"}]
    assert left_out == []
    sizes = load("bundle_size")
    assert sizes.target() in sizes.load_record(), (
        f"no size budget recorded for {sizes.target()}: scripts/refresh-lock records one")
    assert sizes.over_budget(bundle) == ""


def test_every_library_in_the_bundle_finds_what_it_links(bundle):
    """ldd on each shared object: only the libraries left to the host may be missing
    (this machine has no Wayland libraries, for instance)."""
    inner = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{inner}:{inner / 'PySide6/Qt/lib'}")
    host = load("bundle_config").HOST_LIBRARIES
    missing: dict[str, set[str]] = {}
    for path in [bundle / "livedesk", *inner.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        listing = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True,
                                 check=False).stdout
        absent = set(re.findall(r"^\s*(\S+) => not found", listing, re.MULTILINE)) - host
        if absent:
            missing[str(path.relative_to(bundle))] = absent
    assert missing == {}


def test_the_tarball_installs_a_menu_entry_that_starts_the_bundle(dist, tmp_path):
    [tarball] = dist.glob(f"LiveDesk-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "opt", filter="tar")
    folder = tmp_path / "opt" / f"LiveDesk-{__version__}"
    data = tmp_path / "data"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    subprocess.run([str(folder / "install.sh")], env=env, check=True, capture_output=True)

    entry = configparser.ConfigParser(interpolation=None)
    entry.read(data / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    executable = Path(desktop["Exec"].strip('"'))
    assert executable == folder / "livedesk" and os.access(executable, os.X_OK)
    assert desktop["TryExec"] == str(executable)
    assert desktop["Icon"] == APP_ID and desktop["Terminal"] == "false"
    icon = data / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png"
    assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    subprocess.run([str(folder / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not (data / "applications" / f"{APP_ID}.desktop").exists() and not icon.exists()
