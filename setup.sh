#!/usr/bin/env bash
# EdgeCIM Studio: install what is missing (Debian 12), build, and run or test.
#   ./setup.sh run    build (release) and start the GUI when a display exists; otherwise
#                     a headless run of the default preset that prints its results and
#                     writes a report to edgecim-report/ (run.txt, run.json, trace.json, report.pdf)
#   ./setup.sh test   build (release) and run every test
#   ./setup.sh asan   build with AddressSanitizer + UBSan and run every test
#   ./setup.sh tsan   build the concurrency stress tests with ThreadSanitizer and run them
#   ./setup.sh package  install the packaging tools, build release and write a .deb
#                       (cpack -G DEB) to build/release/
#   ./setup.sh format-check  fail when a tracked C++ source differs from .clang-format
#   ./setup.sh tidy   clang-tidy over core/ with .clang-tidy (not in CI: it takes ~10 min)
# With CI=true in the environment (as .ci/run is run in CI), warnings are errors
# (-DEDGECIM_WERROR=ON); user builds only warn, so a newer compiler cannot break them.
set -euo pipefail
cd "$(dirname "$0")"

packages=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-svg-dev
          libqcustomplot-dev libyaml-cpp-dev nlohmann-json3-dev libgl-dev xvfb xauth poppler-utils
          libopenmpi-dev openmpi-bin)
# Only for ./setup.sh package: dpkg-shlibdeps computes the .deb's dependencies; the
# validators check the desktop file and the AppStream metainfo.
package_tools=(dpkg-dev file desktop-file-utils appstream)

install_missing() {
  local missing=()
  for p in "${packages[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Passed on every configure (not left to the cache) so a CI build and a user build in the
# same tree each get their own setting.
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON

configure() {
  cmake --preset "$1" "-DEDGECIM_WERROR=$werror" >/dev/null
}

build() {
  local preset=$1
  configure "$preset"
  cmake --build --preset "$preset" -j "$(nproc)"
}

mode=${1:-run}
case "$mode" in
  run)
    install_missing
    build release
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec build/release/app/edgecim
    fi
    mkdir -p edgecim-report
    build/release/app/edgecim-cli run --config presets/hardware/edgecim-65nm-int4.yaml \
      --report edgecim-report
    build/release/app/edgecim-cli report --config presets/hardware/edgecim-65nm-int4.yaml \
      --out edgecim-report/report.pdf
    ;;
  test)
    install_missing
    build release
    ctest --preset release
    ;;
  asan)
    install_missing
    build asan
    ctest --preset asan
    ;;
  tsan)
    install_missing
    configure tsan
    cmake --build --preset tsan -j "$(nproc)"
    ctest --preset tsan
    ;;
  package)
    install_missing "${package_tools[@]}"
    build release
    (cd build/release && cpack -G DEB)
    desktop-file-validate resources/org.edgecim.Studio.desktop
    appstreamcli validate --no-net --explain resources/org.edgecim.Studio.metainfo.xml
    ls -l build/release/*.deb
    ;;
  format-check)
    install_missing clang-format
    git ls-files -z '*.cpp' '*.hpp' '*.h' ':!:tests/fuzz/corpus/*' | xargs -0 clang-format --dry-run --Werror
    echo "format-check: every tracked C++ source matches .clang-format"
    ;;
  tidy)
    # clang-tidy over core/ with the repo's .clang-tidy (compile commands of the release
    # build). Not part of .ci/run: about 10 minutes on 2 cores. Fails on any finding.
    install_missing clang-tidy
    configure release
    cmake --build --preset release --target edgecim_core -j "$(nproc)" >/dev/null  # generated sources
    log=$(mktemp)
    git ls-files -z 'core/src/*.cpp' | xargs -0 -P "$(nproc)" -n 4 clang-tidy -p build/release --quiet \
      >"$log" 2>/dev/null || true
    if grep -q "warning:\|error:" "$log"; then
      cat "$log"
      echo "tidy: findings above (.clang-tidy lists the checks and why some are off)" >&2
      rm -f "$log"
      exit 1
    fi
    rm -f "$log"
    echo "tidy: core/ is clean under .clang-tidy"
    ;;
  *)
    echo "usage: $0 run|test|asan|tsan|package|format-check|tidy" >&2
    exit 2
    ;;
esac
