#!/usr/bin/env bash
# CLI start (docs/BENCHMARKS.md, issue 16): `tools/cli-start.sh N JAR|cds:JAR...` runs each jar's `ingest` of one
# small report into a new SQLite store, the jars in turn, N rounds; prints each one's median wall and CPU
# (user+sys) milliseconds of the whole process (JVM start to exit: an upper bound of the time to the first
# document). cds:JAR first makes a class data sharing archive of the jar as ./vigil does, then runs with it.
# REPORT=FILE picks the report.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n=$1; shift
report="${REPORT:-$here/corpus/santiago-2019/000_andes_daily.txt}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A wall cpu flags
for arg in "$@"; do
  flags[$arg]=""
  if [ "${arg#cds:}" != "$arg" ]; then
    jar="$(cd "$(dirname "${arg#cds:}")" && pwd)/$(basename "${arg#cds:}")"
    jsa="$work/$(echo "$arg" | md5sum | cut -c1-8).jsa"
    java -Xmx512m -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" ingest --db "$work/t.db" \
      "$report" >/dev/null 2>&1
    rm -f "$work/t.db"
    flags[$arg]="-XX:SharedArchiveFile=$jsa -Xlog:cds=off,cds+dynamic=off"
  fi
done
for _ in $(seq "$n"); do
  for arg in "$@"; do
    jar="${arg#cds:}"
    [ "$jar" = "$arg" ] || jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
    d="$(mktemp -d)"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$d/time" java -Xmx512m -XX:TieredStopAtLevel=1 ${flags[$arg]} -jar "$jar" ingest \
      --db "$d/v.db" "$report" > "$d/out" 2>&1 || { cat "$d/out" >&2; exit 1; }
    read -r e u s < "$d/time"
    wall[$arg]="${wall[$arg]:-} $(echo "$e * 1000 / 1" | bc)"
    cpu[$arg]="${cpu[$arg]:-} $(echo "($u + $s) * 1000 / 1" | bc)"
    rm -rf "$d"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
for arg in "$@"; do
  echo "$arg: wall median $(echo "${wall[$arg]}" | median) ms (runs:${wall[$arg]}), CPU median $(echo "${cpu[$arg]}" | median) ms"
done
