"""The pipeline's health as the page shows it: what the live view has read of each
output topic, and the workers' own ``/health`` when their addresses are configured."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

#: Seconds a probe result is reused, so many open pages do not multiply the probes.
PROBE_TTL_S = 2.0
PROBE_TIMEOUT_S = 2.0


class WorkerProbe:
    def __init__(self, urls: list[str]) -> None:
        self.urls = [u.rstrip("/") for u in urls if u.strip()]
        self._cached: list[dict[str, Any]] = []
        self._cached_at = float("-inf")
        self._lock = asyncio.Lock()

    @classmethod
    def from_setting(cls, value: str) -> WorkerProbe:
        return cls([u.strip() for u in value.split(",")])

    async def status(self) -> list[dict[str, Any]]:
        async with self._lock:
            if time.monotonic() - self._cached_at > PROBE_TTL_S:
                self._cached = await self._probe_all()
                self._cached_at = time.monotonic()
            return self._cached

    async def _probe_all(self) -> list[dict[str, Any]]:
        if not self.urls:
            return []
        async with httpx.AsyncClient(timeout=PROBE_TIMEOUT_S) as client:
            return list(await asyncio.gather(*(self._probe(client, u) for u in self.urls)))

    @staticmethod
    async def _probe(client: httpx.AsyncClient, url: str) -> dict[str, Any]:
        try:
            response = await client.get(url + "/health")
        except httpx.HTTPError as exc:
            return {"url": url, "ok": False, "error": type(exc).__name__}
        return {"url": url, "ok": response.status_code == 200, "status": response.status_code}
