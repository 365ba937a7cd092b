# Shared by scripts/run, scripts/test and scripts/bench: the packages the project needs on
# Debian 12, installed when missing (as root) or named in an exact apt line (otherwise).

# Build and run: compilers, CMake, SQLite, protobuf, libsodium, Qt 6 Quick.
PARCOURS_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libsqlite3-dev sqlite3 libprotobuf-dev protobuf-compiler libsodium-dev
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-positioning-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-shapes qml6-module-qtpositioning qml6-module-qtqml-workerscript
  qml6-module-qtquick-window qml6-module-qttest qml6-module-qtquick-templates
  qml6-module-qtqml qml6-module-qtqml-models libqt6sql6-sqlite libqt6positioning6-plugins
  qt6-qpa-plugins libgl1-mesa-dri fonts-dejavu-core
  qt6-l10n-tools qt6-tools-dev qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
)
# Tests only: GoogleTest, Google Benchmark, PROJ (the reference for our projections),
# clang and its runtime for the libFuzzer targets, Xvfb for screenshots; dpkg-dev (cpack's
# dpkg-shlibdeps), desktop-file-utils, appstream and shared-mime-info for the package test.
PARCOURS_TEST_PACKAGES=(
  libgtest-dev libgmock-dev libbenchmark-dev libproj-dev proj-bin proj-data
  clang libclang-rt-14-dev xvfb xauth
  dpkg-dev desktop-file-utils appstream shared-mime-info poppler-utils
)

parcours_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

# ensure_packages PKG... : installs what is missing, or says exactly how.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${#missing[@]} packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build PRESET [TARGET...]
configure_and_build() {
  local preset=$1
  shift
  cmake --preset "$preset" >/dev/null
  if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" --target "$@"
  else
    cmake --build --preset "$preset"
  fi
}
