#!/usr/bin/env bash
# Installs Atelier (and, as root on Debian/Ubuntu, the system libraries Qt needs for a
# window) into .venv, then starts it on the demo SQLite database with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/setup_env.sh
ensure_debs "Qt's window" $QT_DEBS
ensure_venv ""
say "starting Atelier on the demo database (demo logins are listed on the login dialog)"
exec .venv/bin/atelier --demo "$@"
