#!/bin/sh
# Ringbook's place in the system outside its own folder, for the .deb's and the .rpm's own package
# scripts (one copy of the logic, so both packages behave alike). It travels in the app folder
# (/opt/ringbook/lib/app/ringbook-setup.sh):
#   ringbook-setup.sh install         after the files are in place (first install and every upgrade)
#   ringbook-setup.sh forget-archive  before an upgrade replaces the files (the archive is made again)
#   ringbook-setup.sh remove          before the program is removed for good
# Nothing here may fail a package operation: the menu entry, the command and the fast start are
# conveniences, the program itself is in the app folder. The user's data lives in their home folder
# (~/.local/share/ringbook) and is never touched, so it survives upgrades and removal.

APP_DIR=$(cd "$(dirname "$0")/../.." && pwd)
ENTRY=/usr/share/applications/ringbook.desktop
ARCHIVE=$APP_DIR/lib/app/ringbook.jsa
CLASSLIST=$APP_DIR/lib/app/ringbook.classlist

# Class-data sharing for the app's classes, made here because Java 17 only uses an archive at the
# path it was made for. A few seconds; without it Ringbook starts, only slower.
# The dump runs the bundled java with the launcher's own class path and options, read from its .cfg
# (the archive is only used with exactly that class path), not the launcher itself: the launcher asks
# the package manager which package owns it (rpm -qf), and during an rpm upgrade both packages do, so
# it reads "ringbookringbook", fails, and the upgraded install was left without its archive.
prepare_fast_start() {
    [ -f "$CLASSLIST" ] || return 0
    echo "Preparing Ringbook's fast start..."
    rm -f "$ARCHIVE"
    cfg=$APP_DIR/lib/app/Ringbook.cfg
    class_path=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$APP_DIR/lib/app|" | paste -sd : -)
    # One option a line in the .cfg, none with a space; -XX:SharedArchiveFile among them names the archive.
    options=$(sed -n 's/^java-options=//p' "$cfg" | sed "s|\\\$APPDIR|$APP_DIR/lib/app|")
    # shellcheck disable=SC2086 # the options are meant to split into words
    "$APP_DIR/lib/runtime/bin/java" $options -Xshare:dump -XX:SharedClassListFile="$CLASSLIST" \
        -cp "$class_path" >/dev/null 2>&1 || rm -f "$ARCHIVE"
}

# Tell a desktop that is present; none of these tools exist on a bare system, and that is fine.
refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || true
    fi
    if command -v xdg-desktop-menu >/dev/null 2>&1; then
        xdg-desktop-menu forceupdate >/dev/null 2>&1 || true
    fi
}

case "$1" in
    install)
        prepare_fast_start
        # `ringbook` on the PATH, for a terminal and for the headless service; a file of someone
        # else's of that name is left alone.
        if [ ! -e /usr/bin/ringbook ] || [ -L /usr/bin/ringbook ]; then
            ln -sf "$APP_DIR/bin/Ringbook" /usr/bin/ringbook 2>/dev/null || true
        fi
        # The menu entry, written where every desktop looks; the folder is made if there is none
        # yet, so a desktop installed later finds Ringbook too.
        if mkdir -p /usr/share/applications 2>/dev/null; then
            if cp "$APP_DIR/lib/app/ringbook.desktop" "$ENTRY" 2>/dev/null; then
                chmod 644 "$ENTRY" || true
            fi
        fi
        refresh_menus
        ;;
    forget-archive)
        # Made at install, so the package manager does not know it; the next version makes its own.
        rm -f "$ARCHIVE" || true
        ;;
    remove)
        rm -f "$ARCHIVE" || true
        if [ -L /usr/bin/ringbook ] && [ "$(readlink /usr/bin/ringbook)" = "$APP_DIR/bin/Ringbook" ]; then
            rm -f /usr/bin/ringbook || true
        fi
        rm -f "$ENTRY" || true
        refresh_menus
        ;;
    *)
        echo "usage: ringbook-setup.sh install|forget-archive|remove" >&2
        ;;
esac
exit 0
