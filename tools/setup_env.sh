# Sourced by tools/demo.sh and tools/test.sh: system libraries, .venv and Atelier in it.
# Says what it does; installs Debian packages when root, otherwise names them; skips pip
# when .venv already holds everything (a second run works offline).

say() { echo "== $*"; }

# ensure_debs "why" PACKAGE...
ensure_debs() {
  local why=$1; shift
  command -v dpkg >/dev/null || return 0  # not Debian/Ubuntu: the user installs Qt's needs
  local missing
  missing=$(for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done | tr '\n' ' ')
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian packages for $why: $missing(a minute)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "Missing system packages for $why. Install them, then run this again:" >&2
    echo "    sudo apt-get install $missing" >&2
    exit 1
  fi
}

# ensure_venv EXTRA: .venv with Atelier installed (editable) with EXTRA ("" or "dev")
ensure_venv() {
  local extra=$1 python=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || {
      echo "Atelier needs Python 3.11 or newer as '$python' (set PYTHON=/path/to/python3.11)." >&2; exit 1; }
    say "creating the virtual environment .venv"
    if ! "$python" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && [ "$python" = python3 ]; then
        ensure_debs "Python virtual environments" python3-venv
        "$python" -m venv .venv
      else
        echo "Python cannot create a virtual environment (the venv/ensurepip module is missing)." >&2
        echo "    Debian/Ubuntu: sudo apt-get install python3-venv   (or python3.11-venv)" >&2
        exit 1
      fi
    fi
  fi
  local target=. ; [ -n "$extra" ] && target=".[$extra]"
  if .venv/bin/python tools/venv_ready.py $extra >/dev/null 2>&1; then
    say "Python packages already installed in .venv (pip skipped)"
    return 0
  fi
  say "installing Atelier and its Python packages into .venv (first run: a few minutes)"
  if ! .venv/bin/python -m pip install --disable-pip-version-check --progress-bar off -e "$target" 2>&1 \
      | tee .venv/pip-install.log | { grep -E --line-buffered '^(Collecting|Successfully installed)' || true; }; then
    echo "pip install failed: see .venv/pip-install.log" >&2; exit 1
  fi
  .venv/bin/python tools/venv_ready.py --stamp $extra
}

QT_DEBS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1"
