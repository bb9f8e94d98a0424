#!/usr/bin/env bash
# Set up a development checkout: the Debian packages headless Qt and Japanese
# text need, a virtual environment in .venv with the client, the service and
# the test tools, and the compiled translation catalogs.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  # Qt's offscreen and xcb platforms
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0
  libdbus-1-3 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1
  # a virtual screen for running the app without a display
  xvfb xauth
  # typing into the real client process in the draft-durability test
  xdotool
  # fonts: Latin and Japanese (without a CJK font Japanese shows as boxes)
  fonts-dejavu-core fonts-noto-cjk
  # Python's venv module
  python3-venv
  # PyInstaller reads the libraries' dependencies with objdump (the frozen build's test)
  binutils
  # the system certificate store the TLS test adds its own CA to (update-ca-certificates)
  ca-certificates openssl
  # a real HTTP CONNECT proxy for the company-network test
  tinyproxy
  # a real load balancer in front of three instances (tests/backend/test_multi_instance.py)
  haproxy
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "Python 3.11 or newer is needed (found $("$PYTHON" --version))" >&2; exit 1; }

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
# The .qm catalogs are built, not committed.
.venv/bin/python -m desktop.bootstrap.catalogs >/dev/null
echo "Set up: .venv is ready."
