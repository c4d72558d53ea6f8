#!/usr/bin/env bash
# Installs what live streaming (直播带岗) needs for development and the streaming tests:
# Debian's nginx-light with the RTMP module (RTMP ingest, HLS out) and ffmpeg (test streams).
# Does nothing when they are there. Needs root for apt-get. It never starts nginx as a system
# service: infra/nginx/start.sh runs it on 127.0.0.1 with a generated configuration.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"

packages=()
[[ -x /usr/sbin/nginx ]] || packages+=(nginx-light)
[[ -f /usr/lib/nginx/modules/ngx_rtmp_module.so ]] || packages+=(libnginx-mod-rtmp)
command -v ffmpeg >/dev/null 2>&1 || packages+=(ffmpeg)

if [[ ${#packages[@]} -eq 0 ]]; then
  echo "nginx with the RTMP module and ffmpeg are installed: $(/usr/sbin/nginx -v 2>&1), $(ffmpeg -version 2>/dev/null | head -n 1 | cut -d' ' -f1-3)"
  exit 0
fi

apt_install "${packages[@]}"
/usr/sbin/nginx -v
ffmpeg -version | head -n 1
