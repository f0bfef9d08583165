#!/usr/bin/env bash
# Builds LifeFX for people who do not run Maven, into target/dist:
#   target/dist/LifeFX/                    an app image: launcher bin/LifeFX, the jar, and a Java
#                                          runtime trimmed by jlink to the modules LifeFX uses
#   target/dist/lifefx_<version>_amd64.deb installs the image to /opt/lifefx with a menu entry and
#                                          icon (dpkg -i; dpkg -r lifefx removes it)
# Needs a JDK 25+ with jlink and jpackage (found as ./lifefx finds one), and for the .deb dpkg-deb
# and fakeroot (Debian/Ubuntu). Usage:
#   packaging/package.sh [--no-build] [--no-deb]
# --no-build uses target/lifefx.jar as it is (mvn -Ppackage package runs this script that way).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=1 deb=1
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --no-deb) deb=0 ;;
    *) echo "package.sh: unknown argument '$a' (use --no-build, --no-deb)" >&2; exit 2 ;;
  esac
done

jdk=""
for c in "${LIFEFX_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$c" ] && [ -x "$c/bin/jpackage" ] && [ -x "$c/bin/jlink" ] || continue
  if "$c/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then jdk=$c; break; fi
done
[ -n "$jdk" ] || { echo "package.sh: no JDK 25+ with jlink and jpackage found (set JAVA_HOME)" >&2; exit 1; }

if [ "$build" = 1 ]; then
  (cd "$here" && mvn -B -q -DskipTests package)
fi
jar="$here/target/lifefx.jar"
[ -f "$jar" ] || { echo "package.sh: $jar is missing; run without --no-build" >&2; exit 1; }
# jpackage wants a version of numbers only: 0.1.0-SNAPSHOT becomes 0.1.0.
version=$(unzip -p "$jar" lifefx/build.properties | sed -n 's/^version=\([0-9.]*\).*/\1/p')
[ -n "$version" ] || { echo "package.sh: no version in the jar's lifefx/build.properties" >&2; exit 1; }

dist="$here/target/dist"
rm -rf "$dist"
mkdir -p "$dist/input"
cp "$jar" "$dist/input/"

# The runtime: what jdeps finds the jar needs, plus what it cannot see from the bytecode: the
# Vector API (packed's fast kernel, named at start-up), Flight Recorder and the management beans.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 25 "$jar")
modules="$modules,jdk.incubator.vector,jdk.jfr,jdk.management,jdk.unsupported"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress zip-9 --output "$dist/runtime"

"$jdk/bin/jpackage" --type app-image --name LifeFX --app-version "$version" \
  --vendor "LifeFX" --description "Conway's Game of Life with interchangeable concurrency strategies" \
  --input "$dist/input" --main-jar lifefx.jar --main-class lifefx.Main \
  --runtime-image "$dist/runtime" --icon "$here/assets/icons/lifefx-256.png" \
  --java-options "--add-modules=jdk.incubator.vector" \
  --java-options "--enable-native-access=ALL-UNNAMED" \
  --dest "$dist"
rm -rf "$dist/input" "$dist/runtime"
echo "package.sh: app image target/dist/LifeFX ($(du -sh "$dist/LifeFX" | cut -f1))"

if [ "$deb" = 1 ]; then
  if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
    echo "package.sh: no dpkg-deb or fakeroot here, so no .deb (the app image is built)" >&2
    exit 0
  fi
  "$jdk/bin/jpackage" --type deb --app-image "$dist/LifeFX" --name LifeFX --app-version "$version" \
    --vendor "LifeFX" --description "Conway's Game of Life with interchangeable concurrency strategies" \
    --linux-package-name lifefx --linux-deb-maintainer "lifefx@localhost" \
    --linux-menu-group "Education;Science;" --linux-app-category science --linux-shortcut \
    --icon "$here/assets/icons/lifefx-256.png" --resource-dir "$here/packaging/linux" \
    --install-dir /opt --dest "$dist"
  built=$(ls "$dist"/lifefx_*.deb | head -n 1)
  target="$dist/lifefx_${version}_amd64.deb"
  [ "$built" = "$target" ] || mv "$built" "$target"
  echo "package.sh: package target/dist/$(basename "$target") ($(du -h "$target" | cut -f1))"
fi
