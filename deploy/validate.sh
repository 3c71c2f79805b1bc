#!/usr/bin/env bash
# Checks what can be checked here without a Docker engine or a cluster: the compose file and the kustomize
# base parse and hold what the docs promise. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")"

python3 - <<'PY'
import sys, yaml
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

if command -v kubectl >/dev/null; then
    rendered=$(kubectl kustomize k8s)
    python3 - "$rendered" <<'PY'
import sys, yaml
docs = [d for d in yaml.safe_load_all(sys.argv[1]) if d]
kinds = {d["kind"]: d for d in docs}
for kind in ("Deployment", "Service", "ConfigMap", "Secret", "PodDisruptionBudget", "Namespace"):
    assert kind in kinds, f"k8s: {kind} missing"
deployment = kinds["Deployment"]
assert deployment["spec"]["replicas"] == 2, "k8s: 2 replicas expected"
container = deployment["spec"]["template"]["spec"]["containers"][0]
assert container["readinessProbe"]["httpGet"]["path"] == "/actuator/health/readiness"
assert container["livenessProbe"]["httpGet"]["path"] == "/actuator/health/liveness"
assert "requests" in container["resources"], "k8s: resource requests expected"
print(f"k8s: ok ({len(docs)} objects: {', '.join(sorted(kinds))})")
PY
else
    echo "k8s: kubectl not installed, kustomize base not rendered"
fi

grep -q "USER branchmate" Dockerfile && grep -q "HEALTHCHECK" Dockerfile && grep -q -- "--layers" Dockerfile \
    && echo "Dockerfile: ok (layered jar, non-root user, health check)"
