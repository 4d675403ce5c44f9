"""Bearer-token access control for the worker's web server.

``/health`` is always open (orchestrators probe it). ``/metrics`` takes the metrics
token, every other path (the API, its Server-Sent Events, Faust's own pages) the
API token. An unset token leaves its paths open, as before tokens existed.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

OPEN_PATHS = frozenset({"/health"})
METRICS_PATHS = frozenset({"/metrics"})


def presented_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, else None."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def token_matches(presented: str | None, expected: str) -> bool:
    """Constant-time comparison, so the time taken tells nothing about the token."""
    if presented is None:
        return False
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


def required_token(path: str, *, api_token: str | None, metrics_token: str | None) -> str | None:
    """The token a path needs, or None when it is open."""
    normalised = "/" + path.strip("/")
    if normalised in OPEN_PATHS:
        return None
    if normalised in METRICS_PATHS:
        return metrics_token
    return api_token


def unauthorized(presented: str | None) -> web.Response:
    challenge = 'Bearer realm="wirewatch"'
    if presented is not None:
        challenge += ', error="invalid_token"'
    return web.json_response(
        {"error": "a valid bearer token is required"},
        status=401,
        headers={"WWW-Authenticate": challenge},
    )


def bearer_middleware(
    *, api_token: str | None, metrics_token: str | None
) -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    @web.middleware
    async def check_bearer(request: web.Request, handler: Handler) -> web.StreamResponse:
        expected = required_token(request.path, api_token=api_token, metrics_token=metrics_token)
        if expected is not None:
            presented = presented_token(request.headers.get("Authorization"))
            if not token_matches(presented, expected):
                return unauthorized(presented)
        return await handler(request)

    return check_bearer
