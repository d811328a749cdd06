#!/usr/bin/env bash
# Installs what building, running and testing Parlance needs on Debian 12, and nothing else.
# Idempotent: packages already present are left alone, so CI and repeat runs stay fast.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    # Tests: a real Secret Service, an X server for screenshots, a JSON Schema validator, curl.
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth python3 python3-jsonschema curl
    # Tests that run the code snippets (tst_clicode): jq after curl, Python requests.
    jq python3-requests
    fonts-dejavu-core
    # Fuzz tests (tests/fuzz): clang with its libFuzzer and sanitizer runtimes.
    clang libclang-rt-14-dev
    # The format check (tests/style): the same clang-format for everyone.
    clang-format
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm run the openai-js snippets (tst_clicode installs the `openai` package with
# npm ci). A Node.js from elsewhere (NodeSource, which bundles npm) is kept: Debian's npm
# package would conflict with it.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
