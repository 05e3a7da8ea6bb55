#!/usr/bin/env bash
# Authenticode-signs Windows executables in place with osslsigncode, then verifies them.
#
#   tools/sign.sh FILE.exe...               sign and verify each file
#   tools/sign.sh --verify FILE.exe...      verify only
#   tools/sign.sh --test-certificate DIR    make a throw-away code-signing certificate in DIR
#                                           (CI) and print the variables that select it
#
# The certificate comes from the environment (docs/decisions/delivery-signing.md):
#   ATELIER_SIGN_PKCS12 (+ ATELIER_SIGN_PASSWORD)   a .pfx holding the key and chain, or
#   ATELIER_SIGN_CERT + ATELIER_SIGN_KEY            PEM certificate chain and private key
#   ATELIER_SIGN_CAFILE                             roots the verification trusts
#                                                   (default: the system's CA bundle)
#   ATELIER_SIGN_URL                                the publisher's web page (optional)
#   ATELIER_TIMESTAMP_URL                           RFC 3161 time-stamping server; unset or
#                                                   unreachable: signed without a timestamp,
#                                                   unless ATELIER_TIMESTAMP_REQUIRED=1
set -euo pipefail

die() { echo "sign: $*" >&2; exit 1; }
command -v osslsigncode >/dev/null || die "osslsigncode is missing (Debian: apt-get install osslsigncode)"

if [ "${1:-}" = "--test-certificate" ]; then
  dir=${2:?folder}
  mkdir -p "$dir"
  openssl req -x509 -newkey rsa:3072 -sha256 -days 2 -nodes \
    -subj "/O=Atelier/CN=Atelier throw-away test signing certificate" \
    -addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=codeSigning" \
    -keyout "$dir/test-signing.key" -out "$dir/test-signing.crt" 2>/dev/null
  echo "ATELIER_SIGN_CERT=$dir/test-signing.crt"
  echo "ATELIER_SIGN_KEY=$dir/test-signing.key"
  echo "ATELIER_SIGN_CAFILE=$dir/test-signing.crt"
  exit 0
fi

verify_only=false
if [ "${1:-}" = "--verify" ]; then verify_only=true; shift; fi
[ $# -gt 0 ] || die "no file to sign"

is_pe() { [ "$(head -c 2 "$1")" = "MZ" ]; }

verify() {
  local args=(verify -in "$1")
  [ -n "${ATELIER_SIGN_CAFILE:-}" ] && args+=(-CAfile "$ATELIER_SIGN_CAFILE")
  if out=$(osslsigncode "${args[@]}" 2>&1); then
    echo "sign: verified $(basename "$1"): $(grep -m1 -E '^Signature verification' <<<"$out" || echo ok)"
  else
    echo "$out" >&2
    die "signature of $1 does not verify"
  fi
}

timestamp_args=()
if [ "$verify_only" = false ]; then
  if [ -n "${ATELIER_SIGN_PKCS12:-}" ]; then
    key_args=(-pkcs12 "$ATELIER_SIGN_PKCS12")
    [ -n "${ATELIER_SIGN_PASSWORD:-}" ] && key_args+=(-pass "$ATELIER_SIGN_PASSWORD")
  elif [ -n "${ATELIER_SIGN_CERT:-}" ] && [ -n "${ATELIER_SIGN_KEY:-}" ]; then
    key_args=(-certs "$ATELIER_SIGN_CERT" -key "$ATELIER_SIGN_KEY")
  else
    die "no certificate: set ATELIER_SIGN_PKCS12, or ATELIER_SIGN_CERT and ATELIER_SIGN_KEY"
  fi
  url=${ATELIER_TIMESTAMP_URL:-}
  if [ -n "$url" ]; then
    hostport=${url#*://}; hostport=${hostport%%/*}
    host=${hostport%%:*}; port=${hostport##*:}
    [ "$port" = "$hostport" ] && { [ "${url%%://*}" = https ] && port=443 || port=80; }
    if timeout 5 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; then
      timestamp_args=(-ts "$url")
    elif [ "${ATELIER_TIMESTAMP_REQUIRED:-0}" = 1 ]; then
      die "time-stamping server $url unreachable and ATELIER_TIMESTAMP_REQUIRED=1"
    else
      echo "sign: time-stamping server $url unreachable: signing WITHOUT a timestamp" >&2
    fi
  else
    echo "sign: no ATELIER_TIMESTAMP_URL: signing WITHOUT a timestamp (the signature stops being valid when the certificate expires)" >&2
  fi
fi

for file in "$@"; do
  [ -f "$file" ] || die "$file: no such file"
  is_pe "$file" || die "$file is not a Windows PE file"
  if [ "$verify_only" = false ]; then
    tmp="$file.signing"
    osslsigncode sign "${key_args[@]}" "${timestamp_args[@]}" -h sha256 \
      -n "Atelier" ${ATELIER_SIGN_URL:+-i "$ATELIER_SIGN_URL"} -in "$file" -out "$tmp" >/dev/null
    mv -f "$tmp" "$file"
    echo "sign: signed $(basename "$file")${timestamp_args:+ (timestamped)}"
  fi
  verify "$file"
done
