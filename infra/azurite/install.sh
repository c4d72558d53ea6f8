#!/usr/bin/env bash
# Installs the test-only npm packages of tests/node: Azurite, @azure/storage-blob, the SignalR
# JavaScript client @microsoft/signalr used by the hub tests, and axe-core for the browser
# tests' accessibility checks.
# Idempotent: does nothing when node_modules already matches package-lock.json.
# Usage: infra/azurite/install.sh [--force]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
node_dir="$repo_root/tests/node"
stamp="$node_dir/node_modules/.graduatefair-lock.sha256"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: node and npm are required (Node 20 or later)" >&2
  exit 1
fi

lock_hash="$(sha256sum "$node_dir/package-lock.json" | cut -d' ' -f1)"

if [[ "${1:-}" != "--force" ]] \
  && [[ -f "$stamp" ]] \
  && [[ "$(cat "$stamp")" == "$lock_hash" ]] \
  && [[ -x "$node_dir/node_modules/.bin/azurite-blob" ]] \
  && [[ -d "$node_dir/node_modules/@azure/storage-blob" ]] \
  && [[ -d "$node_dir/node_modules/@microsoft/signalr" ]] \
  && [[ -f "$node_dir/node_modules/axe-core/axe.min.js" ]]; then
  echo "Node test tools are up to date in tests/node/node_modules"
  exit 0
fi

echo "Installing Node test tools into tests/node (npm ci)"
(cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
echo "$lock_hash" > "$stamp"
"$node_dir/node_modules/.bin/azurite-blob" --version | sed 's/^/azurite-blob /'
