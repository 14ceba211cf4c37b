#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + LeakSanitizer; edgecim_core
# coverage-instrumented with -fsanitize=fuzzer-no-link) and runs each for SECONDS
# (default 600), seeded from the corpus in the repository, tests/fuzz/corpus/<target>/.
# Prints each target's edge coverage and run count. Crashes, leaks, timeouts and
# out-of-memory reproducers land in build/fuzz/artifacts/<target>/.
#   tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
build=build/fuzz
# EDGECIM_FUZZ_SEEDS points at another seed folder (tests/fuzz/check_runner_needs_seeds.sh
# uses it to prove that a missing one fails).
seeds=${EDGECIM_FUZZ_SEEDS:-tests/fuzz/corpus}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi
# No seeds, no meaningful run: a fuzzer started from nothing barely gets past the first
# byte of a YAML file in a few minutes, and a run that "passes" that way hides the loss.
# Checked before anything is built, so a missing folder fails at once and loudly.
if [ ! -d "$seeds" ]; then
  echo "run_fuzzers.sh: ERROR: the seed folder $seeds does not exist (a checkout without tests/fuzz/corpus?)" >&2
  exit 1
fi
for t in "${targets[@]}"; do
  if [ ! -d "$seeds/$t" ] || [ -z "$(ls -A "$seeds/$t")" ]; then
    echo "run_fuzzers.sh: ERROR: no seed corpus for $t (expected files in $seeds/$t/)" >&2
    exit 1
  fi
done
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DEDGECIM_BUILD_GUI=OFF -DEDGECIM_SANITIZE=ON -DEDGECIM_FUZZ=ON >/dev/null
cmake --build "$build" --target "${targets[@]}" >/dev/null
summary=()
status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus" "$build/artifacts/$t"
  cp "$seeds/$t"/* "$corpus"/
  echo "== $t for ${seconds}s"
  log="$build/$t.log"
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    "$build/tests/fuzz/$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$build/artifacts/$t/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  tail -n 12 "$log"
  edges=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  features=$(grep -oE 'ft: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
  summary+=("$(printf '%-18s edges %6s  features %7s  runs %10s  corpus %5s  exit %s' "$t" "$edges" "$features" \
    "$runs" "$(ls "$corpus" | wc -l)" "$rc")")
  [ "$rc" -ne 0 ] && status=1
done
echo
echo "== coverage (edges = libFuzzer 'cov', instrumented code incl. edgecim_core)"
printf '%s\n' "${summary[@]}"
exit $status
