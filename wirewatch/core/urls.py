"""Canonical URLs: one spelling per page, so ids and dedup do not split on tracking noise."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "ga_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "mkt_tok", "_hsenc", "_hsmi", "ref", "ref_src", "ref_url", "cmpid",
        "ocid", "smid", "spm", "share", "s_cid", "at_medium", "at_campaign", "amp",
    }
)  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


# The pipeline asks for an article's canonical URL twice (normalising, then for its
# id), and producers resend the same URLs: a small cache turns the repeats into a
# lookup. The function is pure and returns immutable strings, so sharing is safe.
@lru_cache(maxsize=4096)
def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default port, fragment and tracking parameters.

    The remaining query parameters keep their order: some sites route on it.
    Anything that is not an absolute http(s) URL is returned stripped but unchanged.
    """
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return text
    host = parts.hostname.lower().rstrip(".")
    if parts.port and parts.port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{parts.port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))


#: Schemes a published record may carry: a consumer may render the URL as a link, and
#: ``javascript:``, ``data:``, ``vbscript:``, ``file:`` … links are how pages are attacked.
SAFE_SCHEMES = frozenset(_DEFAULT_PORTS)


def published_url(url: str) -> str | None:
    """The canonical URL if it is safe to publish (http or https, or no scheme at
    all), else None: the record is kept, its unsafe link is not."""
    # urlsplit drops tabs and newlines and leading control characters as browsers
    # do, so "java\tscript:" is seen as the javascript: scheme it would run as.
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    if scheme and scheme not in SAFE_SCHEMES:
        return None
    return canonical_url(url)
