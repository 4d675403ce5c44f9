"""TLS/SASL settings and the one helper every Kafka client takes them from; web and
webhook settings that must be safe by default."""

from __future__ import annotations

import ssl
import subprocess
import sys
from pathlib import Path

import faust
import pytest
from pydantic import ValidationError

from wirewatch.kafkaauth import client_options, faust_credentials, ssl_context
from wirewatch.settings import Settings, webhook_secrets

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("WIREWATCH_") or name == "KAFKA_BOOTSTRAP_SERVERS":
            monkeypatch.delenv(name)


def test_defaults_are_plaintext_and_loopback() -> None:
    settings = Settings()
    assert settings.web_host == "127.0.0.1"
    assert settings.api_token is None and settings.metrics_token is None
    assert client_options(settings) == {"security_protocol": "PLAINTEXT"}
    assert faust_credentials(settings) is None
    assert ssl_context(settings) is None


def test_sasl_ssl_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    cafile = ssl.get_default_verify_paths().cafile or ssl.get_default_verify_paths().openssl_cafile
    monkeypatch.setenv("WIREWATCH_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("WIREWATCH_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("WIREWATCH_KAFKA_SASL_USERNAME", "alice")
    monkeypatch.setenv("WIREWATCH_KAFKA_SASL_PASSWORD", "s3cret-value")
    if cafile and Path(cafile).exists():
        monkeypatch.setenv("WIREWATCH_KAFKA_SSL_CAFILE", cafile)
    settings = Settings()
    assert "s3cret-value" not in repr(settings)  # a SecretStr
    options = client_options(settings)
    context = options.pop("ssl_context")
    assert isinstance(context, ssl.SSLContext)
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    assert options == {
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "alice",
        "sasl_plain_password": "s3cret-value",
    }
    credentials = faust_credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.protocol.value == "SASL_SSL"
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert (credentials.username, credentials.password) == ("alice", "s3cret-value")
    assert isinstance(credentials.ssl_context, ssl.SSLContext)


def test_sasl_plaintext_and_ssl_only() -> None:
    plain = Settings(
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_username="u",
        kafka_sasl_password="p",
    )
    assert "ssl_context" not in client_options(plain)
    assert faust_credentials(plain).protocol.value == "SASL_PLAINTEXT"  # type: ignore[union-attr]
    tls = Settings(kafka_security_protocol="SSL", kafka_ssl_check_hostname=False)
    assert isinstance(faust_credentials(tls), faust.SSLCredentials)
    assert client_options(tls)["ssl_context"].check_hostname is False


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kafka_security_protocol": "SASL_SSL"}, "needs WIREWATCH_KAFKA_SASL_USERNAME"),
        ({"kafka_security_protocol": "SASL_SSL", "kafka_sasl_username": "u"}, "PASSWORD"),
        ({"kafka_sasl_mechanism": "GSSAPI"}, "kafka_sasl_mechanism"),
        ({"kafka_ssl_certfile": "/x.pem"}, "go together"),
    ],
)
def test_incomplete_security_is_refused(fields: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Settings(**fields)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "gopher://example.com/", "not a url", "https://", "http://h:99999/x"],
)
def test_webhook_url_must_be_http(url: str) -> None:
    with pytest.raises(ValidationError, match="WIREWATCH_ALERT_WEBHOOK_URL"):
        Settings(alert_webhook_url=url)


def test_webhook_url_accepted_and_its_secrets_listed() -> None:
    url = "https://bot:pa55word@hooks.example.com/services/T000/B000/XXXXSECRET?token=abcd1234"
    settings = Settings(alert_webhook_url=url, api_token="tok-api-1", metrics_token="tok-met-1")
    secrets = settings.secrets()
    assert url in secrets and "pa55word" in secrets and "token=abcd1234" in secrets
    assert "/services/T000/B000/XXXXSECRET" in secrets
    assert {"tok-api-1", "tok-met-1"} <= set(secrets)
    assert webhook_secrets("http://hooks.example.com/hook") == ["http://hooks.example.com/hook"]


def test_cli_reports_a_bad_webhook_url_without_echoing_it() -> None:
    secret_url = "gopher://user:hunter2-secret@example.com/"
    result = subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "kb", "check"],
        env={"PATH": "/usr/bin:/bin", "WIREWATCH_ALERT_WEBHOOK_URL": secret_url},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert (
        "WIREWATCH_ALERT_WEBHOOK_URL must be an absolute http:// or https:// URL" in result.stderr
    )
    assert "hunter2" not in result.stderr + result.stdout


def test_processing_guarantee_is_at_least_once_and_exactly_once_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().processing_guarantee == "at_least_once"
    # Faust's transactions lose every article with this topology (settings.py says
    # why; bench/bench_crash_replay.py --guarantee exactly_once measures it).
    monkeypatch.setenv("WIREWATCH_PROCESSING_GUARANTEE", "exactly_once")
    with pytest.raises(ValidationError, match=r"exactly_once is not supported.*co-partitioned"):
        Settings()
    monkeypatch.setenv("WIREWATCH_PROCESSING_GUARANTEE", "exactly_twice")
    with pytest.raises(ValidationError, match="processing_guarantee"):
        Settings()


def test_exactly_once_passes_only_for_the_measurement(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREWATCH_PROCESSING_GUARANTEE", "exactly_once")
    monkeypatch.setenv("WIREWATCH_ALLOW_EXACTLY_ONCE", "true")
    assert Settings().processing_guarantee == "exactly_once"
