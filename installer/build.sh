#!/usr/bin/env bash
# Builds Ringbook's native installers for the OS this runs on, into target/installer/:
#   Linux: .deb and .rpm (needs dpkg-deb + fakeroot, and rpmbuild for the .rpm)
#   Windows (Git Bash): .msi (needs the WiX Toolset 3 on PATH)
#   macOS: .dmg (needs Xcode command line tools)
# The installer carries its own trimmed Java runtime (jlink), so users install no Java.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
APP_VERSION=${VERSION%%-*}
OUT=target/installer
INPUT=target/installer-input
RUNTIME=target/installer-runtime

mvn -q -B -DskipTests package
rm -rf "$INPUT" "$RUNTIME" "$OUT"
mkdir -p "$INPUT" "$OUT"
cp target/ringbook.jar "$INPUT/"
cp -r target/lib "$INPUT/lib"

# JavaFX and the other libraries travel as jars on the class path; the runtime needs only the JDK
# modules they use. jdk.httpserver serves Twilio webhooks; jdk.crypto.ec and java.net.http reach Twilio.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,\
java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.unsupported,jdk.zipfs,jdk.localedata
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --include-locales=en --output "$RUNTIME"

COMMON=(--name Ringbook --app-version "$APP_VERSION" --vendor "Ringbook"
        --description "Missed-call recovery console for service businesses"
        --input "$INPUT" --main-jar ringbook.jar --main-class com.ringbook.app.Main
        --runtime-image "$RUNTIME" --dest "$OUT"
        --java-options "-Xmx512m" --java-options "-Dfile.encoding=UTF-8")

case "$(uname -s)" in
  Linux)
    LINUX=(--icon assets/ringbook.png --linux-shortcut --linux-menu-group Office
           --linux-app-category office)
    jpackage "${COMMON[@]}" "${LINUX[@]}" --type deb --linux-package-name ringbook --linux-deb-maintainer support@ringbook.app
    if command -v rpmbuild >/dev/null 2>&1; then
      jpackage "${COMMON[@]}" "${LINUX[@]}" --type rpm --linux-package-name ringbook
    else
      echo "rpmbuild not found: skipping the .rpm (install the 'rpm' package to build it)" >&2
    fi
    ;;
  Darwin)
    jpackage "${COMMON[@]}" --type dmg --icon assets/ringbook.icns --mac-package-identifier app.ringbook.console
    ;;
  MINGW*|MSYS*|CYGWIN*)
    jpackage "${COMMON[@]}" --type msi --icon assets/ringbook.ico --win-menu --win-menu-group Ringbook \
             --win-shortcut --win-dir-chooser --win-per-user-install \
             --win-upgrade-uuid 6f1f3c1e-2a7b-4d52-9a7e-4b8e2f0c9d11
    ;;
  *)
    echo "Unsupported OS: $(uname -s)" >&2
    exit 1
    ;;
esac
ls -l "$OUT"
