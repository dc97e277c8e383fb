#!/usr/bin/env bash
# Builds LiveDesk.app and a disk image, on macOS (CI: .github/workflows/package.yml).
# Written and checked by reading only: the project's machines are Linux, so it has not run.
#
#   packaging/macos/build-dmg.sh
#
# → dist/LiveDesk.app
# → dist/LiveDesk-<version>-macos-<arch>.dmg      the app and a link to /Applications
#
# Environment:
#   PYTHON                       the interpreter with LiveDesk and PyInstaller (default python3)
#   LIVEDESK_DIST, LIVEDESK_WORK  where dist/ and build/ go
#   LIVEDESK_CODESIGN_IDENTITY   "Developer ID Application: …" to sign for distribution;
#                                unset: signed ad hoc (runs on this Mac, Gatekeeper blocks it
#                                elsewhere)
#   LIVEDESK_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile: notarize the
#                                .dmg and staple the ticket (needs the Developer ID identity)
#
# Signing order, and why the app is signed again by hand after PyInstaller:
#   1. every Mach-O file inside Contents (libraries, extension modules, framework binaries),
#      with the hardened runtime and a timestamp, without entitlements;
#   2. each framework folder, once its binary is signed;
#   3. the main executable, WITH the entitlements;
#   4. the .app itself, WITH the entitlements, last.
#   The entitlements (packaging/macos/entitlements.plist: audio input, camera) count only on the
#   final signature of the app and its executable. Any later `codesign --force` or `--deep`
#   without --entitlements replaces that signature and drops them; macOS then gives the mic
#   to the hardened runtime as silence, with no prompt and no error (buzz #50, psychopy
#   #5068). Step 5 reads the entitlements back and stops the
#   build if they are gone.
#   6. the .dmg is signed (it is not code: no entitlements), notarized, and stapled.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
py=${PYTHON:-python3}
dist=${LIVEDESK_DIST:-$root/dist}
work=${LIVEDESK_WORK:-$root/build}
entitlements=$root/packaging/macos/entitlements.plist
identity=${LIVEDESK_CODESIGN_IDENTITY:--}

"$py" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" "$root/packaging/livedesk.spec"
app=$dist/LiveDesk.app
executable=$app/Contents/MacOS/LiveDesk
"$py" "$root/packaging/bundle_size.py" "$app"

if [ "$identity" = "-" ]; then
    timestamp=(--timestamp=none)  # ad hoc signatures cannot be timestamped
else
    timestamp=(--timestamp)
fi
sign() {
    codesign --force "${timestamp[@]}" --options runtime --sign "$identity" "$@"
}

# 1. Mach-O files, deepest paths first, so each container is signed after what it holds.
find "$app/Contents" -type f ! -path "$executable" -print0 \
    | xargs -0 file --no-pad --separator '|' \
    | awk -F'|' '/Mach-O/ {print $1}' \
    | awk '{print length, $0}' | sort -rn | cut -d' ' -f2- \
    | while IFS= read -r binary; do sign "$binary"; done
# 2. Framework folders (Qt's), after their binaries.
find "$app/Contents" -type d -name "*.framework" -print0 \
    | while IFS= read -r -d '' framework; do sign "$framework"; done
# 3 and 4. The executable, then the app: both with the entitlements.
sign --entitlements "$entitlements" "$executable"
sign --entitlements "$entitlements" "$app"

# 5. What macOS will read: a valid signature that still carries the entitlements.
codesign --verify --strict --verbose=2 "$app"
for target in "$app" "$executable"; do
    granted=$(codesign --display --entitlements - --xml "$target" 2>/dev/null)
    for key in com.apple.security.device.audio-input com.apple.security.device.camera; do
        if ! grep -q "$key" <<<"$granted"; then
            echo "$target lost the entitlement $key: the mic or camera would be silent" >&2
            exit 1
        fi
    done
done

# 6. The disk image.
version=$("$py" -c "from desktop_app import __version__; print(__version__)")
dmg=$dist/LiveDesk-$version-macos-$(uname -m).dmg
stage=$work/dmg
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "LiveDesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
if [ "$identity" != "-" ]; then
    codesign --force --timestamp --sign "$identity" "$dmg"
    if [ -n "${LIVEDESK_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$LIVEDESK_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    fi
fi
echo "$dmg: $(du -h "$dmg" | cut -f1)"
