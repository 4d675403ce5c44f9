"""HTML to clean text with a real HTML5 parser (Lexbor, through selectolax)."""

from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from wirewatch.core.page import is_whole_page, page_text

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
        # A printable text holds no whitespace but the plain space (every other space
        # is a control or separator character: a test checks each code point), and
        # ``isprintable`` reads a line in about half the time of the pattern.
        and (text.isprintable() or _UNUSUAL_SPACE.search(text) is None)
    ):
        return text
    return " ".join(text.split())


#: Lexbor's parse time grows with the square of element nesting (each block start
#: tag looks down the open-element stack: 100k nested ``<div>`` took 17 s) and of a
#: tag's attribute count (50k attributes: 31 s; 1,000 take 1.4 ms, 2,000 9 ms). Real
#: pages nest a few dozen levels and carry a few attributes a tag, so markup past
#: these bounds is pathological and is read by ``flat_text`` instead, which is linear.
MAX_NESTING = 512
MAX_ATTRIBUTES = 1024
#: An attribute takes at least two characters (a name and a space), so a tag shorter
#: than this cannot hold more than ``MAX_ATTRIBUTES``: its attributes are not counted.
_COUNT_MIN_CHARS = 2 * MAX_ATTRIBUTES
#: Markup with fewer tags than this cannot nest deeper than ``MAX_NESTING``, and a
#: text this short cannot hold a tag with that many attributes: neither is scanned.
_SCAN_MIN_CHARS = 4096
# A start or end tag as the tokenizer sees it: ``<`` and a letter, up to the next
# ``>`` or the end of the text (an unclosed tag runs to the end).
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)([^>]*)>?")
# An attribute as the tokenizer reads one: a name, then maybe ``=`` and a value,
# quoted (a ``>`` or a space inside quotes is part of it) or not.
_ATTRIBUTE = r"""[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?"""
#: A tag as ``is_pathological`` scans it: a quoted value runs past a ``>`` (``<path
#: d="...">``, ``<meta content="...">``), so the attributes after it are still seen.
_SCANNED_TAG = re.compile(rf"<(/?)([A-Za-z][^\s/>]*)((?:[\s/]+|{_ATTRIBUTE})*)>?")
_ATTRIBUTES = re.compile(_ATTRIBUTE)
#: Elements without an end tag, or closed implicitly by their next sibling: they do
#: not deepen the tree however many follow each other.
_NON_NESTING = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "rp",
        "rt",
    ]
)
#: Elements whose content is not text a reader sees.
_RAW_TEXT = frozenset(
    ["script", "style", "noscript", "template", "textarea", "title", "xmp", "iframe", "svg"]
)


def is_pathological(markup: str) -> bool:
    """True when Lexbor would take super-linear time on ``markup``: nesting deeper
    than ``MAX_NESTING`` or a tag with more than ``MAX_ATTRIBUTES`` attributes.

    Attributes are counted, not characters: a long value is linear to parse, and
    real pages carry many (SVG paths, JSON in ``data-`` attributes, a ``<`` inside a
    script read as a tag): measuring tags by length (4,096 characters) flagged 49 of
    the 181 pages of the Scrapinghub benchmark, and their text was read flat with
    all its chrome. Counted, none of those 181 nor the 94 largest Readability test
    pages comes near either bound (nesting 288, attributes 802 at most)."""
    if len(markup) < _SCAN_MIN_CHARS and markup.count("<") < MAX_NESTING:
        return False
    depth = 0
    for match in _SCANNED_TAG.finditer(markup):
        closing, name, rest = match.groups()
        if len(rest) > _COUNT_MIN_CHARS and _attribute_count(rest) > MAX_ATTRIBUTES:
            return True
        if closing:
            depth = max(0, depth - 1)
        elif not rest.endswith("/") and name.lower() not in _NON_NESTING:
            depth += 1
            if depth > MAX_NESTING:
                return True
    return False


def _attribute_count(rest: str) -> int:
    return sum(1 for _ in _ATTRIBUTES.finditer(rest))


def flat_text(markup: str) -> str:
    """The text of pathological markup in linear time, without building a tree:
    tags dropped (block tags break lines), entities decoded, script-like content
    skipped. Coarser than ``html_to_text`` (no chrome removal), used only when a
    tree would cost too much."""
    lines: list[str] = []
    current: list[str] = []
    skipping: str | None = None
    position = 0
    for match in _TAG.finditer(markup):
        closing, raw_name, _ = match.groups()
        name = raw_name.lower()
        if skipping is None:
            current.append(markup[position : match.start()])
        position = match.end()
        if skipping is not None:
            if closing and name == skipping:
                skipping = None
            continue
        if not closing and name in _RAW_TEXT:
            skipping = name
        elif name in _BLOCKS and current:
            lines.append("".join(current))
            current = []
    if skipping is None:
        current.append(markup[position:])
    if current:
        lines.append("".join(current))
    return "\n".join(
        line for line in (collapse_spaces(html.unescape(part)) for part in lines) if line
    )


def html_to_text(markup: str) -> str:
    """Visible article text, one paragraph a line; page chrome and scripts dropped.

    A whole page goes to trafilatura, a fragment (a body of a few paragraphs) to
    Lexbor alone; markup that would make either parser super-linear is read flat."""
    if is_pathological(markup):
        return flat_text(markup)
    if is_whole_page(markup):
        # A whole page: its story picked out of the chrome around it (see page.py),
        # or, when no main text is found there, what Lexbor keeps of it.
        return page_text(markup) or lexbor_text(markup)
    return lexbor_text(markup)


def lexbor_text(markup: str) -> str:
    """The text of the ``<article>`` (or ``<main>``, or ``<body>``) element minus the
    elements that never carry article text, one paragraph a line.

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


def _collect(root: LexborNode, lines: list[str]) -> None:
    # Walk the tree once, breaking lines at block elements so paragraphs survive.
    current: list[str] = []
    for node in root.traverse(include_text=True):
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
