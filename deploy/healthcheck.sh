#!/bin/bash
# Container health check without a JVM: one HTTP/1.0 request to the liveness endpoint over bash's /dev/tcp.
# Exits 0 when the answer is 200 with status UP. Port from SERVER_PORT (8080).
set -u
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT:-8080}" || exit 1
printf 'GET /actuator/health/liveness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
response=$(timeout 5 cat <&3) || exit 1
[[ $response == "HTTP/1."[01]" 200"* && $response == *'"UP"'* ]]
