#!/usr/bin/env bash
# A longer fuzz run: each cargo-fuzz target in fuzz/ for SECONDS, one after the other.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]      # default: 60 s each; targets normalize jsonl idempotent
#
# Installs cargo-fuzz if it is missing (`cargo install cargo-fuzz`), seeds fuzz/corpus/ from the
# test data (fuzz/seed.sh), builds every target once, optimized with debug assertions and the
# address sanitizer (`cargo fuzz build -O -a`), and runs the built binaries (so sources edited
# during the run change nothing) with `-fork=1 -ignore_crashes=1`: one failure does not end the
# run. Every crash (a panic, a report-invariant or idempotence assertion), timeout or OOM is kept
# in fuzz/artifacts/<target>/, its message is written to fuzz/artifacts/<target>.crashes, and
# each crash is minimized (libFuzzer's -minimize_crash, as cargo fuzz tmin does) into
# minimized-from-<name>. The corpus grows in fuzz/corpus/<target>/, so a later run starts where
# this one stopped.
#
# Environment: FUZZ_MAX_LEN (default 8192), FUZZ_TIMEOUT (seconds per input, default 20),
# FUZZ_RSS_MB (default 4096), FUZZ_TMIN_SECONDS (default 60; 0 skips minimizing).
# Logs: fuzz/artifacts/<target>.log. Exit status: 0 if no target found anything, 1 if one did,
# 2 if a target could not be built or run.
#
# No nightly toolchain is needed: RUSTC_BOOTSTRAP=1 lets stable rustc take cargo-fuzz's -Z flags.
# Triage what is found as fuzz/README.md describes (regressions go to fuzz/regressions/).
set -euo pipefail

SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(normalize jsonl idempotent)
case $SECONDS_EACH in
    '' | *[!0-9]*) echo "usage: tools/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FUZZ=$ROOT/fuzz
export RUSTC_BOOTSTRAP=1
# What cargo fuzz run sets for the address sanitizer.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_odr_violation=0
MAX_LEN=${FUZZ_MAX_LEN:-8192}
TIMEOUT=${FUZZ_TIMEOUT:-20}
RSS_MB=${FUZZ_RSS_MB:-4096}
TMIN_SECONDS=${FUZZ_TMIN_SECONDS:-60}

if ! cargo fuzz --version > /dev/null 2>&1; then
    echo "tools/fuzz.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz
fi

"$FUZZ/seed.sh"
cd "$FUZZ"
echo "tools/fuzz.sh: building ${TARGETS[*]} (-O -a)" >&2
cargo fuzz build -O -a || exit 2
BIN=$FUZZ/target/$(rustc -vV | sed -n 's/^host: //p')/release

found=0
summary=()
for target in "${TARGETS[@]}"; do
    [ -x "$BIN/$target" ] || { echo "tools/fuzz.sh: no target $target in fuzz/" >&2; exit 2; }
    artifacts=$FUZZ/artifacts/$target
    mkdir -p "$artifacts" "$FUZZ/corpus/$target"
    log=$FUZZ/artifacts/$target.log
    before=$(ls -1 "$artifacts" | sort)
    echo "tools/fuzz.sh: $target for ${SECONDS_EACH} s (log: ${log#"$ROOT"/})" >&2
    start=$(date +%s)
    # libFuzzer exits non-zero when it found something even with -ignore_crashes; judged below.
    "$BIN/$target" "$FUZZ/corpus/$target" \
        -max_total_time="$SECONDS_EACH" -max_len="$MAX_LEN" -timeout="$TIMEOUT" \
        -rss_limit_mb="$RSS_MB" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$artifacts/" > "$log" 2>&1 || true
    elapsed=$(($(date +%s) - start))
    # The fork-mode status line: "#EXECS: cov: C ft: F corp: N exec/s E oom/timeout/crash: a/b/c ..."
    last=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -n 1 || true)
    if [ -z "$last" ]; then
        echo "tools/fuzz.sh: $target did not run; end of its log:" >&2
        tail -n 20 "$log" >&2
        exit 2
    fi
    field() { sed -E "s|$1|\\1|" <<< "$last"; }
    execs=$(field '^#([0-9]+):.*')
    cov=$(field '.* cov: ([0-9]+).*')
    ft=$(field '.* ft: ([0-9]+).*')
    corp=$(field '.* corp: ([0-9]+).*')
    failures=$(field '.*oom/timeout/crash: ([0-9]+/[0-9]+/[0-9]+).*')
    new=$(comm -13 <(echo "$before") <(ls -1 "$artifacts" | sort) | grep -E '^(crash|timeout|oom|slow-unit|leak)-' || true)
    if [ -n "$new" ]; then
        found=1
        while read -r file; do
            {
                echo "== $target/$file"
                # Replaying one input prints the panic (or sanitizer report) that killed it.
                RUST_BACKTRACE=0 "$BIN/$target" "$artifacts/$file" 2>&1 \
                    | grep -v -E '^(INFO|MERGE|Running|Executed|\*\*\*|$)' | head -n 40 || true
            } >> "$FUZZ/artifacts/$target.crashes"
            case $file in crash-* | leak-*) ;; *) continue ;; esac
            [ "$TMIN_SECONDS" -gt 0 ] || continue
            echo "tools/fuzz.sh: minimizing $target/$file" >&2
            "$BIN/$target" "$artifacts/$file" -minimize_crash=1 -max_total_time="$TMIN_SECONDS" \
                -exact_artifact_path="$artifacts/minimized-from-$file" >> "$log.tmin" 2>&1 || true
        done <<< "$new"
    fi
    summary+=("$(printf '%-11s %5s s  %9s runs  cov %5s  ft %6s  corpus %5s  oom/timeout/crash %s  new %s' \
        "$target" "$elapsed" "$execs" "$cov" "$ft" "$corp" "$failures" "$(grep -c . <<< "$new" || true)")")
done

echo
printf '%s\n' "${summary[@]}"
if [ "$found" = 1 ]; then
    echo
    echo "Found: fuzz/artifacts/<target>/ (minimized-from-*: minimized), messages in fuzz/artifacts/<target>.crashes"
    echo "Replay one: $BIN/TARGET fuzz/artifacts/TARGET/FILE"
fi
exit "$found"
