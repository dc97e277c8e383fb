# Shared by scripts/run-app, scripts/run-tests and packaging/build-linux.sh (sourced, not run):
# installs what LiveDesk needs on a fresh Debian machine and creates its virtual environment.
#   LIVEDESK_EXTRAS   the lock to install: "" for the app, "test" or "package"
#   LIVEDESK_PYTHON   the interpreter: a path, or a version such as 3.12 (default: python3)
#
# Installs come from the lock files in requirements/ (exact versions, with hashes), never from
# whatever the index serves that day: a fresh clone gets what the suite was run on.
# scripts/refresh-lock is the one deliberate way to change them.

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

# The interpreter for a version ("3.12"), a command ("python3") or a path. pyenv keeps each
# version's `python3.X` behind its shims unless that version is active, so look there too.
livedesk_find_python() {
    local want=$1 found=""
    if [[ $want =~ ^[0-9]+\.[0-9]+$ ]]; then
        if command -v "python$want" >/dev/null && "python$want" -c "" 2>/dev/null; then
            found=$(command -v "python$want")
        elif command -v pyenv >/dev/null; then
            found=$(ls -d "$(pyenv root)"/versions/"$want".*/bin/"python$want" 2>/dev/null \
                | sort -V | tail -n 1)
        fi
    elif command -v "$want" >/dev/null; then
        found=$(command -v "$want")
    fi
    if [ -z "$found" ]; then
        echo "no Python interpreter for '$want' (supported: 3.11, 3.12, 3.13)" >&2
        return 1
    fi
    echo "$found"
}

# LIVEDESK_VENV: .venv for the default interpreter, .venv-3.X for a chosen one, so that the
# suite can run on several Pythons from one checkout.
livedesk_venv() {
    local py version
    py=$(livedesk_find_python "${LIVEDESK_PYTHON:-python3}") || return 1
    version=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    case $version in
        3.11|3.12|3.13) ;;
        *) echo "LiveDesk supports Python 3.11, 3.12 and 3.13, not $version ($py)" >&2; return 1 ;;
    esac
    LIVEDESK_VENV=$livedesk_root/.venv
    [ -n "${LIVEDESK_PYTHON:-}" ] && LIVEDESK_VENV=$livedesk_root/.venv-$version
    export LIVEDESK_VENV
    # Two runs starting at once (a test run and the app) must not build one venv together.
    local lock_fd status=0
    exec {lock_fd}>"$LIVEDESK_VENV.lock"
    flock "$lock_fd"
    livedesk_venv_fill "$py" "$version" || status=$?
    exec {lock_fd}>&-
    return "$status"
}

# Makes $LIVEDESK_VENV match the lock of LIVEDESK_EXTRAS (called with the venv locked).
livedesk_venv_fill() {
    local py=$1 version=$2
    local extras=${LIVEDESK_EXTRAS:-app}
    local stamp="$LIVEDESK_VENV/.installed" installed="" had=""
    [ -f "$stamp" ] && read -r installed had <"$stamp"
    # The locks nest (app ⊂ package ⊂ test, same versions where they overlap): a venv made
    # from a bigger lock serves a smaller one, as long as that lock has not changed since.
    if [ -n "$installed" ] && [ "$had" = "$(livedesk_lock_digest "$installed")" ]; then
        [ "$(livedesk_lock_rank "$installed")" -ge "$(livedesk_lock_rank "$extras")" ] && return 0
    else
        # A venv made from another lock is made anew, so nothing the lock left out stays.
        rm -rf "$LIVEDESK_VENV"
        echo "creating $LIVEDESK_VENV (Python $version)" >&2
        "$py" -m venv "$LIVEDESK_VENV"
    fi
    echo "installing requirements/$extras.txt into $LIVEDESK_VENV" >&2
    "$LIVEDESK_VENV/bin/python" -m pip install -q --require-hashes --no-deps \
        -r "$livedesk_root/requirements/$extras.txt"
    # The project itself, editable, built by the locked setuptools (not a fresh download).
    "$LIVEDESK_VENV/bin/python" -m pip install -q --no-deps --no-build-isolation -e "$livedesk_root"
    echo "$extras $(livedesk_lock_digest "$extras")" >"$stamp"
}

livedesk_lock_rank() {
    case $1 in app) echo 0 ;; package) echo 1 ;; test) echo 2 ;; *) echo -1 ;; esac
}

# What a lock installs is known by content, not by time stamps (a clone's files are all new).
livedesk_lock_digest() {
    cat "$livedesk_root/requirements/$1.txt" "$livedesk_root/pyproject.toml" | sha256sum | cut -d' ' -f1
}
