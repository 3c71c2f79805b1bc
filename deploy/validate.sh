#!/usr/bin/env bash
# Checks what can be checked here without a Docker engine or a cluster. Used by .ci/run; fails on any problem.
#  - compose.yaml parses and holds what the docs promise;
#  - the image's health check (healthcheck.sh) says healthy only for a 200 with status UP;
#  - the kustomize base renders (kubectl kustomize) and every object passes the Kubernetes schema of its kind and
#    the restricted Pod Security Standard (validate/k8s-check.mjs, npm packages installed under target/);
#  - the image's user, the pod's user, the shutdown timings and the volumes agree;
#  - the image's ahead-of-time cache is written on its own Java 25+ runtime and used by its entry point, as
#    measure-startup.sh --aot measures it.
set -euo pipefail
cd "$(dirname "$0")"
work=target
mkdir -p "$work"

python3 - <<'PY'
import yaml
compose = yaml.safe_load(open("compose.yaml"))
services = compose["services"]
for name in ("mysql", "redis", "bot-1", "bot-2", "nginx"):
    assert name in services, f"compose.yaml: service {name} missing"
assert services["mysql"]["image"].startswith("mysql:8"), "compose.yaml: MySQL 8 expected"
assert services["redis"]["image"].startswith("redis:7"), "compose.yaml: Redis 7 expected"
for bot in ("bot-1", "bot-2"):
    env = services[bot]["environment"]
    assert env["BOT_REDIS_URL"].startswith("redis://redis"), f"{bot}: shares Redis"
    assert "jdbc:mysql://mysql" in env["SPRING_DATASOURCE_URL"], f"{bot}: shares MySQL"
print("compose.yaml: ok (mysql, redis, 2 bots, nginx)")
PY

# The health check against a stand-in liveness endpoint on a free loopback port: UP, DOWN, nobody listening.
stub="$work/health-stub"
rm -rf "$stub" && mkdir -p "$stub/up/actuator/health" "$stub/down/actuator/health"
echo '{"status":"UP"}' >"$stub/up/actuator/health/liveness"
echo '{"status":"DOWN"}' >"$stub/down/actuator/health/liveness"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
probe() { # probe DIR -> exit code of healthcheck.sh against a static server serving DIR
    local port pid rc
    port=$(free_port)
    python3 -m http.server "$port" --bind 127.0.0.1 --directory "$1" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    rc=0; SERVER_PORT=$port bash healthcheck.sh || rc=$?
    kill "$pid"; wait "$pid" 2>/dev/null || true
    return "$rc"
}
probe "$stub/up" || { echo "healthcheck.sh: reports an UP endpoint as unhealthy" >&2; exit 1; }
! probe "$stub/down" || { echo "healthcheck.sh: reports a DOWN endpoint as healthy" >&2; exit 1; }
! SERVER_PORT=$(free_port) bash healthcheck.sh 2>/dev/null || { echo "healthcheck.sh: healthy with nothing listening" >&2; exit 1; }
echo "healthcheck.sh: ok (UP healthy; DOWN and nothing listening unhealthy; no JVM)"

# The AOT cache only helps when the JVM that starts the bot is the one that wrote it, with the same class path: the
# training run belongs to the runtime stage (after its FROM) and uses the entry point's -jar bot.jar.
python3 - <<'PY'
import json, re
text = open("Dockerfile").read()
runtime = list(re.finditer(r"^FROM\s+(\S+)", text, re.M))[-1]
version = re.fullmatch(r"eclipse-temurin:(\d+)-jre", runtime.group(1))
assert version and int(version.group(1)) >= 25, f"Dockerfile: runtime {runtime.group(1)} is no Java 25+ JRE (AOT cache)"
training = re.search(r"^RUN .*?java (.*?-XX:AOTCacheOutput=(\S+).*?)$", text[runtime.end():], re.M | re.S)
assert training, "Dockerfile: no training run writes an AOT cache (-XX:AOTCacheOutput) in the runtime stage"
assert "-Dspring.context.exit=onRefresh" in training.group(1), "Dockerfile: the training run must stop at refresh"
assert "-jar bot.jar" in training.group(1), "Dockerfile: the training run must start bot.jar as the entry point does"
entry = json.loads(re.search(r"^ENTRYPOINT\s+(\[.*\])\s*$", text, re.M).group(1))
assert entry == ["java", f"-XX:AOTCache={training.group(2)}", "-jar", "bot.jar"], f"Dockerfile: entry point {entry}"
script = open("measure-startup.sh").read()
for flag in ("-XX:AOTCacheOutput=", "-XX:AOTCache=", "-Dspring.context.exit=onRefresh", "jarmode=tools"):
    assert flag in script, f"measure-startup.sh --aot: {flag} missing, it no longer measures the image's start"
print(f"Dockerfile: ok (runtime {runtime.group(1)}, AOT cache {training.group(2)} from a training run, used at start)")
PY

if ! command -v kubectl >/dev/null; then
    if [ "${CI:-}" = true ]; then echo "k8s: kubectl not installed, cannot render deploy/k8s" >&2; exit 1; fi
    echo "k8s: kubectl not installed, kustomize base not rendered"; exit 0
fi
# Render with the example secrets: the real secrets.env is git-ignored.
base="$work/k8s"
rm -rf "$base" && cp -r k8s "$base" && rm -f "$base/secrets.env" && cp k8s/secrets.env.example "$base/secrets.env"
kubectl kustomize "$base" >"$work/rendered.yaml"

# The validators: npm packages that carry the Kubernetes schemas and Pod Security rules, no download at run time.
tools="$work/k8s-validate"
if ! cmp -s validate/package-lock.json "$tools/package-lock.json" 2>/dev/null || [ ! -d "$tools/node_modules" ]; then
    rm -rf "$tools" && mkdir -p "$tools"
    cp validate/package.json validate/package-lock.json "$tools/"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp validate/k8s-check.mjs "$tools/"
node "$tools/k8s-check.mjs" <"$work/rendered.yaml"
# The checker itself must fail on a broken copy: privilege escalation allowed, a field of the wrong type.
sed -e 's/allowPrivilegeEscalation: false/allowPrivilegeEscalation: true/' -e 's/replicas: 2/replicas: two/' \
    "$work/rendered.yaml" >"$work/broken.yaml"
if node "$tools/k8s-check.mjs" <"$work/broken.yaml" >"$work/broken.log" 2>&1 \
    || ! grep -q "restricted: FAIL PSS202" "$work/broken.log" || ! grep -q "replicas must be integer" "$work/broken.log"; then
    echo "k8s: the checker did not catch a broken manifest:" >&2; cat "$work/broken.log" >&2; exit 1
fi
echo "k8s: the checker rejects a broken copy (privilege escalation, replicas not a number)"

python3 - "$work/rendered.yaml" <<'PY'
import re, sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
kinds = {d["kind"]: d for d in docs}
for kind in ("StatefulSet", "Service", "ConfigMap", "Secret", "PodDisruptionBudget", "Namespace"):
    assert kind in kinds, f"k8s: {kind} missing"
app = kinds["StatefulSet"]
assert app["spec"]["replicas"] == 2, "k8s: 2 replicas expected"
pod = app["spec"]["template"]["spec"]
container = pod["containers"][0]
assert container["readinessProbe"]["httpGet"]["path"] == "/actuator/health/readiness"
assert container["livenessProbe"]["httpGet"]["path"] == "/actuator/health/liveness"
assert "requests" in container["resources"], "k8s: resource requests expected"

# The kubelet checks runAsNonRoot against a numeric user only: the image and the pod must name the same number.
user = re.search(r"^USER\s+(\d+)", open("Dockerfile").read(), re.M)
assert user, "Dockerfile: USER must be numeric"
assert pod["securityContext"]["runAsUser"] == int(user.group(1)), "k8s: runAsUser differs from the image's USER"

# Root file system read-only: /tmp is an emptyDir, /app/data (outbox) a claim that outlives the pod.
mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
volumes = {v["name"]: v for v in pod.get("volumes", [])}
claims = {c["metadata"]["name"] for c in app["spec"].get("volumeClaimTemplates", [])}
assert container["securityContext"]["readOnlyRootFilesystem"] is True
assert "emptyDir" in volumes[mounts["/tmp"]], "k8s: /tmp must be an emptyDir"
assert mounts["/app/data"] in claims, "k8s: /app/data (the outbox) must be a volume claim, not an emptyDir"

# Shutdown: preStop, then accepted messages finish (shutdown grace), a reply may wait for a robot's quota.
def seconds(value):
    number, unit = re.fullmatch(r"(\d+)(ms|s|m)?", value).groups()
    return int(number) * {"ms": 0.001, "s": 1, "m": 60, None: 0.001}[unit]
config = kinds["ConfigMap"]["data"]
needed = (container["lifecycle"]["preStop"]["sleep"]["seconds"] + seconds(config["BOT_CHANNELS_SHUTDOWN_GRACE"])
          + seconds(config["BOT_CHANNELS_RATE_LIMIT_MAX_WAIT"]))
grace = pod["terminationGracePeriodSeconds"]
assert grace >= needed + 10, f"k8s: terminationGracePeriodSeconds {grace} leaves under 10 s over {needed:.0f} s"

secret = kinds["Secret"]
assert secret["metadata"]["name"].startswith("branchmate-secrets-"), "k8s: Secret not generated (secretGenerator)"
refs = [e["secretRef"]["name"] for e in container["envFrom"] if "secretRef" in e]
assert refs == [secret["metadata"]["name"]], "k8s: the pod does not use the generated Secret"
print(f"k8s: ok ({len(docs)} objects; user {user.group(1)}; grace {grace} s >= {needed:.0f} s + slack; "
      f"outbox on claim '{mounts['/app/data']}')")
PY

grep -qE "^USER [0-9]+" Dockerfile && grep -q "HEALTHCHECK.*healthcheck.sh" Dockerfile && grep -q -- "--layers" Dockerfile \
    && echo "Dockerfile: ok (layered jar, numeric non-root user, shell health check)"
