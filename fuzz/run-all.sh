#!/bin/sh
# Runs every fuzz target for SECONDS seconds (default 60), one after the other, and prints
# each target's executions and corpus size. Usage: fuzz/run-all.sh [SECONDS]
#
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 lets a stable toolchain build them.
# Crashes are saved under fuzz/artifacts/TARGET/ and stop that target's run.
set -u
seconds="${1:-60}"
cd "$(dirname "$0")" || exit 1
export RUSTC_BOOTSTRAP=1
targets="load_bytes segment align_pair statements"
status=0
summary=""
for t in $targets; do
    mkdir -p "corpus/$t"
    log="$(mktemp)"
    if cargo fuzz run -O "$t" -- -max_total_time="$seconds" -max_len=8192 -timeout=20 \
        -rss_limit_mb=2048 >"$log" 2>&1; then
        result="ok"
    else
        result="FAILED (see fuzz/artifacts/$t)"
        status=1
    fi
    # libFuzzer's last status line: "#12345 DONE cov: ... corp: 321/45Kb ..." and the
    # final "Done 12345 runs in 60 second(s)".
    runs="$(grep -o 'Done [0-9]* runs' "$log" | tail -n 1 | awk '{print $2}')"
    files="$(find "corpus/$t" -type f | wc -l | tr -d ' ')"
    bytes="$(du -sk "corpus/$t" | awk '{print $1}')"
    line="$t: ${runs:-?} executions, corpus ${files} files (${bytes} KiB): $result"
    echo "$line"
    summary="$summary$line
"
    if [ "$result" != "ok" ]; then
        tail -n 40 "$log"
    fi
    rm -f "$log"
done
printf '\n%s' "$summary"
exit "$status"
