#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end browser tests (Playwright drives it through
# ExecutablePath=/usr/bin/chromium; Playwright's own browser download is never used), and a CJK
# font so that Chinese pages and their screenshots show characters, not boxes.
# Does nothing when both are there. Needs root for apt-get.
set -euo pipefail

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [[ -z "$(fc-list :lang=zh-cn 2>/dev/null | head -n 1)" ]]; then
  packages+=(fonts-noto-cjk)
fi

if [[ ${#packages[@]} -eq 0 ]]; then
  echo "Chromium and a CJK font are installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if [[ "$(id -u)" != "0" ]]; then
  echo "install.sh: missing ${packages[*]}; run as root (or: sudo apt-get install ${packages[*]})" >&2
  exit 1
fi

echo "Installing Debian's ${packages[*]} (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
/usr/bin/chromium --version 2>/dev/null
