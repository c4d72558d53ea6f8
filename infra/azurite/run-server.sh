#!/usr/bin/env bash
# Runs GraduateFair on Azure Blob storage emulated by Azurite, both on 127.0.0.1:
# Azurite's blob service on $AZURITE_PORT (default 10000) keeping its data in
# $AZURITE_DATA (default ./data/azurite), the server on http://127.0.0.1:5080.
# Azurite stops (and saves its data) when the server stops. Extra arguments go to the server.
# Needs infra/azurite/install.sh once. See docs/storage.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${AZURITE_PORT:-10000}"
data="${AZURITE_DATA:-$PWD/data/azurite}"
azurite="tests/node/node_modules/.bin/azurite-blob"
if [ ! -x "$azurite" ]; then
  echo "run-server.sh: Azurite is not installed; run infra/azurite/install.sh first" >&2
  exit 1
fi

mkdir -p "$data"
# A session of its own, so Ctrl+C reaches the server only: the server writes its grains' state
# as it stops, and Azurite must still be there for that. Azurite stops after the server, with
# SIGTERM, which lets it save its blob index.
setsid "$azurite" --location "$data" --blobHost 127.0.0.1 --blobPort "$port" --disableTelemetry --silent &
azurite_pid=$!
stop_azurite() {
  kill -TERM "$azurite_pid" 2>/dev/null || true
  wait "$azurite_pid" 2>/dev/null || true
}
trap stop_azurite EXIT

for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 0.1
done

if [ -x infra/web/build.sh ]; then
  infra/web/build.sh
fi

export Storage__Provider=AzureBlob
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
export Storage__Container="${Storage__Container:-graduatefair}"
dotnet run --project src/GraduateFair.Server -c Release -- --urls http://127.0.0.1:5080 "$@"
