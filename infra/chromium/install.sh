#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end browser tests (Playwright drives it through
# ExecutablePath=/usr/bin/chromium; Playwright's own browser download is never used), and a CJK
# font so that Chinese pages and their screenshots show characters, not boxes.
# Does nothing when both are there. Needs root for apt-get.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"

packages=()
[[ -x /usr/bin/chromium ]] || packages+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [[ -z "$(fc-list :lang=zh-cn 2>/dev/null | head -n 1)" ]]; then
  packages+=(fonts-noto-cjk)
fi

if [[ ${#packages[@]} -eq 0 ]]; then
  echo "Chromium and a CJK font are installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

apt_install "${packages[@]}"
/usr/bin/chromium --version 2>/dev/null
