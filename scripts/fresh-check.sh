#!/usr/bin/env bash
# Runs `.ci/run` the way a new CI machine does: a fresh clone of a branch (default main) in a temp
# folder, a new HOME (so no LibreOffice profile, no npm cache, no Chromium profile), new XDG and
# TMP folders, the kernel's page cache dropped where allowed (LibreOffice's first start is cold),
# CI=true and no stdin. Prints each run's summary line and duration.
#
#   scripts/fresh-check.sh [--branch B] [--runs N] [--burn K] [--keep]
#     --runs N   after the first (.ci/run) run, run `npm test` N-1 more times in the same clone
#     --burn K   keep K CPU-burning processes running beside every run (a loaded machine)
#     --keep     keep the temp folder (it holds each run's full log)
set -uo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
branch=main runs=1 burn=0 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --branch) branch="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --burn) burn="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d /tmp/veche-fresh-XXXXXX)"
burners=()
cleanup() {
  for pid in "${burners[@]}"; do kill "$pid" 2>/dev/null; done
  if [ "$keep" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

git clone --quiet --no-local --branch "$branch" "$repo" "$work/main" || exit 1
# CI lays the team folder beside the clone; the repo must not need it, but keep the layout.
[ -d "$repo/../shared" ] && cp -r "$repo/../shared" "$work/shared" 2>/dev/null
mkdir -p "$work/home" "$work/tmp"
sync
(echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null && echo "page cache dropped" || echo "page cache not dropped (not permitted here)"

for _ in $(seq 1 "$burn"); do
  # A bounded burner: it stops by itself after two hours even if this script is killed.
  timeout 7200 sh -c 'while :; do :; done' &
  burners+=($!)
done

status=0
for i in $(seq 1 "$runs"); do
  log="$work/run-$i.log"
  start=$(date +%s)
  if [ "$i" = 1 ]; then cmd=(bash .ci/run); else cmd=(npm test); fi
  (cd "$work/main" && env -i PATH="$PATH" HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_CACHE_HOME="$work/home/.cache" TMPDIR="$work/tmp" CI=true LANG=C.UTF-8 \
    "${cmd[@]}" </dev/null >"$log" 2>&1)
  code=$?
  [ "$code" = 0 ] || status=1
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  skipped=$(grep -E '^[0-9]+ skipped' "$log" | tail -1)
  echo "run $i (${cmd[*]}, $burn burners): ${summary:-no summary} ${skipped:+($skipped)} exit $code in $(( $(date +%s) - start )) s"
  [ "$code" = 0 ] || grep -E '✘|FAIL|failed' "$log" | grep -v '^[0-9]* passed' | head -20
done
exit $status
