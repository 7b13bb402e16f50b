# SPDX-License-Identifier: MIT
# Shared by scripts/run and scripts/test: installs missing Debian packages, configures and builds.
# Sourced, not executed.

CAIRN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Runtime and build dependencies (Debian 12 package names).
CAIRN_BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6svg6 qt6-qpa-plugins libgl-dev
  libssl-dev libsecp256k1-dev libsqlite3-dev libqrencode-dev
)
# Extra packages for the test suite: node/npm for the bcoin regtest peer, clang for the fuzzers,
# Xvfb and zbar for GUI checks.
CAIRN_TEST_PACKAGES=(nodejs clang libclang-rt-14-dev xvfb zbar-tools dpkg-dev)

cairn_missing_packages() {
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]:-}"
}

# Installs the given packages when any is missing; a no-op otherwise.
cairn_install() {
  local missing
  missing=$(cairn_missing_packages "$@")
  [ -z "${missing// /}" ] && return 0
  echo "cairn: installing missing packages: $missing" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >&2
  # shellcheck disable=SC2086
  $sudo apt-get install -y -q --no-install-recommends $missing >&2
}

# npm comes with the nodesource nodejs package; Debian's own nodejs needs the separate npm package.
cairn_install_npm() {
  if ! command -v npm >/dev/null 2>&1; then cairn_install npm; fi
}

# Installs the regtest peer (bcoin, see tests/regtest/README.md) into tests/regtest/node_modules exactly as
# package-lock.json pins it: when it is missing, or when package.json or package-lock.json changed since the last
# install (npm records that install in node_modules/.package-lock.json).
cairn_install_regtest_peer() {
  local dir="$CAIRN_ROOT/tests/regtest"
  [ -f "$dir/package.json" ] || return 0
  local stamp="$dir/node_modules/.package-lock.json"
  if [ -d "$dir/node_modules/bcoin" ] && [ -f "$stamp" ] &&
    [ "$stamp" -nt "$dir/package.json" ] && { [ ! -f "$dir/package-lock.json" ] || [ "$stamp" -nt "$dir/package-lock.json" ]; }; then
    return 0
  fi
  echo "cairn: installing the bcoin regtest peer into $dir/node_modules" >&2
  local how=install
  [ -f "$dir/package-lock.json" ] && how=ci
  (cd "$dir" && npm "$how" --no-audit --no-fund --loglevel=error >&2)
}

# cairn_build BUILD_DIR BUILD_TYPE [cmake args...]
cairn_build() {
  local dir=$1 type=$2
  shift 2
  local jobs
  jobs=$(nproc 2>/dev/null || echo 2)
  cmake -S "$CAIRN_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >&2
  cmake --build "$dir" -j "$jobs" >&2
}
