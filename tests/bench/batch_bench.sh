#!/usr/bin/env bash
# parlance-cli batch against the simulated gateway: 1,000 cells of demo-slow (a fixed ~400 ms a
# cell) at --parallel 32, wall time against the ideal (cells x latency / parallelism, the
# latency being the cells' own median total_ms), and the peak RSS; then 10,000 fast cells
# (demo-echo) to show that memory does not grow with the size of the set.
#
#   batch_bench.sh PARLANCE_CLI [RESULT_FILE]
# Env: CELLS (default 1000), PARALLEL (default 32), BIG_CELLS (default 10000); MAX_RATIO
# (default 1.5) fails the run when the wall time is that far from the ideal, MAX_RSS_MB
# (default 120) when either run's peak RSS passes it.
set -euo pipefail
cli=${1:?path to parlance-cli}
result_file=${2:-}
cells=${CELLS:-1000}
parallel=${PARALLEL:-32}
big_cells=${BIG_CELLS:-10000}
max_ratio=${MAX_RATIO:-1.5}
max_rss_mb=${MAX_RSS_MB:-120}

workdir=$(mktemp -d)
"$cli" sim --port 0 >"$workdir/sim.out" 2>"$workdir/sim.err" &
sim_pid=$!
trap 'kill $sim_pid 2>/dev/null || true; wait $sim_pid 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 100); do
    grep -q '^listening on ' "$workdir/sim.out" 2>/dev/null && break
    sleep 0.05
done
url=$(sed -n 's/^listening on //p' "$workdir/sim.out")
[ -n "$url" ] || { echo "the simulated gateway did not start"; cat "$workdir/sim.err"; exit 1; }

prompts() { # N rows of a one-word prompt: demo-slow answers "You said: qN", 3 words
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; ++i) printf "{\"prompt\":\"q%d\"}\n", i }'
}

now_ns() { date +%s%N; }

# Runs the batch; sets wall_ms and rss_kb (the peak resident set, VmHWM, read until it exits).
run_batch() {
    local model=$1 input=$2 output=$3
    rm -f "$output"
    local start end pid
    start=$(now_ns)
    "$cli" --base-url "$url/v1" --auth none batch --models "$model" --input "$input" \
        --output "$output" --parallel "$parallel" 2>"$workdir/batch.err" &
    pid=$!
    rss_kb=0
    while kill -0 "$pid" 2>/dev/null; do
        local hwm
        hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$hwm" ] && [ "$hwm" -gt "$rss_kb" ] && rss_kb=$hwm
        sleep 0.05
    done
    wait "$pid" || { echo "batch failed:"; cat "$workdir/batch.err"; exit 1; }
    end=$(now_ns)
    wall_ms=$(((end - start) / 1000000))
}

prompts "$cells" >"$workdir/set.jsonl"
run_batch demo-slow "$workdir/set.jsonl" "$workdir/out.jsonl"
lines=$(wc -l <"$workdir/out.jsonl")
[ "$lines" -eq "$cells" ] || { echo "wrote $lines lines, expected $cells"; exit 1; }
grep -q '"error":{' "$workdir/out.jsonl" && { echo "some cells failed"; exit 1; }
latency_ms=$(grep -o '"total_ms":[0-9]*' "$workdir/out.jsonl" | cut -d: -f2 | sort -n |
    awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
slow_wall=$wall_ms slow_rss=$rss_kb

prompts "$big_cells" >"$workdir/big.jsonl"
run_batch demo-echo "$workdir/big.jsonl" "$workdir/big-out.jsonl"
big_lines=$(wc -l <"$workdir/big-out.jsonl")
[ "$big_lines" -eq "$big_cells" ] || { echo "wrote $big_lines lines, expected $big_cells"; exit 1; }
big_wall=$wall_ms big_rss=$rss_kb

report=$(awk -v cells="$cells" -v par="$parallel" -v lat="$latency_ms" -v wall="$slow_wall" \
    -v rss="$slow_rss" -v bcells="$big_cells" -v bwall="$big_wall" -v brss="$big_rss" \
    -v max="$max_ratio" 'BEGIN {
        ideal = cells * lat / par
        printf "batch %d cells of demo-slow, --parallel %d: wall %.2f s, ideal %.2f s (median cell %d ms), ratio %.2fx (bound %.1fx); peak RSS %.1f MB\n",
            cells, par, wall / 1000, ideal / 1000, lat, wall / ideal, max, rss / 1024
        printf "batch %d cells of demo-echo, --parallel %d: wall %.2f s (%.0f cells/s); peak RSS %.1f MB\n",
            bcells, par, bwall / 1000, bcells / (bwall / 1000), brss / 1024
    }')
echo "$report"
[ -n "$result_file" ] && echo "$report" >"$result_file"

awk -v cells="$cells" -v par="$parallel" -v lat="$latency_ms" -v wall="$slow_wall" \
    -v max="$max_ratio" 'BEGIN { exit !(wall <= max * cells * lat / par) }' ||
    { echo "FAIL: wall time past ${max_ratio}x the ideal"; exit 1; }
for kb in "$slow_rss" "$big_rss"; do
    [ "$((kb / 1024))" -le "$max_rss_mb" ] || { echo "FAIL: peak RSS past $max_rss_mb MB"; exit 1; }
done
