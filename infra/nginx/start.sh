#!/usr/bin/env bash
# Runs nginx with the RTMP module on 127.0.0.1 for development: RTMP ingest for encoders (OBS,
# ffmpeg) and HLS for players, calling the GraduateFair server on publish and publish-done.
# The configuration is generated from infra/nginx/nginx.conf.template into a directory of its own
# (a new temporary one unless --dir is given); nginx runs in the foreground until Ctrl-C. It is
# never a system service. Install nginx first: infra/nginx/install.sh (as root).
#
#   infra/nginx/start.sh [--rtmp-port 1935] [--http-port 8088] [--server http://127.0.0.1:5080]
#                        [--secret <Live:IngestSecret>] [--dir <work directory>]
#
# Then start the server with the settings this script prints (Live__RtmpIngestUrl, …).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
template="$repo_root/infra/nginx/nginx.conf.template"
rtmp_port=1935
http_port=8088
server_url="http://127.0.0.1:5080"
secret=""
dir=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --rtmp-port) rtmp_port="$2"; shift 2 ;;
    --http-port) http_port="$2"; shift 2 ;;
    --server) server_url="${2%/}"; shift 2 ;;
    --secret) secret="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "start.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [[ ! -x /usr/sbin/nginx || ! -f /usr/lib/nginx/modules/ngx_rtmp_module.so ]]; then
  echo "start.sh: nginx with the RTMP module is not installed; run infra/nginx/install.sh as root" >&2
  exit 1
fi

if [[ ! "$secret" =~ ^[A-Za-z0-9_-]*$ ]]; then
  echo "start.sh: the ingest secret may hold only letters, digits, '-' and '_'" >&2
  exit 2
fi

dir="${dir:-$(mktemp -d -t graduatefair-nginx.XXXXXX)}"
mkdir -p "$dir/hls" "$dir/temp"
dir="$(cd "$dir" && pwd)"
# Started as root, nginx's workers run as "nobody": they must reach the HLS directory.
chmod 755 "$dir"
query=""
[[ -n "$secret" ]] && query="?secret=$secret"

sed -e "s|@DIR@|$dir|g" \
    -e "s|@RTMP_PORT@|$rtmp_port|g" \
    -e "s|@HTTP_PORT@|$http_port|g" \
    -e "s|@INGEST_URL@|$server_url/api/live/ingest|g" \
    -e "s|@INGEST_QUERY@|$query|g" \
    "$template" > "$dir/nginx.conf"

/usr/sbin/nginx -t -q -p "$dir" -c "$dir/nginx.conf"

cat <<EOF
nginx (RTMP ingest → HLS) in $dir
  encoders publish to  rtmp://127.0.0.1:$rtmp_port/live  with the session's stream key
  players read HLS at  http://127.0.0.1:$http_port/hls/<session id>/index.m3u8
Start the server with:
  Live__RtmpIngestUrl=rtmp://127.0.0.1:$rtmp_port/live Live__HlsBaseUrl=http://127.0.0.1:$http_port/hls${secret:+ Live__IngestSecret=$secret} infra/run.sh
Ctrl-C stops nginx.
EOF

exec /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;'
