#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan + LeakSanitizer) and runs each for
# SECONDS (default 600), seeded from presets/ and tests/data/. Crashes, leaks, timeouts and
# out-of-memory reproducers land in build/fuzz/artifacts/<target>/.
#   tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DEDGECIM_BUILD_GUI=OFF -DEDGECIM_SANITIZE=ON -DEDGECIM_FUZZ=ON >/dev/null
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_preset fuzz_hf_config fuzz_overrides)
cmake --build "$build" --target "${targets[@]}" >/dev/null
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus" "$build/artifacts/$t"
  case "$t" in
    fuzz_preset) cp presets/hardware/*.yaml tests/data/presets/*.yaml "$corpus"/ 2>/dev/null || true ;;
    fuzz_hf_config) cp presets/models/*.yaml tests/data/hf/*.json "$corpus"/ 2>/dev/null || true ;;
    fuzz_overrides) printf 'hardware.chip.tiles=64\nmapping.active_tiles=auto\nbaselines=orin-nano,sa8255p\n' > "$corpus/seed1" ;;
  esac
  echo "== $t for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    "$build/tests/fuzz/$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$build/artifacts/$t/" -print_final_stats=1 2>&1 | tail -n 12
done
