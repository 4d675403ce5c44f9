"""The aiohttp application of the live feed out: REST API, SSE, the page, health."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Middleware

from wirewatch.liveview import LiveView
from wirewatch.serve import sse
from wirewatch.serve.health import WorkerProbe
from wirewatch.webauth import Handler, bearer_middleware

VIEW = web.AppKey("view", LiveView)
PROBE = web.AppKey("probe", WorkerProbe)
STATIC_DIR = Path(str(resources.files("wirewatch.serve") / "static"))
#: The page and its assets hold no data: open, so a browser can load them and then
#: present the API token (from the address's ``#token=``) on the API calls.
PAGE_PATHS = frozenset({"/", "/index.html"})


def page_or_token_middleware(api_token: str | None) -> Middleware:
    check_token = bearer_middleware(api_token=api_token, metrics_token=None)

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path in PAGE_PATHS or request.path.startswith("/static/"):
            return await handler(request)
        return await check_token(request, handler)

    return guard


def _limit(request: web.Request, default: int = 100, ceiling: int = 1000) -> int:
    try:
        return max(1, min(ceiling, int(request.query.get("limit", default))))
    except ValueError:
        return default


async def index(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})


async def health(request: web.Request) -> web.Response:
    """Liveness, always open; ``live_view`` turns true once the view serves."""
    return web.json_response({"status": "ok", "live_view": request.app[VIEW].ready.is_set()})


async def pipeline_health(request: web.Request) -> web.Response:
    """What the page's health panel shows: the view's reading and the workers."""
    body = request.app[VIEW].health()
    body["workers"] = await request.app[PROBE].status()
    return web.json_response(body)


async def alerts(request: web.Request) -> web.Response:
    """Recent alerts, newest first; ``?watch=turkey-libya&reason=new&limit=50``."""
    found = request.app[VIEW].recent_alerts(
        watch=request.query.get("watch"), reason=request.query.get("reason"), limit=_limit(request)
    )
    return web.json_response({"alerts": found, "count": len(found)})


async def contacts(request: web.Request) -> web.Response:
    """The contact registry: every participant pair seen, with its history."""
    rows = request.app[VIEW].contacts(watch=request.query.get("watch"))
    return web.json_response({"contacts": rows, "count": len(rows)})


async def article(request: web.Request) -> web.Response:
    """A recent enriched article by id (the last few thousand are kept)."""
    article_id = request.match_info["article_id"]
    found = request.app[VIEW].article(article_id)
    if found is None:
        return web.json_response(
            {"error": f"article {article_id!r} not among recent articles"}, status=404
        )
    return web.json_response(found)


async def stream(request: web.Request) -> web.StreamResponse:
    return await sse.stream(request, request.app[VIEW])


def build_app(
    view: LiveView, *, api_token: str | None = None, probe: WorkerProbe | None = None
) -> web.Application:
    app = web.Application(middlewares=[page_or_token_middleware(api_token)])
    app[VIEW] = view
    app[PROBE] = probe if probe is not None else WorkerProbe([])
    app.router.add_get("/", index)
    app.router.add_get("/index.html", index)
    app.router.add_static("/static/", STATIC_DIR)
    app.router.add_get("/health", health)
    app.router.add_get("/api/health", pipeline_health)
    app.router.add_get("/api/alerts", alerts)
    app.router.add_get("/api/contacts", contacts)
    app.router.add_get("/api/articles/{article_id}", article)
    app.router.add_get("/api/stream", stream)
    return app
