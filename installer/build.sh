#!/usr/bin/env bash
# Builds Ringbook's native installers for the OS this runs on, into target/installer/:
#   Linux: .deb and .rpm (needs dpkg-deb + fakeroot, and rpmbuild + readelf for the .rpm)
#   Windows (Git Bash): .msi (needs the WiX Toolset 3 on PATH)
#   macOS: .dmg (needs Xcode command line tools; RINGBOOK_MAC_SIGN to sign it)
# The installer carries its own trimmed Java runtime (jlink), so users install no Java.
# What each OS needs and what each installer does: installer/README.md.
#
# Start-up speed: the runtime gets the JDK's class-data-sharing archive (jlink --generate-cds-archive).
# On Linux the app's own classes are shared too: a scripted start of the built app under a display
# (yours, or Xvfb) lists the classes a start loads (lib/app/ringbook.classlist), and the package's
# post-install script archives them where the app is installed (lib/app/ringbook.jsa, used through
# -XX:SharedArchiveFile): Java 17 only accepts an archive made at the path it is used from. Without a
# display that step is skipped and the app still starts, only slower. RINGBOOK_SKIP_CDS=1 skips it.
# The .msi and .dmg have no install-time step, so they get the JDK's archive only (installer/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
APP_VERSION=${VERSION%%-*}
OUT=target/installer
INPUT=target/installer-input
RUNTIME=target/installer-runtime
IMAGE_DIR=target/installer-image

mvn -q -B -DskipTests package
rm -rf "$INPUT" "$RUNTIME" "$OUT" "$IMAGE_DIR"
mkdir -p "$INPUT" "$OUT" "$IMAGE_DIR"
cp target/ringbook.jar "$INPUT/"
cp -r target/lib "$INPUT/lib"

# JavaFX and the other libraries travel as jars on the class path; the runtime needs only the JDK
# modules they use. jdk.httpserver serves Twilio webhooks; jdk.crypto.ec and java.net.http reach Twilio.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,\
java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.unsupported,jdk.zipfs,jdk.localedata
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --include-locales=en --generate-cds-archive --output "$RUNTIME"

# A desktop app, not a server (measured in docs/benchmarks.md): a heap that starts small and grows as
# needed up to what fits an office PC beside everything else (a start uses about 60 MB); the serial
# collector (no concurrent GC threads, smaller bookkeeping; a console's pauses stay a few milliseconds);
# and only the quick compiler: the optimising one spent most of a start's CPU compiling, and an
# office's calls never need its peak speed.
JAVA_OPTIONS=(--java-options "-Xms32m" --java-options "-Xmx256m" --java-options "-XX:+UseSerialGC"
              --java-options "-XX:TieredStopAtLevel=1" --java-options "-Dfile.encoding=UTF-8")
COMMON=(--name Ringbook --app-version "$APP_VERSION" --vendor "Ringbook"
        --description "Missed-call recovery console for service businesses")
IMAGE_ARGS=(--input "$INPUT" --main-jar ringbook.jar --main-class com.ringbook.app.Main
            --runtime-image "$RUNTIME" "${JAVA_OPTIONS[@]}")

# Lists the classes a start of the console loads, from a scripted start of the built app image (Linux):
# it opens the console on a small demo business under a display, waits for its window, and quits.
list_classes() {
  local image=$1
  local launcher="$image/bin/Ringbook" cfg="$image/lib/app/Ringbook.cfg" list="$image/lib/app/ringbook.classlist"
  if [ "${RINGBOOK_SKIP_CDS:-}" = 1 ]; then
    echo "RINGBOOK_SKIP_CDS=1: the app's classes are not archived" >&2
    return
  fi
  local xvfb_pid=""
  if [ -z "${DISPLAY:-}" ]; then
    if ! command -v Xvfb >/dev/null 2>&1; then
      echo "No display and no Xvfb: the app's classes are not archived (slower start)" >&2
      return
    fi
    export DISPLAY=:97
    Xvfb :97 -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
  fi
  local data
  data=$(mktemp -d)
  "$launcher" demo --weeks 1 --data-dir "$data/demo" >/dev/null
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" "$launcher" --data-dir "$data/demo" >/dev/null 2>&1 &
  local app=$!
  local shown=""
  for _ in $(seq 300); do
    if command -v xdotool >/dev/null 2>&1; then
      shown=$(xdotool search --onlyvisible --name '^Ringbook' 2>/dev/null | head -n 1 || true)
    elif [ -f "$data/demo/ringbook.door" ]; then
      shown=yes
    fi
    [ -n "$shown" ] && break
    sleep 0.2
  done
  sleep 3
  kill -TERM "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$data"
  if [ -s "$list" ]; then
    # Until the post-install script has made the archive, the JVM starts without it, silently.
    echo "java-options=-XX:SharedArchiveFile=\$APPDIR/ringbook.jsa" >> "$cfg"
    echo "Listed the $(wc -l < "$list") classes a start loads, to archive at install"
  else
    echo "The classes a start loads could not be listed (slower start)" >&2
  fi
}

# What the .rpm requires, as the rpm capabilities of the system libraries the image's native code
# links ("libX11.so.6()(64bit)"), plus GTK 3, which JavaFX loads itself (so no file of ours names it).
# jpackage can turn libraries into package names only on an rpm system; a .rpm built on Debian would
# otherwise declare nothing and install where it cannot start. Capabilities mean the same on every
# rpm distribution, package names do not.
rpm_requires() {
  local image=$1 own
  command -v readelf >/dev/null 2>&1 || return 0
  own=$(find "$image" -name '*.so' -printf '%f\n')
  { find "$image" -name '*.so' -exec readelf -d {} \; 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
    echo libgtk-3.so.0; } | sort -u | grep -v -x -F "$own" | sed 's/$/()(64bit)/' | paste -sd ' ' -
}

case "$(uname -s)" in
  Linux)
    # The menu entry and its icon travel in the app folder (/opt/ringbook/lib/app); Ringbook's own
    # package scripts (installer/linux) install them where desktops look, and never fail the install on
    # a system with no desktop (jpackage's own call xdg-desktop-menu, which does).
    cp installer/linux/ringbook.desktop "$INPUT/ringbook.desktop"
    cp installer/linux/ringbook-setup.sh "$INPUT/ringbook-setup.sh"
    cp assets/ringbook.png "$INPUT/ringbook.png"
    jpackage "${COMMON[@]}" "${IMAGE_ARGS[@]}" --type app-image --icon assets/ringbook.png --dest "$IMAGE_DIR"
    list_classes "$IMAGE_DIR/Ringbook"
    # RINGBOOK_RELEASE: the package's own revision (ringbook_0.1.0-2), for a rebuilt package of one version.
    LINUX=(--app-image "$IMAGE_DIR/Ringbook" --resource-dir installer/linux --linux-package-name ringbook
           --linux-app-release "${RINGBOOK_RELEASE:-1}"
           --linux-app-category office --dest "$OUT")
    jpackage "${COMMON[@]}" "${LINUX[@]}" --type deb --linux-deb-maintainer support@ringbook.app
    if command -v rpmbuild >/dev/null 2>&1; then
      # Same scripts' work as the .deb: installer/linux/ringbook.spec (jpackage's spec template with
      # our scriptlets) is found in the resource dir under the package's name.
      RPM_DEPS=$(rpm_requires "$IMAGE_DIR/Ringbook")
      jpackage "${COMMON[@]}" "${LINUX[@]}" --type rpm ${RPM_DEPS:+--linux-package-deps "$RPM_DEPS"}
    else
      echo "rpmbuild not found: skipping the .rpm (install the 'rpm' package to build it)" >&2
    fi
    ;;
  Darwin)
    # installer/README.md, macOS. Drag-to-Applications .dmg; RINGBOOK_MAC_SIGN names the signing
    # identity's team part ("Example Ltd (AB12CD34EF)" of "Developer ID Application: Example Ltd
    # (AB12CD34EF)", in the login keychain) to sign it; unset, the app is unsigned.
    MAC=(--icon assets/ringbook.icns --mac-package-identifier app.ringbook.console
         --mac-package-name Ringbook --mac-app-category public.app-category.business)
    if [ -n "${RINGBOOK_MAC_SIGN:-}" ]; then
      MAC+=(--mac-sign --mac-signing-key-user-name "$RINGBOOK_MAC_SIGN")
    fi
    jpackage "${COMMON[@]}" "${IMAGE_ARGS[@]}" "${MAC[@]}" --type dmg --dest "$OUT"
    ;;
  MINGW*|MSYS*|CYGWIN*)
    # installer/README.md, Windows (Git Bash, the WiX Toolset 3 on PATH). A per-user install (no
    # administrator: an office PC's user can install and update it) into %LOCALAPPDATA%\Ringbook, with
    # a folder chooser, a Start-menu entry in the Ringbook group and a desktop shortcut.
    # The upgrade code is Ringbook's for ever: Windows Installer recognises a newer .msi by it and
    # replaces the installed version instead of installing a second one beside it. Never change it.
    WIN_UPGRADE_UUID=6f1f3c1e-2a7b-4d52-9a7e-4b8e2f0c9d11
    WIN=(--icon assets/ringbook.ico --win-per-user-install --win-dir-chooser
         --win-menu --win-menu-group Ringbook --win-shortcut --win-upgrade-uuid "$WIN_UPGRADE_UUID")
    jpackage "${COMMON[@]}" "${IMAGE_ARGS[@]}" "${WIN[@]}" --type msi --dest "$OUT"
    ;;
  *)
    echo "Unsupported OS: $(uname -s)" >&2
    exit 1
    ;;
esac
ls -l "$OUT"
