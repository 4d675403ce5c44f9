"""The integration tests' loopback endpoint: records POSTs, serves what it is set to."""

from __future__ import annotations

import urllib.request

from wirewatch.testing.loopback_http import loopback_endpoint

#: Straight to loopback, whatever proxy the environment names.
_open = urllib.request.build_opener(urllib.request.ProxyHandler({})).open


def test_it_records_posted_bodies_in_order_and_serves_the_body_set() -> None:
    with loopback_endpoint(b"<rss/>", content_type="application/rss+xml") as endpoint:
        assert endpoint.url("/hook", userinfo="u:p").startswith("http://u:p@127.0.0.1:")
        for body in (b'{"n": 1}', b'{"n": 2}'):
            request = urllib.request.Request(endpoint.url("/hook"), data=body, method="POST")
            with _open(request, timeout=5) as response:
                assert response.status == 200
        with _open(endpoint.url("/rss"), timeout=5) as response:
            assert response.headers["Content-Type"] == "application/rss+xml"
            assert response.read() == b"<rss/>"
        endpoint.body = b"<rss>2</rss>"
        with _open(endpoint.url("/rss"), timeout=5) as response:
            assert response.read() == b"<rss>2</rss>"
        assert endpoint.posted == [b'{"n": 1}', b'{"n": 2}']
        assert endpoint.gets == 2


def test_it_stops_serving_when_the_block_ends() -> None:
    with loopback_endpoint() as endpoint:
        url = endpoint.url("/")
    try:
        _open(url, timeout=2)
    except OSError:
        pass
    else:
        raise AssertionError("the endpoint still answered after its block ended")
