#!/usr/bin/env bash
# Runs the Windows installer under Wine (Debian's wine64) on a virtual screen (Xvfb):
#
#   bash tools/installer_wine.sh screenshots OUT_DIR [fr|nl|en]   every page of the installer
#                                                                 and uninstaller, as PNG
#   bash tools/installer_wine.sh silent                            silent install, upgrade and
#                                                                 uninstall, checked
#
# Uses dist/Atelier-<version>-setup.exe (tools/build_installer.sh) and a throw-away Wine
# prefix. Installs wine64 and xvfb (and xdotool and imagemagick for the screenshots) when
# run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?screenshots OUT_DIR [lang] | silent}
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
setup=$(pwd)/dist/Atelier-$version-setup.exe
[ -f "$setup" ] || { echo "installer_wine: $setup missing (bash tools/build_installer.sh)" >&2; exit 1; }

debs="wine64 wine xvfb"
[ "$mode" = screenshots ] && debs="$debs xdotool imagemagick"
missing=$(for p in $debs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing $(echo $missing)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "installer_wine: missing Debian packages: sudo apt-get install $(echo $missing)" >&2; exit 1
  fi
fi

export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
WINEPREFIX=$(mktemp -d)
display_file=$(mktemp)
# Xvfb picks a free display and writes its number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1024x768x24 3>"$display_file" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 300); do [ -s "$display_file" ] && break; sleep 0.1; done
[ -s "$display_file" ] || { echo "installer_wine: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(cat "$display_file")"
cleanup() { wineserver -k 2>/dev/null || true; kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$WINEPREFIX" "$display_file"; }
trap cleanup EXIT
echo "== Wine prefix (wineboot)"
wineboot --init >/dev/null 2>&1
drive="$WINEPREFIX/drive_c"
program="$drive/Program Files/Atelier"
ini="$drive/ProgramData/Atelier/atelier.ini"

window() {  # the id of the first window whose title matches $1 (waits for it)
  local id=""
  for _ in $(seq 1 120); do
    id=$(xdotool search --name "$1" 2>/dev/null | head -n1 || true)
    [ -n "$id" ] && { echo "$id"; return; }
    sleep 0.5
  done
  echo "installer_wine: no window named '$1'" >&2; exit 1
}

shot() {  # shot WINDOW_ID FILE: the window's rectangle of the virtual screen
  sleep 1.5
  eval "$(xdotool getwindowgeometry --shell "$1")"
  import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$2"
  echo "   $2"
}

press() { xdotool key --window "$1" "$2" 2>/dev/null; }

until_exists() { for _ in $(seq 1 240); do [ -e "$1" ] && return; sleep 0.5; done; echo "installer_wine: $1 never appeared" >&2; exit 1; }

case "$mode" in
screenshots)
  out=$(realpath -m "${2:?OUT_DIR}"); lang=${3:-fr}; mkdir -p "$out"
  echo "== installer pages ($lang) into $out"
  wine "$setup" "/LANG=$lang" /DBHOST=srv-atelier.garage.local /DBPORT=5432 /DBNAME=atelier /SITE=LIEGE &
  setup_pid=$!
  id=$(window "Atelier")
  shot "$id" "$out/installer-1-welcome-$lang.png"; press "$id" Return
  shot "$id" "$out/installer-2-folder-$lang.png"; press "$id" Return
  shot "$id" "$out/installer-3-database-$lang.png"; press "$id" Return
  until_exists "$program/uninstall.exe"; sleep 3
  shot "$id" "$out/installer-4-installed-$lang.png"; press "$id" Return
  shot "$id" "$out/installer-5-finish-$lang.png"; press "$id" Return
  wait "$setup_pid"; wineserver -w
  echo "== uninstaller pages"
  wine "$program/uninstall.exe" "/LANG=$lang" &
  sleep 3; id=$(window "Atelier")
  shot "$id" "$out/uninstaller-1-confirm-$lang.png"; press "$id" Return
  for _ in $(seq 1 120); do [ -e "$program/atelier" ] || [ -e "$program/atelier.exe" ] || break; sleep 0.5; done
  sleep 3
  shot "$id" "$out/uninstaller-2-done-$lang.png"; press "$id" Return
  wineserver -w
  ;;
silent)
  fail() { echo "installer_wine: FAIL $*" >&2; exit 1; }
  echo "== silent install with the shared database"
  wine "$setup" /S /DBHOST=srv-atelier.garage.local /DBPORT=5433 /DBNAME=atelier /SITE=LIEGE; wineserver -w
  [ -f "$program/uninstall.exe" ] && [ -d "$program/_internal" ] || fail "no program files in $program"
  grep -qi "^host=srv-atelier.garage.local" "$ini" && grep -qi "^port=5433" "$ini" && grep -qi "^name=atelier" "$ini" \
    && grep -qi "^site=LIEGE" "$ini" || fail "$(cat "$ini" 2>/dev/null || echo "no $ini")"
  grep -qi "password" "$ini" && fail "a password in $ini"
  wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Atelier' /v DisplayVersion 2>/dev/null \
    | tr -d '\r' | grep -q "$version" || fail "no Apps & features entry with version $version"
  [ -f "$drive/ProgramData/Microsoft/Windows/Start Menu/Programs/Atelier.lnk" ] || fail "no Start-menu shortcut"
  echo "   files, $ini, Apps entry $version and Start-menu shortcut present"
  echo "== silent upgrade while a program runs as atelier.exe (waits /WAIT=5 s, then ends it)"
  # A tiny NSIS program that only sleeps stands for a running Atelier (the Linux bundle has
  # no Windows atelier.exe); it has no window, so only the forced end can stop it.
  printf 'Unicode true\nTarget amd64-unicode\nOutFile "%s"\nSilentInstall silent\nRequestExecutionLevel user\nSection\nSleep 600000\nSectionEnd\n' \
    "$WINEPREFIX/busy.exe" > "$WINEPREFIX/busy.nsi"
  makensis -V1 "$WINEPREFIX/busy.nsi"
  cp "$WINEPREFIX/busy.exe" "$program/atelier.exe"
  wine "$program/atelier.exe" &
  busy=$!
  sleep 5
  kill -0 "$busy" 2>/dev/null || fail "the stand-in for Atelier did not start"
  wine "$setup" /S /WAIT=5 /DBHOST=srv-atelier.garage.local /DBNAME=atelier  # returns when setup ends
  for _ in $(seq 1 20); do kill -0 "$busy" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$busy" 2>/dev/null && { kill "$busy"; fail "the upgrade left the running atelier.exe alone"; }
  [ -f "$program/uninstall.exe" ] || fail "the upgrade did not complete"
  echo "   the running program was ended and the upgrade completed"
  echo "== silent upgrade in place (new server, no site)"
  touch "$program/_internal/left-by-the-old-version"
  wine "$setup" /S /DBHOST=srv2.garage.local /DBNAME=atelier2 /SITE=; wineserver -w
  grep -qi "^host=srv2.garage.local" "$ini" && grep -qi "^port=5433" "$ini" && grep -qi "^name=atelier2" "$ini" \
    || fail "upgrade did not update $ini: $(cat "$ini")"
  [ -e "$program/_internal/left-by-the-old-version" ] && fail "the old runtime was not replaced"
  echo "   settings updated, old runtime replaced"
  echo "== silent uninstall"
  wine "$program/uninstall.exe" /S; wineserver -w; sleep 2
  [ -e "$program/_internal" ] && fail "program files left in $program"
  [ -e "$ini" ] && fail "$ini left"
  wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Atelier' >/dev/null 2>&1 && fail "Apps entry left"
  echo "== installer under Wine: silent install, upgrade and uninstall OK"
  ;;
*) echo "installer_wine: unknown mode $mode" >&2; exit 2 ;;
esac
