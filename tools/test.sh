#!/usr/bin/env bash
# Installs everything Atelier's tests need, then runs the whole suite:
# the import-linter contract, the translation check and pytest (SQLite + PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."

# System libraries Qt needs on a fresh Debian/Ubuntu machine (root only; skipped elsewhere).
QT_DEBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 poppler-utils xvfb"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=$(for p in $QT_DEBS; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
  if [ -n "$missing" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi

# The PostgreSQL server programs: the shared-database tests start throw-away clusters that
# check passwords (initdb, pg_ctl; auth_delay ships with the server package).
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'

export QT_QPA_PLATFORM=offscreen
echo "== import contracts"
.venv/bin/lint-imports
echo "== translations"
.venv/bin/python tools/i18n.py check
echo "== tests"
.venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
