#!/usr/bin/env bash
# Restart time of the runnable jar on embedded defaults (H2 file database in a temporary directory, in-process
# key-value store, no LLM): starts it once so the database is created and the built-in playbook loaded, stops it,
# then restarts it RUNS times (3) and prints, for each restart, the wall time from exec to the first 200 from
# /actuator/health/readiness, the process's CPU time (user + system, all threads) at that moment, its RSS then
# (VmRSS) and its RSS once the background work after readiness has settled; then the medians and the load average.
#
#   deploy/measure-startup.sh [--no-build] [--jar | --cds | --aot] [RUNS]
#     --no-build  use bot/target/branchmate-bot.jar as it is
#     --jar       java -jar on the fat jar (the default)
#     --cds       the jar extracted by Spring Boot's jarmode=tools, a class-data sharing archive written by a training
#                 run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh) and used by every measured start
#                 (-XX:SharedArchiveFile): the image on Java 17, before the AOT cache
#     --aot       the layout of deploy/Dockerfile: the same extracted jar and training run writing an ahead-of-time
#                 cache instead (-XX:AOTCacheOutput: classes loaded and linked, method profiles), used by every
#                 measured start (-XX:AOTCache): JDK 25 and later
#   JAVA (the java to run; else $JAVA_HOME/bin/java; else java on the PATH), JAR (bot/target/branchmate-bot.jar; an
#   older build to compare), PORT (a free one), JAVA_OPTS (extra JVM options, e.g. "-XX:MaxRAM=2g
#   -XX:MaxRAMPercentage=55 -XX:+UseSerialGC": the image's options in a 2 GiB container) and SETTLE (seconds after
#   readiness before the second RSS reading, 20) come from the environment.
# Timings are noisy on a busy machine: compare figures taken under the same load average.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1 mode=jar runs=3
for arg in "$@"; do
    case "$arg" in
        --no-build) build= ;;
        --jar) mode=jar ;;
        --cds) mode=cds ;;
        --aot) mode=aot ;;
        [0-9]*) runs=$arg ;;
        *) echo "usage: $0 [--no-build] [--jar | --cds | --aot] [RUNS]" >&2; exit 2 ;;
    esac
done
[ -z "$build" ] || [ -n "${JAR:-}" ] || ./mvnw -B -ntp -q -pl bot -am -DskipTests package
jar=$(realpath "${JAR:-bot/target/branchmate-bot.jar}")
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
settle=${SETTLE:-20}
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java=${java:-java}
read -r -a extra <<<"${JAVA_OPTS:-}"
if [ "$mode" = aot ] && ! "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
    echo "measure: --aot needs Java 25 or later ($java is not): set JAVA_HOME or JAVA" >&2; exit 2
fi

work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
mkdir -p "$work/data" "$work/tmp" "$work/cwd"
if [ "$mode" != jar ]; then
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/cwd/app" --application-filename bot.jar >/dev/null
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
        "$java" -Djava.io.tmpdir="$work/tmp" "${extra[@]}" "$@" "${launch[@]}" >>"$work/log" 2>&1) &
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

echo "first start (creates the database, loads the built-in playbook); before it, $(uptime | sed 's/.*\(load average\)/\1/')..."
start_bot
await_ready >/dev/null
stop_bot
# The training run: the application context started on the database made above, stopped before it would take traffic
# (spring.context.exit=onRefresh), with the options of the measured starts; the JVM writes what it saw at exit.
train() {
    (cd "$work/cwd" && env -u JAVA_TOOL_OPTIONS HOME="$work/cwd" BOT_DATA_DIR="$work/data" DJL_CACHE_DIR="$work/tmp/djl" \
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" "$java" -Djava.io.tmpdir="$work/tmp" "${extra[@]}" "$@" \
        -Dspring.context.exit=onRefresh "${launch[@]}" >>"$work/log" 2>&1)
}
if [ "$mode" = cds ]; then
    echo "training run for the class-data sharing archive..."
    train -XX:ArchiveClassesAtExit=app/app.jsa
    launch=(-XX:SharedArchiveFile=app/app.jsa -Xshare:auto "${launch[@]}")
elif [ "$mode" = aot ]; then
    echo "training run for the ahead-of-time cache..."
    train -XX:AOTCacheOutput=app/app.aot
    [ -s "$work/cwd/app/app.aot" ] || { echo "measure: the training run wrote no AOT cache" >&2; tail -40 "$work/log" >&2; exit 1; }
    launch=(-XX:AOTCache=app/app.aot "${launch[@]}")
fi
measured_from=$(($(wc -l <"$work/log") + 1))

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
echo "mode: $mode; java: $("$java" -version 2>&1 | sed -n 2p); JAVA_OPTS: ${JAVA_OPTS:-none}; $(uptime | sed 's/.*\(load average\)/\1/')"
# A JVM that cannot use the archive or cache says so once and starts without it: such figures are not of that mode.
tail -n "+$measured_from" "$work/log" | grep -E '\[(warning|error)\]\[(cds|aot)' | sort -u | sed 's/^/measure: the JVM says /' >&2 || true
grep -o 'Started BranchMateApplication in .*' "$work/log" | tail -1 | sed 's/^/last start, Spring says: /' || true
