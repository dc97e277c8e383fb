#!/usr/bin/env bash
# Builds the Linux bundle and its tarball. The one command:
#
#   packaging/build-linux.sh
#
# → dist/LiveDesk/livedesk                               the bundle (run it, or --self-test)
# → dist/LiveDesk-<version>-linux-<arch>.tar.gz          LiveDesk-<version>/ with the bundle,
#                                                        install.sh (menu entry) and share/
# Environment: LIVEDESK_DIST and LIVEDESK_WORK move dist/ and build/ (the tests build in a
# temporary directory); PYTHON picks the interpreter (default .venv/bin/python).
# Needs PortAudio on the build machine (it is copied into the bundle): Debian/Ubuntu
# libportaudio2, installed here when missing and running as root.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/bootstrap.sh"
py=${PYTHON:-$root/.venv/bin/python}
dist=${LIVEDESK_DIST:-$root/dist}
work=${LIVEDESK_WORK:-$root/build}

if command -v dpkg-query >/dev/null; then
    livedesk_apt libportaudio2 binutils
fi
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
    LIVEDESK_EXTRAS=package livedesk_venv
fi

"$py" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" "$root/packaging/livedesk.spec"
bundle=$dist/LiveDesk
# libpython comes from the Python build with its symbols (~17 MB of them). The spec strips
# nothing: stripping libraries that auditwheel patched breaks them (numpy's OpenBLAS).
strip --strip-unneeded "$bundle"/_internal/libpython3*.so*
"$py" "$root/packaging/bundle_size.py" "$bundle"

version=$("$py" -c "from desktop_app import __version__; print(__version__)")
name=LiveDesk-$version
stage=$work/tarball/$name
rm -rf "$work/tarball"
mkdir -p "$stage/share"
cp -a "$bundle/." "$stage/"
cp "$root/packaging/linux/install.sh" "$stage/"
cp "$root/packaging/linux/dev.livedesk.LiveDesk.desktop" "$root/resources/livedesk.png" \
    "$stage/share/"
tarball=$dist/$name-linux-$(uname -m).tar.gz
tar -C "$work/tarball" -czf "$tarball" "$name"
echo "$tarball: $(du -h "$tarball" | cut -f1)"
