# Shared by scripts/run-app and scripts/run-tests (sourced, not run): installs what LiveDesk
# needs on a fresh Debian machine and creates the virtual environment in .venv.
#   LIVEDESK_EXTRAS   pip extras to install ("" for the app, "test" for the test suite)
#   LIVEDESK_APT      Debian packages to make sure of (installed only when missing and root)

livedesk_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

livedesk_apt() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "LiveDesk needs these Debian packages: ${missing[*]}" >&2
        echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
        return 1
    fi
    echo "installing ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

livedesk_venv() {
    local py=${PYTHON:-python3}
    local stamp="$livedesk_root/.venv/.installed-${LIVEDESK_EXTRAS:-app}"
    if [ ! -x "$livedesk_root/.venv/bin/python" ]; then
        "$py" -m venv "$livedesk_root/.venv"
    fi
    # Reinstall only when pyproject.toml changed since the last install of these extras.
    if [ ! -f "$stamp" ] || [ "$livedesk_root/pyproject.toml" -nt "$stamp" ]; then
        local spec="$livedesk_root"
        [ -n "${LIVEDESK_EXTRAS:-}" ] && spec="$livedesk_root[$LIVEDESK_EXTRAS]"
        "$livedesk_root/.venv/bin/python" -m pip install -q --upgrade pip >/dev/null
        "$livedesk_root/.venv/bin/python" -m pip install -q -e "$spec"
        touch "$stamp"
    fi
}
