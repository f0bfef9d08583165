#!/usr/bin/env bash
# The packaging test that .ci/run calls: builds the app image (and the .deb where dpkg-deb and
# fakeroot exist) from target/lifefx.jar, then runs the image's own launcher with a PATH that holds
# no Java at all: --version must name LifeFX, Java and JavaFX, and a command-line run must print
# the glider's known result. Skips, saying why, where no JDK has jpackage. About two minutes.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
found=""
for c in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -n "$c" ] && [ -x "$c/bin/jpackage" ]; then found=$c; break; fi
done
if [ -z "$found" ]; then
  echo "packaging/check.sh: skipped, no JDK with jpackage here"
  exit 0
fi
[ -f "$here/target/lifefx.jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
"$here/packaging/package.sh" --no-build
launcher="$here/target/dist/LifeFX/bin/LifeFX"
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
fail() { echo "packaging/check.sh: FAILED: $*" >&2; exit 1; }
version=$(env -i PATH="$empty" HOME="$empty" "$launcher" --version 2>/dev/null) || fail "bin/LifeFX --version exited $?"
echo "$version"
grep -q '^LifeFX [0-9]' <<<"$version" || fail "--version does not name LifeFX: $version"
grep -q '^Java 2[5-9]' <<<"$version" || fail "--version does not name Java 25+: $version"
grep -q '^JavaFX [0-9]' <<<"$version" || fail "--version does not name JavaFX: $version"
run=$(env -i PATH="$empty" HOME="$empty" "$launcher" run glider --torus 10x10 --generations 40 2>/dev/null) \
  || fail "bin/LifeFX run exited $?"
[ "$run" = "generation=40 population=5" ] || fail "bin/LifeFX run printed '$run'"
echo "$run"
size=$(du -sm "$here/target/dist/LifeFX" | cut -f1)
[ "$size" -lt 90 ] || fail "the app image is $size MB, over 90"
echo "packaging/check.sh: passed (app image $size MB; launcher run with PATH=$empty, no Java on it)"
