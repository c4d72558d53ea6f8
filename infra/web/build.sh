#!/usr/bin/env bash
# Builds the web app (web/ → web/dist) that the server serves at /.
# Quick when nothing changed: `npm ci` runs only when node_modules does not match
# package-lock.json, and `npm run build` only when a source is newer than web/dist.
# Usage: infra/web/build.sh [--force]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
web="$repo_root/web"
stamp="$web/node_modules/.graduatefair-lock.sha256"
built="$web/dist/index.html"
force="${1:-}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "infra/web/build.sh: node and npm are required (Node.js 20.19 or later)" >&2
  exit 1
fi

lock_hash="$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)"
installed=0
if [[ "$force" == "--force" || ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  echo "web: installing dependencies (npm ci)"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
  installed=1
fi

# Anything the build reads, newer than the last build?
newer=""
if [[ -f "$built" ]]; then
  newer="$(find "$web" \( -path "$web/node_modules" -o -path "$web/dist" \) -prune -o -type f -newer "$built" -print -quit)"
fi

if [[ "$force" == "--force" || $installed == 1 || ! -f "$built" || -n "$newer" ]]; then
  echo "web: building (npm run build)"
  (cd "$web" && npm run build --silent)
  touch "$built"
else
  echo "web: web/dist is up to date"
fi
