#!/usr/bin/env bash
# Builds a self-contained LifeFX application (its own Java runtime included) with the JDK's
# jpackage, into target/dist/LifeFX. Needs a JDK 25+ (found as ./lifefx finds it) and, on Linux,
# nothing else. Usage: packaging/app-image.sh [--type app-image|deb|rpm]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
type=app-image
if [ "${1:-}" = "--type" ] && [ -n "${2:-}" ]; then type=$2; fi

jdk=""
for c in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -x "$c/bin/jpackage" ] && "$c/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then jdk=$c; break; fi
done
[ -n "$jdk" ] || { echo "app-image.sh: no JDK 25+ with jpackage found (set JAVA_HOME)" >&2; exit 1; }

(cd "$here" && mvn -B -q -DskipTests package)
rm -rf "$here/target/dist"
mkdir -p "$here/target/dist/input"
cp "$here/target/lifefx.jar" "$here/target/dist/input/"
"$jdk/bin/jpackage" --type "$type" --name LifeFX --app-version 0.1.0 \
  --input "$here/target/dist/input" --main-jar lifefx.jar --main-class lifefx.Main \
  --icon "$here/assets/icons/lifefx-256.png" \
  --java-options "--enable-native-access=ALL-UNNAMED" \
  --dest "$here/target/dist"
echo "app-image.sh: built $type in target/dist"
