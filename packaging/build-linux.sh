#!/usr/bin/env bash
# Builds the Linux bundle and its tarball. The one command:
#
#   packaging/build-linux.sh
#
# → dist/LiveDesk/livedesk                               the bundle (run it, or --self-test)
# → dist/LiveDesk-<version>-linux-<arch>.tar.gz          LiveDesk-<version>/ with the bundle,
#                                                        install.sh (menu entry) and share/
# Environment: LIVEDESK_DIST and LIVEDESK_WORK move dist/ and build/ (the tests build in a
# temporary directory). PYTHON picks an interpreter that already has LiveDesk and PyInstaller
# (the test suite passes its own); without it the build makes .venv-3.13 from the package
# lock (LIVEDESK_PYTHON picks another version): releases are built with the newest Python
# the locked dependencies support.
# Needs PortAudio on the build machine (it is copied into the bundle): Debian/Ubuntu
# libportaudio2, installed here when missing and running as root.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/bootstrap.sh"
py=${PYTHON:-}
dist=${LIVEDESK_DIST:-$root/dist}
work=${LIVEDESK_WORK:-$root/build}

if command -v dpkg-query >/dev/null; then
    livedesk_apt libportaudio2 binutils
fi
if [ -z "$py" ]; then
    LIVEDESK_PYTHON=${LIVEDESK_PYTHON:-3.13} LIVEDESK_EXTRAS=package livedesk_venv
    py=$LIVEDESK_VENV/bin/python
fi

"$py" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" "$root/packaging/livedesk.spec"
bundle=$dist/LiveDesk
# libpython comes from the Python build with its symbols (~17 MB of them). The spec strips
# nothing: stripping libraries that auditwheel patched breaks them (numpy's OpenBLAS).
strip --strip-unneeded "$bundle"/_internal/libpython3*.so*
# The size budget: LIVEDESK_RECORD_BUNDLE_BUDGET=1 (set by scripts/refresh-lock) records this
# build as the budget for the lock; otherwise the build fails when it outgrows the record.
"$py" "$root/packaging/bundle_size.py" ${LIVEDESK_RECORD_BUNDLE_BUDGET:+--record} "$bundle"

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
