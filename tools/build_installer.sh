#!/usr/bin/env bash
# Builds the Windows installer around a PyInstaller bundle folder with NSIS, then checks it:
# a Windows PE executable, holding every file of the bundle; signed and verified when a
# certificate is configured (tools/sign.sh). CI runs it around the Linux bundle.
#
#   bash tools/build_installer.sh [BUNDLE_FOLDER]      (default dist/atelier)
#   ATELIER_SIGN_TEST=1 bash tools/build_installer.sh   sign with a throw-away certificate
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=$(realpath "${1:-dist/atelier}")
[ -d "$bundle" ] || { echo "build_installer: no bundle folder $bundle (run tools/build_bundle.sh)" >&2; exit 1; }

debs="nsis p7zip-full osslsigncode file openssl"
missing=$(for p in $debs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing $(echo $missing)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "build_installer: missing Debian packages: sudo apt-get install $(echo $missing)" >&2; exit 1
  fi
fi

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
out=$(pwd)/dist/Atelier-$version-setup.exe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sign_define=()
if [ "${ATELIER_SIGN_TEST:-0}" = 1 ]; then
  echo "== throw-away test certificate (openssl)"
  certificate=$(bash tools/sign.sh --test-certificate "$work/cert")
  set -a; eval "$certificate"; set +a
fi
if [ -n "${ATELIER_SIGN_PKCS12:-}${ATELIER_SIGN_CERT:-}" ]; then
  sign_define=("-DSIGN_COMMAND=bash $(pwd)/tools/sign.sh")
  if [ ! -f "$bundle/atelier.exe" ]; then
    echo "== no atelier.exe in the bundle (Linux programs are ELF): the installer and its uninstaller are" \
         "signed here; the Windows build signs atelier.exe and atelier-cli.exe the same way" \
         "(tests/delivery/test_installer_build.py)"
  fi
fi

start=$(date +%s)
note=""; [ ${#sign_define[@]} -gt 0 ] && note=", signed"
echo "== makensis: $out from $bundle (version $version$note)"
rm -f "$out"
# CI packs with zlib (ATELIER_INSTALLER_COMPRESSOR=zlib, a third of lzma's time): the script
# and the files are the same, only the installer is bigger.
makensis -V2 -NOCD "-DBUNDLE=$bundle" "-DOUTFILE=$out" "-DCOMPRESSOR=${ATELIER_INSTALLER_COMPRESSOR:-lzma}" \
  "${sign_define[@]}" installer/atelier.nsi
echo "== installer: $(du -h "$out" | cut -f1), built in $(( $(date +%s) - start )) s"

kind=$(file -b "$out")
echo "== file: $kind"
case "$kind" in
  PE32*executable*) ;;
  *) echo "build_installer: $out is not a Windows PE executable" >&2; exit 1 ;;
esac

echo "== contents (7z l) against the bundle"
7z l -ba -slt "$out" > "$work/listing.txt"
python3 tools/installer_contents.py "$work/listing.txt" "$bundle"

if [ ${#sign_define[@]} -gt 0 ]; then
  echo "== signatures"
  bash tools/sign.sh --verify "$out"
  7z e -y -o"$work/un" "$out" 'uninstall.exe' >/dev/null
  bash tools/sign.sh --verify "$work/un/uninstall.exe"
  for exe in atelier.exe atelier-cli.exe; do
    if [ -f "$bundle/$exe" ]; then bash tools/sign.sh --verify "$bundle/$exe"; fi
  done
fi
echo "== installer OK: $out"
