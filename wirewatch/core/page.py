"""The article of a whole saved web page: its headline and main text, by trafilatura.

A whole newsroom page carries, besides its story, menus, "most read" lists, tickers,
teasers of related stories, comment threads, cookie banners and footers, mostly in
plain ``<div>``s with site-specific classes that no fixed list of selectors names.
Every name in them would become an entity of the article, and a teaser headline
("Erdoğan receives Dbeibah in Ankara") a contact event. trafilatura scores the page's
blocks (text density, links, position) to keep the main text only.

Measured with ``bench/bench_html.py`` on the 181 pages of the Scrapinghub article
extraction benchmark: ``html_to_text`` before this module (Lexbor minus chrome
selectors, or the flat text of the 49 pages its guard wrongly called pathological)
kept at least ten words the truth never uses on 90% of pages (199 such words a
page, 109 of them capitalised: would-be entities), and with it on 23% (10 a page,
3 capitalised), shingle F1 0.801 -> 0.953, at ~14 ms of CPU a page (median)
instead of ~1 ms. Fragments (a body of a few ``<p>``s) never
come here (``is_whole_page``) and cost nothing more.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from types import ModuleType
from typing import Any, Final, TypedDict

#: What only a whole document has: a doctype, or its ``<html>``/``<head>``/``<body>``
#: tags. A fragment of paragraphs has none, and stays on Lexbor's fast path.
_DOCUMENT_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)


class ExtractionSettings(TypedDict):
    favor_precision: bool
    include_comments: bool


#: How trafilatura reads an article out of a page, here and in the feed poller's
#: full-text fetches (``feeds/poller.py``), written once so the two cannot drift:
#: tuned to precision, comments left out. On the Scrapinghub benchmark's 181 real
#: pages (``bench/bench_html.py``) the defaults left words of the page's chrome in
#: 34 % of pages (shingle F1 0.953), these in 20 % (F1 0.964); recall 0.978 -> 0.971.
EXTRACTION: Final[ExtractionSettings] = {"favor_precision": True, "include_comments": False}


#: trafilatura's time grows with the page's elements: ~25-40 µs of CPU each for
#: elements of text (a megabyte of 240k ``<p>`` took 9 s, of 21k ``<div>``s 1 s).
#: Of the 275 real pages of ``bench/bench_html.py`` one has more tags than this
#: (a Wikipedia page of 19k, 450 ms), the rest at most 8.6k. A page past it is
#: left to Lexbor, whose time is linear below ``html.MAX_NESTING``.
MAX_PAGE_TAGS = 10_000


def is_whole_page(markup: str) -> bool:
    return _DOCUMENT_TAG.search(markup) is not None


@cache
def _trafilatura() -> ModuleType:
    # Imported on the first whole page (~0.6 s): processes that only ever read plain
    # text or fragments never pay it.
    import trafilatura

    # A page without main text is an expected case the caller handles (Lexbor reads
    # it), but trafilatura logs it as an error or a warning ("parsed tree length",
    # "discarding data"): one line an article, with nothing for an operator to do.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return trafilatura


def page_text(markup: str) -> str:
    """The page's headline and main text, one paragraph a line, or "" when
    trafilatura finds no main text or the page has more than ``MAX_PAGE_TAGS`` tags
    (the caller falls back).

    Tuned to precision (:data:`EXTRACTION`): a word of chrome costs a false entity or
    contact, a lost sentence of the story much less (recall 0.978 -> 0.971 on the
    benchmark, leaking pages 34% -> 20%). The headline opens the text, as a whole
    article opens with it (the headline rules of ``contacts`` read it there);
    trafilatura gives the body without it.
    """
    if markup.count("<") > MAX_PAGE_TAGS:
        return ""
    trafilatura = _trafilatura()
    tree = trafilatura.utils.load_html(markup)
    if tree is None:
        return ""
    # Read before the extraction, which prunes the tree it is given.
    headline = _headline(tree)
    document = trafilatura.bare_extraction(tree, **EXTRACTION)
    body: str = (document.text if document is not None else None) or ""
    lines = [line for line in (" ".join(part.split()) for part in body.split("\n")) if line]
    if not lines:
        return ""
    if headline and not lines[0].startswith(headline):
        lines.insert(0, headline)
    return "\n".join(lines)


def _headline(tree: Any) -> str:
    """The page's headline: its ``og:title``, else its only ``<h1>``. Not ``<title>``,
    which most sites end with their own name. (trafilatura's metadata would find it
    too, at ~5 ms a page for the dates, authors and tags it extracts besides.)"""
    for content in tree.xpath('//meta[@property="og:title"]/@content'):
        headline = " ".join(str(content).split())
        if headline:
            return headline
    headings = tree.xpath("//h1")
    if len(headings) == 1:
        return " ".join(headings[0].text_content().split())
    return ""
