#!/bin/sh
# Puts LiveDesk in this user's application menu (no root needed): a desktop entry that starts
# the bundle in this folder, and its icon. Run it again after moving the folder.
#   ./install.sh              install for this user
#   ./install.sh --uninstall  remove the menu entry and the icon (the folder stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=dev.livedesk.LiveDesk
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/$id.desktop
icon=$data/icons/hicolor/512x512/apps/$id.png

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$icon"
    done_what=removed
else
    mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
    # Desktop entries quote a path with spaces in double quotes (Exec) or not at all (TryExec).
    sed -e "s|^Exec=livedesk\$|Exec=\"$here/livedesk\"|" -e "s|^TryExec=livedesk\$|TryExec=$here/livedesk|" \
        "$here/share/$id.desktop" > "$entry"
    cp "$here/share/livedesk.png" "$icon"
    done_what=installed
fi
# Menus notice the change sooner with these; neither is required.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "LiveDesk menu entry $done_what: $entry"
