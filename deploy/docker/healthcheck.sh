#!/usr/bin/env bash
# Container health check without curl or wget: GET http://127.0.0.1:<port><path> over bash's /dev/tcp
# and succeed only on HTTP 200. Usage: healthcheck.sh [port] [path]   (defaults: 8090 /actuator/health/readiness)
set -u
port="${1:-8090}"
path="${2:-/actuator/health/readiness}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status <&3 || exit 1
exec 3<&-
case "${status}" in
  "HTTP/1."[01]" 200"*) exit 0 ;;
  *) echo "unhealthy: ${status}" >&2; exit 1 ;;
esac
