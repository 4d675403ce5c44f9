"""Bearer tokens on the worker's web server, with and without tokens configured."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from wirewatch import webauth

API_TOKEN = "api-token-0123456789"
METRICS_TOKEN = "metrics-token-9876543210"


def _app(api_token: str | None, metrics_token: str | None) -> web.Application:
    async def ok(request: web.Request) -> web.Response:
        return web.json_response({"path": request.path})

    app = web.Application(
        middlewares=[webauth.bearer_middleware(api_token=api_token, metrics_token=metrics_token)]
    )
    for path in ("/health", "/metrics", "/api/alerts", "/api/stream", "/table/x/"):
        app.router.add_get(path, ok)
    return app


@pytest.fixture
async def client() -> AsyncIterator[Callable[..., object]]:
    started: list[TestClient] = []

    async def make(api_token: str | None, metrics_token: str | None) -> TestClient:
        test_client = TestClient(TestServer(_app(api_token, metrics_token)))
        await test_client.start_server()
        started.append(test_client)
        return test_client

    yield make
    for test_client in started:
        await test_client.close()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_without_tokens_everything_is_open(client) -> None:  # type: ignore[no-untyped-def]
    c = await client(None, None)
    for path in ("/health", "/metrics", "/api/alerts", "/api/stream"):
        assert (await c.get(path)).status == 200, path


async def test_api_token_guards_api_and_sse_but_not_health(client) -> None:  # type: ignore[no-untyped-def]
    c = await client(API_TOKEN, None)
    assert (await c.get("/health")).status == 200
    assert (await c.get("/metrics")).status == 200  # its own token is unset
    for path in ("/api/alerts", "/api/stream", "/table/x/"):
        missing = await c.get(path)
        assert missing.status == 401, path
        assert missing.headers["WWW-Authenticate"] == 'Bearer realm="wirewatch"'
        wrong = await c.get(path, headers=_bearer("not-the-token"))
        assert wrong.status == 401
        assert 'error="invalid_token"' in wrong.headers["WWW-Authenticate"]
        assert (await c.get(path, headers={"Authorization": f"Basic {API_TOKEN}"})).status == 401
        assert (await c.get(path, headers=_bearer(API_TOKEN))).status == 200


async def test_metrics_token_is_separate(client) -> None:  # type: ignore[no-untyped-def]
    c = await client(API_TOKEN, METRICS_TOKEN)
    assert (await c.get("/metrics")).status == 401
    assert (await c.get("/metrics", headers=_bearer(API_TOKEN))).status == 401
    assert (await c.get("/metrics", headers=_bearer(METRICS_TOKEN))).status == 200
    assert (await c.get("/api/alerts", headers=_bearer(METRICS_TOKEN))).status == 401
    assert (await c.get("/health")).status == 200


def test_tokens_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    original = webauth.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(webauth.hmac, "compare_digest", spy)
    assert webauth.token_matches("abc", "abc")
    assert not webauth.token_matches("abd", "abc")
    assert not webauth.token_matches(None, "abc")
    assert calls == [(b"abc", b"abc"), (b"abd", b"abc")]


@pytest.mark.parametrize(
    ("header", "token"),
    [
        ("Bearer abc", "abc"),
        ("bearer   abc ", "abc"),
        ("Basic abc", None),
        ("Bearer", None),
        ("", None),
        (None, None),
    ],
)
def test_presented_token(header: str | None, token: str | None) -> None:
    assert webauth.presented_token(header) == token
