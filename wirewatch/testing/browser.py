"""Headless Debian Chromium driven over the DevTools protocol (a websocket, through
aiohttp), for the live page's tests: navigate, evaluate JavaScript, take screenshots.
No browser is downloaded: ``make setup`` installs Debian's ``chromium``."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM_NAMES = ("chromium", "chromium-browser")
#: How long each of SIGTERM and SIGKILL may take to end Chromium's processes.
STOP_GRACE_S = 10.0


def chromium_path() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    def __init__(self, executable: str, *, width: int = 1280, height: int = 1400) -> None:
        self.executable = executable
        self.size = (width, height)
        self._profile = tempfile.TemporaryDirectory(prefix="wirewatch-chromium-")
        self._process: subprocess.Popen[bytes] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self._ids = itertools.count(1)

    async def start(self, timeout_s: float = 120.0) -> Browser:
        profile = Path(self._profile.name)
        self._process = subprocess.Popen(
            [
                self.executable,
                "--headless=new",
                "--no-sandbox",  # tests may run as root (CI containers)
                "--disable-gpu",
                "--no-first-run",
                "--disable-extensions",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                f"--window-size={self.size[0]},{self.size[1]}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=(profile / "chromium.log").open("wb"),
            # Its renderer, GPU, network and crashpad helpers share one process group,
            # so that stop() ends them all, not only the browser process.
            start_new_session=True,
        )
        # Chromium writes the port it chose to this file once it listens.
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout_s
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chromium did not start: {self.log_tail()}")
            await asyncio.sleep(0.1)
        port = int(port_file.read_text().split("\n")[0])
        self._session = aiohttp.ClientSession()
        async with self._session.get(f"http://127.0.0.1:{port}/json/list") as response:
            targets = await response.json()
        page = next(t for t in targets if t["type"] == "page")
        self._socket = await self._session.ws_connect(
            page["webSocketDebuggerUrl"], max_msg_size=64 * 1024 * 1024
        )
        await self.call("Page.enable")
        await self.call("Runtime.enable")
        # Headless windows may report no size: screenshots need one.
        await self.call(
            "Emulation.setDeviceMetricsOverride",
            width=self.size[0],
            height=self.size[1],
            deviceScaleFactor=1,
            mobile=False,
        )
        return self

    def log_tail(self, lines: int = 20) -> str:
        log = Path(self._profile.name) / "chromium.log"
        text = log.read_text(errors="replace") if log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    async def call(self, method: str, timeout_s: float = 120.0, **params: Any) -> dict[str, Any]:
        assert self._socket is not None
        call_id = next(self._ids)
        await self._socket.send_json({"id": call_id, "method": method, "params": params})
        async with asyncio.timeout(timeout_s):
            while True:
                message = await self._socket.receive_json()
                if message.get("id") == call_id:  # events in between are not ours
                    if "error" in message:
                        raise RuntimeError(f"{method}: {message['error']}")
                    return dict(message.get("result", {}))

    async def navigate(self, url: str, timeout_s: float = 120.0) -> None:
        """Open ``url`` and wait until its document has loaded."""
        await self.call("Page.navigate", url=url)
        await self.wait_for(
            f"location.href === {json.dumps(url)} && document.readyState === 'complete'",
            timeout_s,
            f"{url} loaded",
        )

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, timeout_s: float, what: str) -> Any:
        """The first truthy value of ``expression`` in the page, polled."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            value = await self.evaluate(expression)
            if value:
                return value
            await asyncio.sleep(0.1)
        raise TimeoutError(f"{what} not within {timeout_s}s")

    async def screenshot(self, path: Path) -> Path:
        shot = await self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close()
        if self._session is not None:
            await self._session.close()
        if self._process is not None:
            _end_group(self._process)
        self._remove_profile()

    def _remove_profile(self) -> None:
        # A helper that outlived the browser kept writing into the profile once while
        # it was removed (ENOTEMPTY on Default/, a CI run on 2026-12-07): the group is
        # ended first, and removal is retried a few times, bounded.
        for _attempt in range(20):
            try:
                self._profile.cleanup()
                return
            except OSError:
                time.sleep(0.25)
        self._profile.cleanup()


def _end_group(process: subprocess.Popen[bytes]) -> None:
    """End Chromium and every process of its group (started with a session of its own:
    the group id is its pid), SIGTERM then SIGKILL, each within ``STOP_GRACE_S``."""
    group = process.pid
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=STOP_GRACE_S)
        deadline = time.monotonic() + STOP_GRACE_S
        while time.monotonic() < deadline:
            try:
                os.killpg(group, 0)  # raises once no process of the group is left
            except ProcessLookupError:
                return
            time.sleep(0.05)
