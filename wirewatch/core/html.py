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
#: Every character ``str.split()`` splits on except the plain space. All of Unicode's
#: whitespace lies below U+3001, so scanning that range finds them all.
_UNUSUAL_SPACE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x3001) if chr(c).isspace() and c != 0x20) + "]"
)


def looks_like_html(text: str) -> bool:
    # A substring test is a fast C scan; the pattern costs ~4 ns a character on the
    # plain-text articles that have neither character at all.
    if "<" not in text and "&" not in text:
        return False
    return _LOOKS_LIKE_HTML.search(text) is not None


def collapse_spaces(text: str) -> str:
    """``" ".join(text.split())``: runs of whitespace become one space, ends stripped.

    Most lines are already in that form, and checking costs a fraction of splitting
    a paragraph into hundreds of words and joining them again.
    """
    if (
        "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        and _UNUSUAL_SPACE.search(text) is None
    ):
        return text
    return " ".join(text.split())


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
    return "\n".join(line for line in map(collapse_spaces, lines) if line)


def _collect(root: object, lines: list[str]) -> None:
    # Walk the tree once, breaking lines at block elements so paragraphs survive.
    current: list[str] = []
    for node in root.traverse(include_text=True):  # type: ignore[attr-defined]
        tag = node.tag
        if tag == "-text":
            current.append(node.text_content or "")
        elif tag in _BLOCKS and current:
            # Nothing since the last break would make an empty line, which is
            # dropped anyway: skipping it here spares the join and the collapse.
            lines.append("".join(current))
            current = []
    if current:
        lines.append("".join(current))
