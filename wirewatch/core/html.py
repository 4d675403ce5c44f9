"""HTML to clean text with a real HTML5 parser (Lexbor, through selectolax)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

# Elements that never carry article text.
_NON_CONTENT = (
    "script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, "
    "input, select, textarea, nav, header, footer, aside, menu, figure figcaption + *, "
    "[aria-hidden=true], [hidden], .share, .social, .related, .comments, .advert, .ad, "
    ".newsletter, .breadcrumb, .tags, #comments"
)
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "blockquote",
        "section",
        "article",
        "main",
        "pre",
        "dd",
        "dt",
        "table",
        "ul",
        "ol",
    ]
)
_LOOKS_LIKE_HTML = re.compile(r"<\s*(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?\s*>|&(?:[a-z]+|#\d+);")


def looks_like_html(text: str) -> bool:
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(markup: str) -> str:
    """Visible article text, one paragraph a line; page chrome and scripts dropped.

    Prefers the ``<article>`` (or ``<main>``) element when the page has one, since
    whole pages carry menus and teasers outside it.
    """
    tree = LexborHTMLParser(markup)
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    for node in root.css(_NON_CONTENT):
        node.decompose()
    lines: list[str] = []
    _collect(root, lines)
    return "\n".join(line for line in (" ".join(chunk.split()) for chunk in lines) if line)


def _collect(root: object, lines: list[str]) -> None:
    # Walk the tree once, breaking lines at block elements so paragraphs survive.
    current: list[str] = []
    for node in root.traverse(include_text=True):  # type: ignore[attr-defined]
        tag = node.tag
        if tag == "-text":
            current.append(node.text_content or "")
        elif tag in _BLOCKS:
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
