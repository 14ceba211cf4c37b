#!/usr/bin/env bash
# run_fuzzers.sh must refuse to run, with a message, when its seed folder is missing or a
# target has no seeds: a fuzzer started from nothing finds nothing and would look green.
# Runs in well under a second (the check comes before any build).
set -uo pipefail
runner="$(dirname "$0")/run_fuzzers.sh"
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
fail() { echo "check_runner_needs_seeds: $*" >&2; exit 1; }

out=$(EDGECIM_FUZZ_SEEDS="$empty/missing" bash "$runner" 1 fuzz_preset 2>&1)
rc=$?
[ "$rc" -ne 0 ] || fail "a missing seed folder exited 0"
grep -q "seed folder .* does not exist" <<<"$out" || fail "no message for a missing seed folder: $out"

mkdir -p "$empty/fuzz_preset"
out=$(EDGECIM_FUZZ_SEEDS="$empty" bash "$runner" 1 fuzz_preset 2>&1)
rc=$?
[ "$rc" -ne 0 ] || fail "an empty target corpus exited 0"
grep -q "no seed corpus for fuzz_preset" <<<"$out" || fail "no message for an empty corpus: $out"
echo "check_runner_needs_seeds: ok"
