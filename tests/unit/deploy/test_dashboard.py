"""The provisioned Grafana dashboard: shape, templating, and the PromQL of every panel.

Metric names and labels are checked against the catalogue in docs/metrics.md,
Faust's sensor metrics (built here with the same prefix as the worker) and
prometheus_client's process collector. Every query is also parsed by promtool
after the Grafana variables are substituted. That a real Prometheus scraping a
real worker returns data for each query is the integration test's job.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "wirewatch.json"
PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"
CATALOGUE = ROOT / "docs" / "metrics.md"

#: Grafana's variables, replaced as Grafana would before the query reaches Prometheus.
GRAFANA_VARIABLES = {
    "$__rate_interval": "1m",
    "$__interval": "15s",
    "$__range": "1h",
    "$instance": ".*",
    # The defaults of the dashboard's job variables: the compose stack's scrape jobs.
    "$feeds_job": "wirewatch-feeds",
    "$job": "wirewatch-worker",
}
#: How every panel, target and variable names its datasource: the `datasource`
#: variable, so the dashboard imports into any Grafana whatever its datasource uid.
DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}

# --------------------------------------------------------------------- PromQL lint
_KEYWORDS = {"and", "or", "unless", "bool", "offset", "inf", "nan"} | {
    "by",
    "without",
    "on",
    "ignoring",
    "group_left",
    "group_right",
}
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)")
_RATE_ARG = re.compile(r"\b(?:rate|irate|increase)\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)")
_QUANTILE_ARG = re.compile(r"histogram_quantile\([^,]+,.*?\b([a-zA-Z_:][a-zA-Z0-9_:]*)\{")
_SELECTOR = re.compile(r"([a-zA-Z_:][a-zA-Z0-9_:]*)?\{([^}]*)\}")
_MATCHER_LABEL = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)")
_HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")
#: Labels Prometheus itself puts on series: target labels, `le`, alert labels.
_TARGET_LABELS = {"job", "instance"}


def substitute(expr: str) -> str:
    for var, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(var, value)
    return expr


def metric_names(expr: str) -> set[str]:
    """Series names an expression selects (a lint, not a PromQL parser)."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = _GROUPING.sub(" ", text)
    names = set()
    for match in re.finditer(r"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*", text):
        token = match.group(0)
        if text[match.end() :].lstrip().startswith("("):
            continue  # a function or aggregation
        if token.lower() in _KEYWORDS:
            continue
        names.add(token)
    return names


def grouping_labels(expr: str) -> set[str]:
    labels: set[str] = set()
    for group in _GROUPING.findall(expr):
        labels.update(label.strip() for label in group.split(",") if label.strip())
    return labels


def matcher_labels(expr: str) -> dict[str, set[str]]:
    """Label names used in `{...}` matchers, per metric name."""
    found: dict[str, set[str]] = {}
    for name, body in _SELECTOR.findall(re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)):
        found.setdefault(name, set()).update(_MATCHER_LABEL.findall(body))
    return found


@cache
def catalogue() -> dict[str, tuple[str, frozenset[str]]]:
    """name -> (type, labels): docs/metrics.md, Faust's sensors, process metrics, `up`."""
    metrics: dict[str, tuple[str, frozenset[str]]] = {}
    row = re.compile(r"^\|\s*`([a-zA-Z_:][a-zA-Z0-9_:]*)`\s*\|\s*(\w+)\s*\|\s*([^|]*)\|")
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        m = row.match(line)
        if m and m.group(2) in {"counter", "gauge", "histogram", "summary"}:
            labels = frozenset(re.findall(r"`([a-z_]+)`", m.group(3)))
            metrics[m.group(1)] = (m.group(2), labels)

    from faust.sensors.prometheus import FaustMetrics
    from prometheus_client import CollectorRegistry
    from prometheus_client.process_collector import ProcessCollector

    registry = CollectorRegistry()
    FaustMetrics.create(registry, "wirewatch_faust")
    ProcessCollector(registry=registry)
    for collector in list(registry._collector_to_names):
        describe = getattr(collector, "describe", collector.collect)
        for family in describe():
            name = family.name + ("_total" if family.type == "counter" else "")
            labels = frozenset(getattr(collector, "_labelnames", ()))
            metrics.setdefault(name, (family.type, labels))
    metrics["up"] = ("gauge", frozenset())
    return metrics


def base_metric(series: str) -> str:
    """The catalogue name of a series, resolving histograms' _bucket/_sum/_count."""
    metrics = catalogue()
    if series in metrics:
        return series
    for suffix in _HISTOGRAM_SUFFIXES:
        base = series.removesuffix(suffix)
        if base != series and metrics.get(base, ("",))[0] == "histogram":
            return base
    raise KeyError(series)


def lint_promql(expr: str, recorded: frozenset[str] = frozenset()) -> list[str]:
    """Problems with the metric names, label names and functions of one expression.

    `recorded` are recording-rule outputs that may be selected as well.
    """
    problems: list[str] = []
    metrics = catalogue()
    known_labels = set(_TARGET_LABELS)
    for name in metric_names(expr):
        if name in recorded or name == "ALERTS":
            known_labels |= {"alertname", "alertstate", "severity", "job", "topic", "reason"}
            continue
        try:
            base = base_metric(name)
        except KeyError:
            problems.append(f"unknown metric {name!r}")
            continue
        known_labels |= metrics[base][1]
        if metrics[base][0] == "histogram" and name.endswith("_bucket"):
            known_labels.add("le")
        if metrics[base][0] == "histogram" and name == base:
            problems.append(f"{name!r} is a histogram: select _bucket, _sum or _count")
    for name in _RATE_ARG.findall(expr):
        if name in recorded:
            problems.append(f"rate/increase over recorded series {name!r}")
            continue
        if name in metrics and metrics[name][0] != "counter":
            problems.append(f"rate/increase over {metrics[name][0]} {name!r}")
    for name in _QUANTILE_ARG.findall(expr):
        if not name.endswith("_bucket"):
            problems.append(f"histogram_quantile over {name!r}, not a _bucket series")
    if "histogram_quantile" in expr and not re.search(r"\ble\b", " ".join(_GROUPING.findall(expr))):
        problems.append("histogram_quantile without `le` in the aggregation")
    for label in grouping_labels(expr) - known_labels:
        problems.append(f"grouping by label {label!r} that no selected metric has")
    for name, labels in matcher_labels(expr).items():
        if name in recorded or name == "ALERTS":
            continue
        allowed = set(_TARGET_LABELS)
        if name:
            try:
                base = base_metric(name)
            except KeyError:
                continue  # reported above
            allowed |= metrics[base][1] | ({"le"} if name.endswith("_bucket") else set())
        for label in labels - allowed:
            problems.append(f"matcher on label {label!r} that {name or 'series'} does not have")
    return problems


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool not found: run scripts/install-prometheus (make setup does)")
    return path


def promtool_parses(exprs: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Runs `promtool check rules` on the expressions written as recording rules."""
    rules = {
        "groups": [
            {
                "name": "parse-check",
                "rules": [
                    {"record": f"check:expr_{i}", "expr": expr}
                    for i, expr in enumerate(exprs.values())
                ],
            }
        ]
    }
    path = tmp_path / "exprs.rules.yml"
    path.write_text(yaml.safe_dump(rules, sort_keys=False), encoding="utf-8")
    return subprocess.run(
        [promtool(), "check", "rules", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# ------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def query_panels(dashboard: dict) -> list[dict]:
    panels = []
    for panel in dashboard["panels"]:
        if panel["type"] == "row":
            panels.extend(panel.get("panels", []))
        else:
            panels.append(panel)
    return panels


def all_targets(dashboard: dict) -> dict[str, str]:
    """'panel title / refId' -> expression."""
    return {
        f"{panel['title']} / {target['refId']}": target["expr"]
        for panel in query_panels(dashboard)
        for target in panel["targets"]
    }


# --------------------------------------------------------------------------- tests
def test_dashboard_identity(dashboard: dict) -> None:
    assert dashboard["uid"] == "wirewatch"
    assert dashboard["title"]
    assert isinstance(dashboard["schemaVersion"], int)
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"


def test_every_panel_has_a_prometheus_query(dashboard: dict) -> None:
    panels = query_panels(dashboard)
    assert len(panels) >= 10
    for panel in panels:
        assert panel["targets"], f"panel {panel['title']!r} has no target"
        assert panel["datasource"] == DATASOURCE
        refs = [target["refId"] for target in panel["targets"]]
        assert len(refs) == len(set(refs)), f"duplicate refId in {panel['title']!r}"
        for target in panel["targets"]:
            assert target["expr"].strip(), f"empty query in {panel['title']!r}"
            assert target.get("datasource", panel["datasource"]) == DATASOURCE
        pos = panel["gridPos"]
        assert pos["x"] >= 0 and pos["x"] + pos["w"] <= 24, panel["title"]


def datasource_references(node: object, where: str = "") -> Iterator[tuple[str, object]]:
    """Every `datasource` value anywhere in the dashboard, with its JSON path."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "datasource":
                yield f"{where}/{key}", value
            yield from datasource_references(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from datasource_references(value, f"{where}/{index}")


def test_no_hard_coded_datasource_uid(dashboard: dict) -> None:
    """Only Grafana's built-in annotation source may be named; Prometheus is the variable."""
    references = list(datasource_references(dashboard))
    assert len(references) > 30
    for where, value in references:
        if value == {"type": "grafana", "uid": "-- Grafana --"}:
            continue
        assert value == DATASOURCE, f"{where}: {value!r}"
    assert "${datasource}" in json.dumps(dashboard)
    assert '"uid": "prometheus"' not in DASHBOARD.read_text(encoding="utf-8")


def test_datasource_variable(dashboard: dict) -> None:
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    source = variables["datasource"]
    assert source["type"] == "datasource"
    assert source["query"] == "prometheus"
    # Grafana picks the default Prometheus datasource when nothing is stored.
    assert source["current"] == {}
    # Defined before the variables whose queries use it.
    names = [v["name"] for v in dashboard["templating"]["list"]]
    assert names.index("datasource") < min(names.index(n) for n in ("job", "feeds_job", "instance"))


def test_provisioning_points_at_the_dashboards() -> None:
    provisioned = yaml.safe_load(
        (PROVISIONING / "datasources" / "prometheus.yml").read_text(encoding="utf-8")
    )
    (source,) = provisioned["datasources"]
    assert source["type"] == "prometheus"
    # The compose stack's only Prometheus is the default, which the variable selects.
    assert source["isDefault"] is True
    providers = yaml.safe_load(
        (PROVISIONING / "dashboards" / "wirewatch.yml").read_text(encoding="utf-8")
    )["providers"]
    assert providers[0]["options"]["path"] == "/etc/grafana/dashboards"


def variable_query(variable: dict) -> str:
    query = variable["query"]
    return query["query"] if isinstance(query, dict) else query


def test_job_variables(dashboard: dict) -> None:
    """The scrape jobs are variables, so one Prometheus can hold several pipelines."""
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    for name, metric, default in [
        ("job", "wirewatch_articles_received_total", "wirewatch-worker"),
        ("feeds_job", "wirewatch_feed_polls_total", "wirewatch-feeds"),
    ]:
        variable = variables[name]
        assert variable["type"] == "query"
        assert variable_query(variable) == f"label_values({metric}, job)"
        assert variable["current"]["value"] == default == GRAFANA_VARIABLES[f"${name}"]
        assert not variable["multi"] and not variable["includeAll"]
    for key, expr in all_targets(dashboard).items():
        assert "wirewatch-worker" not in expr and "wirewatch-feeds" not in expr, key
        if "ALERTS" in expr:
            assert 'job=~"$job|$feeds_job"' in expr, key
        elif "wirewatch_feed_" in expr:
            assert 'job="$feeds_job"' in expr, key
        else:
            for name, labels in matcher_labels(expr).items():
                assert "job" in labels, f"{key}: {name} is not filtered by $job"
            assert 'job="$job"' in expr, key


def test_templated_by_worker_instance(dashboard: dict) -> None:
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    instance = variables["instance"]
    assert instance["type"] == "query"
    assert variable_query(instance) == 'label_values(up{job="$job"}, instance)'
    assert instance["includeAll"] and instance["multi"]
    assert instance["allValue"] == ".*"
    # Every worker-side query honours the selection; the feeds poller and
    # Prometheus' own ALERTS are not per-worker.
    for key, expr in all_targets(dashboard).items():
        if "wirewatch_feed_" in expr or "ALERTS" in expr:
            continue
        for name, labels in matcher_labels(expr).items():
            assert "instance" in labels, f"{key}: {name} is not filtered by $instance"
        assert 'instance=~"$instance"' in expr, key


@pytest.mark.parametrize(
    "title",
    [
        "Ingest and enriched rate",
        "Dead letters by reason",
        "Duplicate ratio",
        "Contact alerts by watch and reason",
        "Consumer lag",
        "Stage latency p50",
        "Stage latency p99",
        "End-to-end lag",
        "Worker memory",
        "Worker CPU",
        "Webhook attempts by result",
        "Webhook alerts by outcome",
    ],
)
def test_required_panels_present(dashboard: dict, title: str) -> None:
    assert title in {panel["title"] for panel in query_panels(dashboard)}


def test_queries_use_catalogued_metrics_and_labels(dashboard: dict) -> None:
    problems = {key: lint_promql(expr) for key, expr in all_targets(dashboard).items()}
    assert {key: found for key, found in problems.items() if found} == {}


def test_lint_catches_mistakes() -> None:
    """The lint above is not vacuous."""
    assert lint_promql("rate(wirewatch_articles_recieved_total[5m])")  # typo
    assert lint_promql("rate(wirewatch_consumer_lag_messages[5m])")  # rate of a gauge
    assert lint_promql("sum by (feed) (rate(wirewatch_articles_received_total[5m]))")
    assert lint_promql('wirewatch_table_entries{tabel="x"}')
    assert lint_promql(
        "histogram_quantile(0.5, sum by (stage) (rate(wirewatch_stage_duration_seconds_bucket[5m])))"
    )
    assert not lint_promql(
        'histogram_quantile(0.5, sum by (stage, le) (rate(wirewatch_stage_duration_seconds_bucket{job="x"}[5m])))'
    )


def test_every_query_parses(dashboard: dict, tmp_path: Path) -> None:
    exprs = {key: substitute(expr) for key, expr in all_targets(dashboard).items()}
    for key, expr in exprs.items():
        assert "$" not in expr, f"{key}: unsubstituted variable in {expr!r}"
    result = promtool_parses(exprs, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(exprs)} rules found" in result.stdout
