#!/usr/bin/env bash
# Restart time of the runnable jar on embedded defaults (H2 file database in a temporary directory, in-process
# key-value store, no LLM): starts it once so the database is created and the built-in playbook loaded, stops it,
# then restarts it RUNS times (3) and prints, for each restart, the wall time from exec to the first 200 from
# /actuator/health/readiness, the process's CPU time (user + system, all threads) at that moment, its RSS then
# (VmRSS) and its RSS once the background work after readiness has settled; then the medians and the load average.
#
#   deploy/measure-startup.sh [--no-build] [--jar | --cds] [RUNS]
#     --no-build  use bot/target/branchmate-bot.jar as it is
#     --jar       java -jar on the fat jar (the default)
#     --cds       the layout of deploy/Dockerfile: the jar extracted by Spring Boot's jarmode=tools, a class-data
#                 sharing archive written by a training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh)
#                 and used by every measured start (-XX:SharedArchiveFile)
#   JAR (bot/target/branchmate-bot.jar; an older build to compare), PORT (a free one), JAVA_OPTS (extra JVM options,
#   e.g. "-XX:MaxRAM=2g -XX:MaxRAMPercentage=55 -XX:+UseSerialGC": the image's options in a 2 GiB container) and
#   SETTLE (seconds after readiness before the second RSS reading, 20) come from the environment.
# Timings are noisy on a busy machine: compare figures taken under the same load average.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1 mode=jar runs=3
for arg in "$@"; do
    case "$arg" in
        --no-build) build= ;;
        --jar) mode=jar ;;
        --cds) mode=cds ;;
        [0-9]*) runs=$arg ;;
        *) echo "usage: $0 [--no-build] [--jar | --cds] [RUNS]" >&2; exit 2 ;;
    esac
done
[ -z "$build" ] || [ -n "${JAR:-}" ] || ./mvnw -B -ntp -q -pl bot -am -DskipTests package
jar=$(realpath "${JAR:-bot/target/branchmate-bot.jar}")
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
settle=${SETTLE:-20}
read -r -a extra <<<"${JAVA_OPTS:-}"

work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/tmp" "$work/cwd"
if [ "$mode" = cds ]; then
    java -Djarmode=tools -jar "$jar" extract --destination "$work/cwd/app" --application-filename bot.jar >/dev/null
    launch=(-jar app/bot.jar)
else
    cp "$jar" "$work/cwd/app.jar"
    launch=(-jar app.jar)
fi
ticks=$(getconf CLK_TCK)

# Starts the bot in the background with the given JVM options; sets pid and start (epoch seconds, at exec).
start_bot() {
    rm -f "$work/start"
    (cd "$work/cwd" && date +%s.%N >"$work/start" && exec env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME \
        -u SPRING_DATASOURCE_PASSWORD -u BOT_REDIS_URL -u BOT_LLM_BASE_URL -u BOT_ADMIN_PASSWORD -u BOT_ENCRYPTION_KEY \
        -u JAVA_TOOL_OPTIONS HOME="$work/cwd" BOT_DATA_DIR="$work/data" DJL_CACHE_DIR="$work/tmp/djl" \
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" BOT_API_TOKEN=measure-token-0123456789 \
        java -Djava.io.tmpdir="$work/tmp" "${extra[@]}" "$@" "${launch[@]}" >>"$work/log" 2>&1) &
    pid=$!
}

# Waits for readiness 200; prints "wall cpu rss" (seconds, seconds, MiB) at that moment.
await_ready() {
    local deadline=$((SECONDS + 180))
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { echo "measure: the bot stopped before readiness" >&2; tail -40 "$work/log" >&2; exit 1; }
        [ $SECONDS -lt $deadline ] || { echo "measure: not ready within 180 s" >&2; tail -40 "$work/log" >&2; exit 1; }
        sleep 0.05
    done
    local now cpu
    now=$(date +%s.%N)
    # Fields 14 and 15 of /proc/PID/stat (after the parenthesised name): user and system clock ticks, all threads.
    cpu=$(sed 's/.*) //' "/proc/$pid/stat" | awk -v t="$ticks" '{ printf "%.1f", ($12 + $13) / t }')
    echo "$(awk -v a="$(cat "$work/start")" -v b="$now" 'BEGIN { printf "%.1f", b - a }') $cpu $(rss)"
}

rss() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }

stop_bot() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "first start (creates the database, loads the built-in playbook)..."
start_bot
await_ready >/dev/null
stop_bot
if [ "$mode" = cds ]; then
    echo "training run for the class-data sharing archive..."
    (cd "$work/cwd" && env -u JAVA_TOOL_OPTIONS HOME="$work/cwd" BOT_DATA_DIR="$work/data" DJL_CACHE_DIR="$work/tmp/djl" \
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" java -Djava.io.tmpdir="$work/tmp" "${extra[@]}" -XX:ArchiveClassesAtExit=app/app.jsa \
        -Dspring.context.exit=onRefresh -jar app/bot.jar >>"$work/log" 2>&1)
    launch=(-XX:SharedArchiveFile=app/app.jsa -Xshare:auto "${launch[@]}")
fi

walls=() cpus=() rss_ready=() rss_settled=()
printf '%-4s %8s %8s %14s %16s\n' run wall_s cpu_s rss_ready_MiB rss_settled_MiB
for run in $(seq 1 "$runs"); do
    start_bot
    read -r wall cpu ready_rss < <(await_ready)
    sleep "$settle"
    settled_rss=$(rss)
    stop_bot
    printf '%-4s %8s %8s %14s %16s\n' "$run" "$wall" "$cpu" "$ready_rss" "$settled_rss"
    walls+=("$wall") cpus+=("$cpu") rss_ready+=("$ready_rss") rss_settled+=("$settled_rss")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
printf '%-4s %8s %8s %14s %16s\n' median "$(median "${walls[@]}")" "$(median "${cpus[@]}")" \
    "$(median "${rss_ready[@]}")" "$(median "${rss_settled[@]}")"
echo "mode: $mode; JAVA_OPTS: ${JAVA_OPTS:-none}; $(uptime | sed 's/.*\(load average\)/\1/')"
grep -o 'Started BranchMateApplication in .*' "$work/log" | tail -1 | sed 's/^/last start, Spring says: /' || true
