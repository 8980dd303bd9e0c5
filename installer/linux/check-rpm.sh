#!/usr/bin/env bash
# Installs a built Ringbook .rpm into a throwaway root, upgrades it in place, removes it, and checks
# what its scriptlets did at each step, so the .rpm can be checked on a machine that is not an rpm
# system (this project's build machine is Debian). Needs root (mounts) and rpm:
#   sudo bash installer/linux/check-rpm.sh target/installer/ringbook-0.1.0-1.x86_64.rpm [NEWER.rpm]
# With a second, newer package (copy the first aside, then RINGBOOK_RELEASE=2 bash installer/build.sh)
# the upgrade is a real one from the first to the second; without, the first is installed again over
# itself (rpm -U --replacepkgs), which runs the scriptlets in an upgrade's order too.
# The root sees the machine's /usr through an overlay (writes land in the throwaway root, never in the
# real /usr), so the scriptlets make the fast-start archive with the bundled java as on a real system.
# Exits non-zero at the first check that fails.
set -euo pipefail
RPM_FILE=$(readlink -f "$1")
NEWER_RPM=$(readlink -f "${2:-$1}")
ROOT=$(mktemp -d /tmp/ringbook-rpmroot.XXXXXX)
OVERLAY=$ROOT.overlay

cleanup() {
  for m in "$ROOT/dev" "$ROOT/proc" "$ROOT/usr"; do
    mountpoint -q "$m" && umount "$m"
  done
  rm -rf "$ROOT" "$OVERLAY"
}
trap cleanup EXIT

mkdir -p "$ROOT"/{usr,etc,tmp,var,opt,proc,dev,root} "$OVERLAY"/{upper,work}
chmod 1777 "$ROOT/tmp"
mount -t overlay overlay -o "lowerdir=/usr,upperdir=$OVERLAY/upper,workdir=$OVERLAY/work" "$ROOT/usr"
mount --bind /proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
for d in bin sbin lib lib64; do
  [ -e "/usr/$d" ] && ln -s "usr/$d" "$ROOT/$d"
done
cp /etc/passwd /etc/group "$ROOT/etc/"

check() { # check DESCRIPTION TEST...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what" >&2; exit 1; fi
}
in_root() { chroot "$ROOT" "$@" >/dev/null; }
is_link_to_launcher() { [ "$(readlink "$ROOT/usr/bin/ringbook" 2>/dev/null)" = /opt/ringbook/bin/Ringbook ]; }

echo "== scriptlets in the package"
rpm -qp --scripts "$RPM_FILE"
rpm --initdb --root "$ROOT"

echo "== install (rpm -i --nodeps: the root has no rpm database of what it holds)"
rpm -i --nodeps --root "$ROOT" "$RPM_FILE"
check "the program is in /opt/ringbook" test -x "$ROOT/opt/ringbook/bin/Ringbook"
check "\`ringbook\` on the PATH points to the launcher" is_link_to_launcher
check "the menu entry is in /usr/share/applications" test -f "$ROOT/usr/share/applications/ringbook.desktop"
check "the fast-start archive was made at the installed path" test -s "$ROOT/opt/ringbook/lib/app/ringbook.jsa"
# -Xshare:on: the JVM refuses to start unless it can use the archive (made for this class path).
check "the installed launcher starts with the archive" in_root env JAVA_TOOL_OPTIONS=-Xshare:on /usr/bin/ringbook --help
# A user's data, as a start of the console would leave it.
mkdir -p "$ROOT/root/.local/share/ringbook"
echo "the user's database" > "$ROOT/root/.local/share/ringbook/ringbook.db"

echo "== upgrade to $(basename "$NEWER_RPM") (the new post-install, then the old pre-uninstall with \$1 = 1)"
rpm -U --replacepkgs --nodeps --root "$ROOT" "$NEWER_RPM"
check "the newer version is the one installed" test "$(rpm -q --root "$ROOT" ringbook)" = "$(rpm -qp "$NEWER_RPM" 2>/dev/null)"
check "after the upgrade \`ringbook\` is still on the PATH" is_link_to_launcher
check "after the upgrade the menu entry is still there" test -f "$ROOT/usr/share/applications/ringbook.desktop"
check "after the upgrade the fast-start archive is there" test -s "$ROOT/opt/ringbook/lib/app/ringbook.jsa"
check "after the upgrade the launcher starts with the archive" in_root env JAVA_TOOL_OPTIONS=-Xshare:on /usr/bin/ringbook --help

echo "== remove (rpm -e)"
rpm -e --root "$ROOT" ringbook
check "the package is gone from the database" bash -c "! rpm -q --root '$ROOT' ringbook >/dev/null"
check "nothing is left in /opt/ringbook" test ! -e "$ROOT/opt/ringbook"
check "\`ringbook\` is gone from the PATH" test ! -e "$ROOT/usr/bin/ringbook" -a ! -L "$ROOT/usr/bin/ringbook"
check "the menu entry is gone" test ! -e "$ROOT/usr/share/applications/ringbook.desktop"
check "the user's data is untouched" grep -q "the user's database" "$ROOT/root/.local/share/ringbook/ringbook.db"
echo "The .rpm installs, upgrades and removes cleanly."
