#!/usr/bin/env bash
# Installs what the test suite needs, idempotently and quickly when already installed:
# the test-only npm packages (tests/node) and, for the browser tests, Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

for script in infra/*/install.sh; do
  [ -x "$script" ] && "$script"
done
exit 0
