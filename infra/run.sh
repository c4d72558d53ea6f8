#!/usr/bin/env bash
# Runs GraduateFair on its embedded default (file-system storage under ./data, no other
# services) at http://127.0.0.1:5080. Extra arguments go to the server.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -x infra/web/build.sh ]; then
  infra/web/build.sh
fi

# The data directory is ./data of the repository unless Storage__Path says otherwise.
export Storage__Path="${Storage__Path:-$PWD/data}"

exec dotnet run --project src/GraduateFair.Server -c Release -- --urls http://127.0.0.1:5080 "$@"
