#!/usr/bin/env bash
# Every figure of docs/performance.md in one dated run, one script after the other, each
# preceded by the machine's load average; the log goes to bench-<UTC date-time>.log (or $1).
# Needs the PostgreSQL server of the README; the history figures need the kept sites of
# bench/history_site.py (built on first use: 5-15 minutes).
set -uo pipefail
cd "$(dirname "$0")/.."
log=${1:-bench-$(date -u +%Y%m%dT%H%MZ).log}
scripts=(cold_start login_timing memory carpass_grid carpass_import controls_paging invoice_pdf carpass_send
         carpass_send_stations invoicing_concurrency carpass_history shop_scale)
for script in "${scripts[@]}"; do
  [ -f "bench/$script.py" ] || continue
  { echo "### $script  $(date -u +%H:%M:%S) UTC  load: $(cut -d' ' -f1-3 /proc/loadavg)"
    .venv/bin/python "bench/$script.py" "${@:2}" 2>&1 | grep -v '^\s*$'
    echo; } | tee -a "$log"
done
echo "log: $log"
