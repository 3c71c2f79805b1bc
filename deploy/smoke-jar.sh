#!/usr/bin/env bash
# The runnable jar as shipped: builds it, checks it stays under 160 MB with Linux natives only, starts it on embedded
# H2 on a free loopback port (its own working, data and temp directories), and checks that it gets ready, that the in-process
# embedding model (ONNX Runtime and DJL's tokenizer from linux-natives) answers a search, and that the first-start
# admin password box is the last warning. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp -q -pl bot -am -DskipTests package
jar=bot/target/branchmate-bot.jar
size=$(stat -c %s "$jar")
echo "runnable jar: $size bytes ($((size / 1048576)) MiB)"
[ "$size" -lt 160000000 ] || { echo "smoke: the runnable jar is 160 MB or more" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
natives=$(unzip -Z1 "$jar" 'BOOT-INF/lib/linux-natives-*.jar')
unzip -p "$jar" "$natives" >"$work/natives.jar"
foreign=$(unzip -Z1 "$work/natives.jar" | grep -E '/(win|osx)-' || true)
[ -z "$foreign" ] || { echo "smoke: non-Linux natives in the jar:" >&2; echo "$foreign" >&2; exit 1; }
unzip -Z1 "$jar" | grep -qE 'BOOT-INF/lib/(onnxruntime|tokenizers)-' \
    && { echo "smoke: the all-platform onnxruntime/tokenizers jars are still packaged" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/data" "$work/tmp" "$work/cwd"
cp "$jar" "$work/cwd/app.jar"
(cd "$work/cwd" && exec env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    -u BOT_REDIS_URL -u BOT_LLM_BASE_URL -u BOT_ADMIN_PASSWORD -u BOT_ENCRYPTION_KEY \
    HOME="$work/cwd" BOT_DATA_DIR="$work/data" DJL_CACHE_DIR="$work/tmp/djl" SERVER_ADDRESS=127.0.0.1 \
    SERVER_PORT="$port" BOT_API_TOKEN=smoke-token-0123456789 \
    java -Djava.io.tmpdir="$work/tmp" -jar app.jar >"$work/log" 2>&1) &
pid=$!
ready=
for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then ready=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
done
[ -n "$ready" ] || { echo "smoke: not ready within 180 s" >&2; tail -40 "$work/log" >&2; exit 1; }
search=$(curl -fsS -X POST -H 'Authorization: Bearer smoke-token-0123456789' -H 'Content-Type: application/json' \
    -d '{"query":"网点不出单怎么办","k":1}' "http://127.0.0.1:$port/api/kb/search")
echo "$search" | grep -q '"hits":\[{' || { echo "smoke: search found nothing: $search" >&2; exit 1; }
python3 - "$work/log" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
box = [i for i, l in enumerate(lines) if "首次启动" in l]
assert box, "smoke: no first-start password box in the log"
later = [l for l in lines[box[0]:] if re.search(r"\s(WARN|ERROR)\s", l) and "FirstStart" not in l]
assert not later, "smoke: warnings after the password box:\n" + "\n".join(later)
assert not any("CUDA" in l for l in lines), "smoke: CUDA warnings on a machine without a GPU"
print("smoke: the password box is the last warning; no CUDA warnings")
PY
echo "smoke: ready, search answered with the packaged embedding model"
