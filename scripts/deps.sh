#!/usr/bin/env bash
# Installs Lotsen's build dependencies on Debian 12 when they are missing.
# Sourced by scripts/run and scripts/test; uses sudo when not root.
set -euo pipefail

LOTSEN_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev sqlite3 poppler-utils fonts-dejavu-core
    desktop-file-utils appstream libsodium-dev clang-format qtkeychain-qt6-dev
    qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev python3-openpyxl
    libqt6sql6-psql libpq-dev postgresql-15 postgresql-client-15
    lintian dpkg-dev file man-db binutils
)

lotsen_install_deps() {
    local missing=()
    for pkg in "${LOTSEN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing build dependencies: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
