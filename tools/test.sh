#!/usr/bin/env bash
# Installs everything Atelier's tests need, then runs the whole suite:
# the import-linter contract, ruff check, the translation check and pytest (SQLite + PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/setup_env.sh
# Qt's libraries (offscreen too), pdftotext for the PDF tests, Xvfb for the screenshots.
ensure_debs "Qt and the tests" $QT_DEBS poppler-utils xvfb
# The PostgreSQL server programs: the shared-database tests start throw-away clusters that
# check passwords (initdb, pg_ctl; auth_delay ships with the server package).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  ensure_debs "the shared-database tests (throw-away PostgreSQL clusters)" postgresql
fi
ensure_venv dev

export QT_QPA_PLATFORM=offscreen
say "import contracts"
.venv/bin/lint-imports
say "lint (ruff check)"
.venv/bin/ruff check app tests bench tools migrations
say "types (mypy --strict on app/core)"
.venv/bin/mypy
say "translations"
.venv/bin/python tools/i18n.py check
say "tests, slow ones included (pytest on 2 workers; PostgreSQL tests use 127.0.0.1:5432 or are skipped)"
.venv/bin/python -m pytest -n 2 --dist loadgroup -m "slow or not slow" "$@"
