#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end browser tests (Playwright drives it through
# ExecutablePath=/usr/bin/chromium; a browser download by Playwright is never used).
# Does nothing when /usr/bin/chromium exists. Needs root for apt-get.
set -euo pipefail

if [[ -x /usr/bin/chromium ]]; then
  echo "Chromium is installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if [[ "$(id -u)" != "0" ]]; then
  echo "install.sh: /usr/bin/chromium is missing; run as root (or: sudo apt-get install chromium)" >&2
  exit 1
fi

echo "Installing Debian's chromium (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
/usr/bin/chromium --version
