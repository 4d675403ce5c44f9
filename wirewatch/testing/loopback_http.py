"""A loopback HTTP endpoint for integration tests: a webhook that keeps what it is
sent, or a feed that serves what the test sets.

Several integration tests each had their own ``BaseHTTPRequestHandler`` subclass and
server fixture for this; one endpoint serves them all. It binds port 0 on 127.0.0.1
before the test learns its URL, so there is no port race, and it never leaves
loopback.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackEndpoint:
    """What the endpoint was sent (``posted``, raw bodies in arrival order), how often
    it was read (``gets``), and what a GET returns (``body``, settable mid-test)."""

    def __init__(self, port: int, body: bytes, content_type: str) -> None:
        self.port = port
        self.body = body
        self.content_type = content_type
        self.posted: list[bytes] = []
        self.gets = 0
        self._lock = threading.Lock()

    def url(self, path: str = "/", userinfo: str = "") -> str:
        credentials = f"{userinfo}@" if userinfo else ""
        return f"http://{credentials}127.0.0.1:{self.port}{path}"

    def _record_post(self, body: bytes) -> None:
        with self._lock:
            self.posted.append(body)

    def _record_get(self) -> bytes:
        with self._lock:
            self.gets += 1
            return self.body


def _handler_for(endpoint_ref: list[LoopbackEndpoint]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            endpoint_ref[0]._record_post(self.rfile.read(length))
            self.send_response(200)
            self.end_headers()

        def do_GET(self) -> None:
            endpoint = endpoint_ref[0]
            body = endpoint._record_get()
            self.send_response(200)
            self.send_header("Content-Type", endpoint.content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def loopback_endpoint(
    body: bytes = b"", content_type: str = "application/octet-stream"
) -> Iterator[LoopbackEndpoint]:
    """Serve on 127.0.0.1 (an ephemeral port) until the block ends."""
    endpoint_ref: list[LoopbackEndpoint] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(endpoint_ref))
    server.daemon_threads = True
    endpoint_ref.append(LoopbackEndpoint(server.server_address[1], body, content_type))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint_ref[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
