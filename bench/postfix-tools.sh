#!/usr/bin/env bash
# Puts Postfix's smtp-sink and smtp-source (a fast SMTP sink and load generator) under
# target/bench/postfix without installing a mail server: the Debian packages are downloaded and
# unpacked. Prints the folder holding the binaries; LD_LIBRARY_PATH must include the libs folder.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/bench/postfix
if [ ! -x "$dir/root/usr/sbin/smtp-sink" ]; then
  mkdir -p "$dir"
  (cd "$dir" && apt-get download postfix libicu72 >/dev/null 2>&1 \
     || { echo "cannot download the postfix package (apt-get download postfix libicu72)" >&2; exit 1; })
  for deb in "$dir"/*.deb; do dpkg -x "$deb" "$dir/root"; done
fi
echo "$(cd "$dir/root" && pwd)"
