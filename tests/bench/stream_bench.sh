#!/usr/bin/env bash
# Streams N deltas from the simulated gateway through parlance-cli and through curl, and
# reports the wall-time ratio (target: parlance-cli within 1.5x of curl). It also streams 4N
# deltas through parlance-cli: per-delta cost must not grow with message length.
#
#   stream_bench.sh PARLANCE_CLI [DELTAS] [RESULT_FILE]
# Env: RUNS (default 9, median taken); TARGET_RATIO (default 1.5) is reported as met or
# missed; MAX_RATIO (default: the target) and MAX_GROWTH (default 1.5) fail the run.
set -euo pipefail
cli=${1:?path to parlance-cli}
deltas=${2:-20000}
result_file=${3:-}
runs=${RUNS:-9}
target_ratio=${TARGET_RATIO:-1.5}
max_ratio=${MAX_RATIO:-$target_ratio}
max_growth=${MAX_GROWTH:-1.5}

command -v curl >/dev/null || { echo "curl is not installed (packaging/install-deps.sh installs it)"; exit 1; }

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

body() {
    printf '{"model":"demo-lorem","max_tokens":%d,"stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"go"}]}' "$1"
}

now_ns() { date +%s%N; }

# Median wall time in microseconds of running "$@" $runs times, output discarded. (Whole
# milliseconds are too coarse: curl takes about 20 ms, so one millisecond moves the ratio 0.05.)
median_us() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(now_ns)
        "$@" >/dev/null
        end=$(now_ns)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }

run_curl() { curl -sSN -H 'Content-Type: application/json' -d "$(body "$1")" "$url/v1/chat/completions"; }
run_cli() { "$cli" --base-url "$url/v1" chat demo-lorem --max-tokens "$1" go; }

# The two must see the same stream: check once that parlance-cli got every word.
words=$(run_cli "$deltas" | wc -w)
[ "$words" -eq "$deltas" ] || { echo "parlance-cli printed $words words, expected $deltas"; exit 1; }
[ "$(run_curl "$deltas" | grep -c '^data: {')" -ge "$deltas" ] || { echo "curl saw a short stream"; exit 1; }

run_curl "$deltas" >/dev/null; run_cli "$deltas" >/dev/null # warm caches
curl_us=$(median_us run_curl "$deltas")
cli_us=$(median_us run_cli "$deltas")
# Long enough runs that start-up does not dominate the per-delta figure being compared.
small=$deltas
large=$((deltas * 4))
small_us=$cli_us
large_us=$(median_us run_cli "$large")

ratio=$(awk -v a="$cli_us" -v b="$curl_us" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }')
# Per-delta cost of the long stream against the short one, net of start-up (the 1-delta run).
base_us=$(median_us run_cli 1)
growth=$(awk -v s="$small_us" -v l="$large_us" -v b="$base_us" -v ns="$small" -v nl="$large" \
    'BEGIN { ps = (s - b) / ns; pl = (l - b) / nl; if (ps <= 0) ps = 1e-9; printf "%.2f", pl / ps }')

report=$(cat <<EOR
stream benchmark ($deltas deltas, median of $runs runs)
  curl:           $(ms "$curl_us") ms
  parlance-cli:   $(ms "$cli_us") ms
  ratio:          ${ratio}x (target <= ${target_ratio}x: $(awk -v r="$ratio" -v t="$target_ratio" 'BEGIN { print (r <= t) ? "met" : "MISSED" }'))
  per-delta cost: ${small} deltas $(ms "$small_us") ms, ${large} deltas $(ms "$large_us") ms, start-up $(ms "$base_us") ms
  growth:         ${growth}x per delta from ${small} to ${large} deltas (target <= ${max_growth}x)
EOR
)
echo "$report"
[ -z "$result_file" ] || echo "$report" >"$result_file"

fail=0
awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r <= m) }' || { echo "FAIL: ratio ${ratio}x exceeds ${max_ratio}x"; fail=1; }
awk -v g="$growth" -v m="$max_growth" 'BEGIN { exit !(g <= m) }' || { echo "FAIL: per-delta cost grew ${growth}x"; fail=1; }
exit $fail
