#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 60), then prints executions and
# crashes per target. Usage: Tests/Fuzz/run.sh [seconds] [target...]
# Working corpora go to Tests/Fuzz/.corpus/<target>/ (seeded from Seeds/<target>/), crash, timeout
# and out-of-memory inputs to Tests/Fuzz/.artifacts/<target>/. Neither is committed: copy a crash input
# to Tests/Fixtures/fuzz-regressions/ once fixed (FuzzRegressionTests runs every file there).
# FUZZ_EXTRA_SEEDS: more seed folders (colon-separated), e.g. "$RESGRAPH_CORPUS/bulk/text" for long runs.
# FUZZ_TIMEOUT: seconds one input may take before it counts as a hang (default 10; CI uses more).
set -u
cd "$(dirname "$0")"
SECONDS_PER_TARGET=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(FuzzSegment FuzzReader FuzzPipeline)
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
# SwiftPM sometimes answers "unknown build description" when a scratch folder is reused: start the plan afresh.
rm -f "$SCRATCH/debug.yaml" "$SCRATCH/build.db"
FLAGS=(-c debug --scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)

for t in "${TARGETS[@]}"; do
    echo "== building $t"
    swift build "${FLAGS[@]}" --product "$t" 2>&1 | grep -Ev "Cannot export local symbol|unhandled|README.md" | tail -3
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "build of $t failed"; exit 2; }
done
BIN=$(swift build "${FLAGS[@]}" --show-bin-path)

declare -A RESULT
status=0
for t in "${TARGETS[@]}"; do
    mkdir -p ".corpus/$t" ".artifacts/$t"
    log=".artifacts/$t/fuzz.log"
    echo "== fuzzing $t for ${SECONDS_PER_TARGET} s (log: Tests/Fuzz/$log)"
    # Leaks are not findings here: the pipeline keeps process-wide caches (vocabulary, matchers).
    extra=()
    IFS=: read -r -a extra <<<"${FUZZ_EXTRA_SEEDS:-}"
    ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-} "$BIN/$t" ".corpus/$t" "Seeds/$t" "${extra[@]}" \
        -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 \
        -artifact_prefix=".artifacts/$t/" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
    crashes=$(find ".artifacts/$t" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
    RESULT[$t]="executions=${execs:-?} artifacts(crash/timeout/oom)=$crashes exit=$rc"
    if [ $rc -ne 0 ] || [ "$crashes" -ne 0 ]; then status=1; tail -30 "$log"; fi
done
echo
echo "== summary (${SECONDS_PER_TARGET} s per target)"
for t in "${TARGETS[@]}"; do printf '%-14s %s\n' "$t" "${RESULT[$t]}"; done
exit $status
