#!/usr/bin/env bash
# End-to-end benchmark of the mtnorm CLI against wc -w and the Python peers (ftfy, sacremoses).
# See BENCHMARKS.md for what each row means.
#
#   tools/bench.sh [--mb N] [--scale "1 10 100"] [--reps N] [--startup-runs N] [--out DIR]
#                  [--hostile-mb N] [--no-peers] [--no-build] [--keep]
#
#   --mb N            size of the main JSONL corpus in MiB (default 64)
#   --scale LIST      corpus sizes in MiB for the scaling rows (default "1 10 100"; "" for none)
#   --reps N          runs per mtnorm / wc measurement, the median is reported (default 3)
#   --startup-runs N  runs of mtnorm on a 1 KB document (default 20)
#   --hostile-mb N    size of the one-line, no-whitespace document (default 50; 0 for none)
#   --out DIR         where results.tsv, table.md and the run logs go (default: a new temp dir)
#   --no-peers        skip ftfy and sacremoses (about 50 s together on 64 MB)
#   --no-build        use the existing target/release/mtnorm
#   --keep            keep the generated corpora and outputs in DIR
#
# Needs: cargo, python3, ../shared/bench/make_corpus.py (the shared/ folder beside the repo),
# /usr/bin/time (Debian package `time`; installed with apt-get if missing), and for the peers
# `pip install ftfy sacremoses` (installed if missing). Prints the Markdown table at the end.
set -euo pipefail

MB=64
SCALE="1 10 100"
REPS=3
STARTUP_RUNS=20
HOSTILE_MB=50
OUT=""
PEERS=1
BUILD=1
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) MB=$2; shift 2 ;;
    --scale) SCALE=$2; shift 2 ;;
    --reps) REPS=$2; shift 2 ;;
    --startup-runs) STARTUP_RUNS=$2; shift 2 ;;
    --hostile-mb) HOSTILE_MB=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --no-peers) PEERS=0; shift ;;
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$ROOT/tools"
MAKE_CORPUS="$ROOT/../shared/bench/make_corpus.py"
BIN="$ROOT/target/release/mtnorm"
[ -f "$MAKE_CORPUS" ] || { echo "bench.sh: $MAKE_CORPUS not found (shared/ must sit beside the repo)" >&2; exit 1; }
OUT=${OUT:-$(mktemp -d /tmp/mtnorm-bench.XXXXXX)}
mkdir -p "$OUT"
WORK="$OUT/work"
mkdir -p "$WORK"
RES="$OUT/results.tsv"
: > "$RES"
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

if [ ! -x /usr/bin/time ]; then
  log "installing the Debian package time"
  (apt-get update -qq && apt-get install -y -qq time) >&2
fi
if [ "$PEERS" = 1 ] && ! python3 -c 'import ftfy, sacremoses' 2>/dev/null; then
  log "installing ftfy and sacremoses"
  python3 -m pip install -q ftfy sacremoses >&2
fi

if [ "$BUILD" = 1 ]; then
  log "cargo build --release"
  (cd "$ROOT" && cargo build --release --bin mtnorm) >&2
fi
[ -x "$BIN" ] || { echo "bench.sh: $BIN not built" >&2; exit 1; }

# measure LABEL INPUT_NAME INPUT_FILE RUNS KIND STDOUT_FILE CMD...
# Runs CMD RUNS times with INPUT_FILE on standard input (CMD may also name it), records the
# median/min/max wall time (date +%s%N around /usr/bin/time) and the largest peak RSS.
measure() {
  local label=$1 name=$2 input=$3 runs=$4 kind=$5 stdout=$6; shift 6
  local bytes times=() rss=0 r i s e
  bytes=$(stat -c %s "$input")
  for i in $(seq "$runs"); do
    s=$(date +%s%N)
    /usr/bin/time -v -o "$WORK/time.txt" "$@" < "$input" > "$stdout"
    e=$(date +%s%N)
    times+=("$(( e - s ))")
    r=$(awk -F': ' '/Maximum resident/{print $2}' "$WORK/time.txt")
    [ "$r" -gt "$rss" ] && rss=$r
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v n="$name" -v b="$bytes" -v rss="$rss" -v k="$kind" '
    {t[NR]=$1/1e9} END{printf "%s\t%s\t%s\t%.6f\t%.6f\t%.6f\t%d\t%s\t%s\n", l, n, b, t[int((NR+1)/2)], t[1], t[NR], NR, rss, k}' >> "$RES"
  tail -n 1 "$RES" | awk -F'\t' '{printf "[bench] %-34s %-16s median %.3f s  peak RSS %d KB\n", $1, $2, $4, $8}' >&2
}

# peer NAME INPUT_NAME CORPUS: one run of a Python peer; time = the peer's own processing time.
peer() {
  local name=$1 iname=$2 corpus=$3 line rss
  line=$(/usr/bin/time -v -o "$WORK/time.txt" python3 "$TOOLS/bench_table.py" peer "$name" "$corpus")
  rss=$(awk -F': ' '/Maximum resident/{print $2}' "$WORK/time.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t1\t%s\tthroughput\n' "$name (Python, 1 process)" "$iname" \
    "$(cut -f1 <<<"$line")" "$(cut -f2 <<<"$line")" "$(cut -f2 <<<"$line")" "$(cut -f2 <<<"$line")" "$rss" >> "$RES"
  log "$name on $iname: $(cut -f2 <<<"$line") s for $(cut -f1 <<<"$line") text bytes, peak RSS $rss KB"
}

# throughput NAME CORPUS [J...]: wc -w and mtnorm fix --jsonl at each -j; outputs compared.
throughput() {
  local name=$1 corpus=$2; shift 2
  local lines first="" j tag=${name// /_}
  cat "$corpus" > /dev/null  # warm the page cache
  measure "wc -w" "$name" "$corpus" "$REPS" throughput /dev/null wc -w
  lines=$(wc -l < "$corpus")
  for j in "$@"; do
    measure "mtnorm fix --jsonl -j $j" "$name" "$corpus" "$REPS" throughput "$WORK/out-$tag-j$j.jsonl" \
      "$BIN" fix --jsonl -j "$j"
    [ "$(wc -l < "$WORK/out-$tag-j$j.jsonl")" = "$lines" ] || { echo "bench.sh: -j $j output has $(wc -l < "$WORK/out-$tag-j$j.jsonl") lines, input $lines" >&2; exit 1; }
    if [ -z "$first" ]; then
      first="$WORK/out-$tag-j$j.jsonl"
    elif ! cmp -s "$first" "$WORK/out-$tag-j$j.jsonl"; then
      echo "bench.sh: mtnorm output differs between $first and -j $j" >&2; exit 1
    fi
  done
  if [ $# -gt 1 ]; then
    log "outputs on $name identical across -j $*"
  fi
  if [ "$KEEP" = 0 ]; then rm -f "$WORK"/out-"$tag"-j*.jsonl; fi
}

log "results in $OUT"
CORPUS="$WORK/corpus${MB}.jsonl"
log "make_corpus.py --mb $MB --jsonl"
python3 "$MAKE_CORPUS" --mb "$MB" --jsonl --out "$CORPUS"
throughput "corpus ${MB} MiB" "$CORPUS" 1 2
if [ "$PEERS" = 1 ]; then
  peer ftfy "corpus ${MB} MiB" "$CORPUS"
  peer sacremoses "corpus ${MB} MiB" "$CORPUS"
fi

for s in $SCALE; do
  C="$WORK/scale${s}.jsonl"
  log "make_corpus.py --mb $s --jsonl"
  python3 "$MAKE_CORPUS" --mb "$s" --jsonl --out "$C"
  throughput "scale ${s} MiB" "$C" 1
  [ "$KEEP" = 1 ] || rm -f "$C"
done

# Hostile: one 50 MB line with no whitespace (plain text, not JSONL), the big brother of the
# 5 MB case in tests/hostile.rs.
if [ "$HOSTILE_MB" != 0 ]; then
  H="$WORK/line${HOSTILE_MB}.txt"
  python3 - "$H" "$HOSTILE_MB" <<'PY'
import random, sys
pieces = ["Kyiv.", "Talks", "resumed", ",on", "Monday", "(2022)", ";the", "MINISTER", "said", "-",
          "Reznikovwho", "\u00e9t\u00e9", "\u2019s", "://www.example.com/", "#", "42", "Zelenskiy", "?!",
          "\u201cquote\u201d"]
rng, out, n, limit = random.Random(5), [], 0, int(sys.argv[2]) * 1024 * 1024
while n < limit:
    p = rng.choice(pieces)
    out.append(p)
    n += len(p.encode())
open(sys.argv[1], "w", encoding="utf-8").write("".join(out) + "\n")
PY
  measure "wc -w" "line ${HOSTILE_MB} MiB, no space" "$H" "$REPS" throughput /dev/null wc -w
  measure "mtnorm fix (plain text)" "line ${HOSTILE_MB} MiB, no space" "$H" "$REPS" throughput /dev/null "$BIN" fix
  [ "$KEEP" = 1 ] || rm -f "$H"
fi

# Start-up: one ~1 KB plain-text document (the start of the corpus' first record).
DOC="$WORK/doc1k.txt"
python3 - "$CORPUS" "$DOC" <<'EOF'
import json, sys
text = json.loads(open(sys.argv[1], encoding="utf-8").readline())["text"]
out = text[:1024].rsplit(" ", 1)[0] + "\n"
open(sys.argv[2], "w", encoding="utf-8").write(out)
EOF
measure "mtnorm fix (1 KB document)" "1 KB document" "$DOC" "$STARTUP_RUNS" startup /dev/null "$BIN" fix
measure "mtnorm --version" "(none)" /dev/null "$STARTUP_RUNS" startup /dev/null "$BIN" --version
[ "$KEEP" = 1 ] || rm -f "$CORPUS"

CPU=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
MACHINE="$(nproc) cores ($CPU), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), LANG=${LANG:-unset}"
PEERV=""
if [ "$PEERS" = 1 ]; then
  PEERV=$(python3 -c 'import importlib.metadata as m, sys; print("Python %s, ftfy %s, sacremoses %s" % (sys.version.split()[0], m.version("ftfy"), m.version("sacremoses")))')
fi
{
  python3 "$TOOLS/bench_table.py" table "$RES" --date "$(date -u +%Y-%m-%d)" --machine "$MACHINE"
  echo
  echo "mtnorm $("$BIN" --version | awk '{print $2}'); $(wc --version | head -1)${PEERV:+; $PEERV}."
} | tee "$OUT/table.md"
log "table in $OUT/table.md, raw rows in $RES"
