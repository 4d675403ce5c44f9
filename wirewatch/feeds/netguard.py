"""Outbound HTTP for the feeds poller that cannot be pointed at internal services.

Feed items name arbitrary URLs, and a full-text fetch (or a redirect) to
``http://127.0.0.1:…/admin`` or ``http://169.254.169.254/`` would publish what an
internal service answers (server-side request forgery). ``GuardedTransport`` checks
every request httpx makes, so every redirect hop too: only http(s); the host is
resolved, *every* address it resolves to must be public (or named by the
allow-list), and the connection then goes to the address that was checked, so a
second DNS answer cannot swap in another one. The Host header and TLS server name
stay the original host's, so virtual hosting and certificate checks still work.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[list[str]]]

#: Cloud instance-metadata services, named so a refusal says what it protected.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)


class RefusedDestination(httpx.TransportError):
    """The URL's scheme or address is not one the poller may fetch."""


async def system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def non_public_reason(address: IPAddress) -> str | None:
    """Why an address is not a public one, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address):
        # IPv6 forms that carry an IPv4 address reach that address: judge it.
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address.teredo is not None:
            embedded = address.teredo[1]
        if embedded is not None:
            return non_public_reason(embedded)
    if address in METADATA_ADDRESSES:
        return "cloud metadata"
    checks = (
        ("loopback", address.is_loopback),
        ("unspecified", address.is_unspecified),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("non-global", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses only, except hosts and networks the allow-list names."""

    allowed_hosts: frozenset[str] = frozenset()
    allowed_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_allow_list(cls, entries: Iterable[str]) -> AddressPolicy:
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for entry in entries:
            entry = entry.strip()
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                hosts.add(entry.lower().rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def refusal(self, host: str, address: IPAddress) -> str | None:
        """Why fetching ``host`` at ``address`` is refused, or None when allowed."""
        reason = non_public_reason(address)
        if reason is None:
            return None
        if host.lower().rstrip(".") in self.allowed_hosts:
            return None
        if any(address in network for network in self.allowed_networks):
            return None
        return f"{host} resolves to {address}, a {reason} address"


class GuardedTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        policy: AddressPolicy,
        *,
        resolver: Resolver = system_resolver,
        inner: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.policy = policy
        self.resolver = resolver
        self._inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise RefusedDestination(
                f"scheme {url.scheme!r} refused: http(s) only", request=request
            )
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            resolved = await self.resolver(host, port)
        except OSError as exc:
            raise httpx.ConnectError(f"cannot resolve {host}: {exc}", request=request) from exc
        if not resolved:
            raise httpx.ConnectError(f"{host} resolves to no address", request=request)
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolved]
        for address in addresses:
            reason = self.policy.refusal(host, address)
            if reason is not None:
                raise RefusedDestination(f"refused: {reason}", request=request)
        pinned = httpx.Request(
            request.method,
            url.copy_with(host=str(addresses[0])),
            headers=request.headers,  # Host: still the original host
            stream=request.stream,
            extensions={**request.extensions, "sni_hostname": host},
        )
        return await self._inner.handle_async_request(pinned)

    async def aclose(self) -> None:
        await self._inner.aclose()
