#!/usr/bin/env bash
# Builds the PyInstaller bundle dist/atelier/ from build.spec, then runs the bundled
# `atelier --self-check` offscreen; exits non-zero if the build or any check fails.
# CI runs it on Linux so the spec cannot rot; the same spec builds the Windows bundle.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "== installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[build]'
fi

start=$(date +%s)
echo "== building dist/atelier with build.spec"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build.spec
built=$(date +%s)

size=$(du -sh dist/atelier | cut -f1)
files=$(find dist/atelier -type f | wc -l)
echo "== bundle: dist/atelier  ${size}  (${files} files), built in $((built - start)) s"

echo "== bundled self-check"
check_home=$(mktemp -d)
trap 'rm -rf "$check_home"' EXIT
# A throwaway data/config folder: the check must not depend on (or touch) this machine's files.
if ATELIER_DATA_DIR="$check_home/data" XDG_CONFIG_HOME="$check_home/config" HOME="$check_home" \
   QT_QPA_PLATFORM=offscreen dist/atelier/atelier --self-check; then
  echo "== self-check passed in $(( $(date +%s) - built )) s; total $(( $(date +%s) - start )) s"
else
  echo "== bundled self-check FAILED" >&2
  exit 1
fi
