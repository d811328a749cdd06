#!/usr/bin/env bash
# Runs one fuzz target over its seeds for a while: what ctest does, and what to run by hand for
# longer (README.md).
#
#   run-fuzzer.sh FUZZER SECONDS WORK_CORPUS [SEED ...] [-- LIBFUZZER_FLAG ...]
#
# A SEED is a folder of inputs or one input file (copied into WORK_CORPUS). New inputs go to
# WORK_CORPUS, never into the seed folders, so a run leaves the repository alone; crashes are
# written beside it (WORK_CORPUS-artifacts/). A seed that does not exist is skipped with a note.
# SECONDS 0 runs until stopped.
set -euo pipefail

if (($# < 3)); then
    echo "usage: $0 FUZZER SECONDS WORK_CORPUS [SEED ...] [-- LIBFUZZER_FLAG ...]" >&2
    exit 2
fi
fuzzer=$1 seconds=$2 work=$3
shift 3

artifacts="$work-artifacts"
mkdir -p "$work" "$artifacts"

seeds=()
while (($#)) && [[ $1 != -- ]]; do
    if [[ -d $1 ]]; then
        seeds+=("$1")
    elif [[ -f $1 ]]; then
        cp -n "$1" "$work/" # libFuzzer reads folders only
    else
        echo "note: seed $1 does not exist, skipped" >&2
    fi
    shift
done
(($#)) && shift # the --

exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$work" "${seeds[@]}"
