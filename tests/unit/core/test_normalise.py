"""Normalisation: clean display text, the matching form, language, URLs."""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from wirewatch.core.html import flat_text, html_to_text, is_pathological
from wirewatch.core.language import detect_language
from wirewatch.core.normalise import clean_text, normalise, stream_safe
from wirewatch.core.textfold import fold, fold_char_string
from wirewatch.core.urls import canonical_url, published_url

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_183260085f83e7c3.txt"


def test_html_page_chrome_and_scripts_are_dropped() -> None:
    page = """<html><head><title>x</title><script>track()</script><style>p{}</style></head>
    <body><nav>Home | World</nav><header>Site</header>
    <article><h1>Title</h1><p>First <b>para</b> &amp; more.</p><p>Second</p>
    <div class="share">Share</div><script>ads()</script></article>
    <footer>(c) 2026</footer></body></html>"""
    assert html_to_text(page) == "Title\nFirst para & more.\nSecond"


def test_html_without_article_element_keeps_body_text() -> None:
    assert clean_text("<div><p>أ</p><p>ب</p></div><aside>related</aside>") == "أ\nب"


def test_plain_text_keeps_paragraphs_and_tidies_spaces() -> None:
    assert clean_text("  one   two \r\n\r\n\tthree  ") == "one two\nthree"


def test_boilerplate_lines_are_dropped_but_sentences_with_those_words_kept() -> None:
    text = "Real sentence.\nShare this article\nPeople share this view.\nمناقشة حول هذا post"
    assert clean_text(text) == "Real sentence.\nPeople share this view."


def test_nfkc_turns_presentation_forms_into_letters() -> None:
    # U+FEFB is the lam-alef ligature; full-width Latin letters fold to ASCII.
    assert clean_text("\ufefb ＡＢＣ") == "لا ABC"


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("إِبْرَاهِيمُ", "ابراهيم"),  # diacritics and hamza-alef
        ("حفـــتر", "حفتر"),  # tatweel
        ("أنقرة", "انقره"),  # alef variants, taa marbuta
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("٢٠٢٣ و۲۰۲۴", "2023 و2024"),  # Arabic-Indic and extended digits
        ("Kalın", "kalin"),
        ("İbrahim KALIN", "ibrahim kalin"),
        ("Hafter’in", "hafter'in"),
        ("Güven Begeç", "guven begec"),
    ],
)
def test_matching_form_folds_variants(variant: str, plain: str) -> None:
    assert fold_char_string(variant) == plain


def test_matching_offsets_map_back_to_display_text() -> None:
    display = "التقى إبراهيم قالِن بحفـتر في بنغازي"
    folded = fold(display)
    for needle, surface in [("قالن", "قالِن"), ("حفتر", "حفـتر"), ("ابراهيم", "إبراهيم")]:
        start = folded.folded.index(needle)
        a, b = folded.to_display(start, start + len(needle))
        assert display[a:b] == surface


def test_display_text_is_kept_apart_from_matching_form() -> None:
    result = normalise(
        title=" عنوان ", body="إبراهيم قالِن", url=None, published_at=None, lang_hint=None
    )
    assert result.text == "إبراهيم قالِن"
    assert result.folded.folded == "ابراهيم قالن"
    assert result.title == "عنوان"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (SEED.read_text(encoding="utf-8"), "ar"),
        (
            "Libya's eastern commander Khalifa Haftar met Turkey's intelligence chief in "
            "Benghazi on Monday, where the two sides discussed cooperation and migration.",
            "en",
        ),
        (
            "MİT Başkanı İbrahim Kalın, Libya'nın doğusundaki Bingazi kentinde Halife Hafter ile "
            "görüştü. Görüşmede iki ülke arasındaki işbirliği ele alındı.",
            "tr",
        ),
    ],
)
def test_language_is_detected(text: str, lang: str) -> None:
    assert detect_language(text).lang == lang


def test_language_hint_breaks_ties_on_short_ambiguous_text() -> None:
    assert detect_language("Haftar Kalin Benghazi", hint="en").lang == "en"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://Example.COM:443/news/a?utm_source=tw&id=3&fbclid=x#comments",
            "https://example.com/news/a?id=3",
        ),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:8080/a?gclid=1", "http://example.com:8080/a"),
        ("not a url", "not a url"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


# -- hostile input: bounded time, safe URLs, look-alike letters ------------------------


def test_runs_of_combining_marks_are_cut_to_the_stream_safe_thirty() -> None:
    assert stream_safe("a" + "\u0301" * 40) == "a" + "\u0301" * 30
    marks = "".join(chr(0x064B + i % 8) for i in range(100))
    assert stream_safe("ب" + marks + " نص") == "ب" + marks[:30] + " نص"
    # Characters that only decompose into non-starters count too (U+0F73 → 0F71 0F72).
    assert stream_safe("ཀ" + "\u0f73" * 50) == "ཀ" + "\u0f73" * 30
    ordinary = "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ Ça va? 😀 " * 20
    assert stream_safe(ordinary) is ordinary
    assert stream_safe("\u0301" * 30) == "\u0301" * 30


def _stream_safe_plainly(text: str) -> str:
    """UAX #15's rule spelt out character by character: runs cut to thirty."""
    out, run = [], 0
    for char in text:
        decomposed = unicodedata.normalize("NFKD", char)
        non_starter = bool(unicodedata.combining(char)) or (
            bool(unicodedata.decomposition(char)) and bool(unicodedata.combining(decomposed[0]))
        )
        run = run + 1 if non_starter else 0
        if run <= 30:
            out.append(char)
    return "".join(out)


@pytest.mark.parametrize("seed", range(30))
def test_stream_safe_cuts_as_the_rule_reads(seed: int) -> None:
    rng = random.Random(seed)
    # Marks, letters that decompose to a mark (Turkish, Arabic with hamza), starters.
    pieces = ["\u0301", "\u064e", "\u0f73", "ş", "ğ", "أ", "a", "ب", " ", "😀"]
    runs = [
        rng.choice(pieces) * rng.choice([1, 2, 29, 30, 31, 32, 45])
        for _ in range(rng.randint(1, 12))
    ]
    text = "".join(runs)
    assert stream_safe(text) == _stream_safe_plainly(text)


def test_no_non_starter_lies_beyond_the_first_two_planes() -> None:
    for code in range(0x20000, sys.maxunicode + 1):
        char = chr(code)
        assert not unicodedata.combining(char), hex(code)
        if unicodedata.decomposition(char):
            assert not unicodedata.combining(unicodedata.normalize("NFKD", char)[0]), hex(code)


def test_a_megabyte_of_combining_marks_normalises_in_linear_time() -> None:
    body = "ب" + "".join(chr(0x064B + i % 8) for i in range(500_000))
    started = time.process_time()
    assert clean_text(body) == unicodedata.normalize("NFKC", "ب" + body[1:31])
    assert time.process_time() - started < 1.0


def test_pathological_markup_is_read_flat_in_linear_time() -> None:
    deep = "<div>" * 100_000 + "Haftar"
    assert is_pathological(deep)
    assert html_to_text(deep) == "Haftar"
    attributes = "<p " + " ".join(f"a{i}=x" for i in range(50_000)) + ">Haftar met Fidan</p>"
    assert is_pathological(attributes)
    assert html_to_text(attributes) == "Haftar met Fidan"
    ordinary = "<article>" + "<div><p>Hello <b>world</b></p></div>" * 2000 + "</article>"
    assert not is_pathological(ordinary)


def test_flat_text_keeps_paragraphs_and_entities_and_drops_scripts() -> None:
    markup = (
        "<h1>Title</h1><p>First &amp; <b>bold</b></p><script>if (a < b) x()</script>"
        "<style>p {}</style><p>Second</p><script>never closed"
    )
    assert flat_text(markup) == "Title\nFirst & bold\nSecond"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ],
)
def test_unsafe_url_schemes_are_dropped_from_published_records(url: str) -> None:
    assert published_url(url) is None
    article = normalise(title=None, body="b", url=url, published_at=None, lang_hint=None)
    assert article.url is None


def test_http_and_schemeless_urls_are_published() -> None:
    assert published_url("HTTPS://A.example/x?utm_source=y") == "https://a.example/x"
    assert published_url("/news/1") == "/news/1"


@pytest.mark.parametrize("spelling", ["Hаftar", "НАFTАR", "Haftаr", "Ηaftar", "hαftαr"])
def test_look_alike_letters_inside_latin_words_fold_to_latin(spelling: str) -> None:
    assert fold_char_string(spelling) == "haftar"
    folded = fold(f"Marshal {spelling} met Fidan. " * 10)
    assert folded.folded.startswith("marshal haftar met fidan.")
    assert len(folded.folded) == len(folded.display)


def test_cyrillic_and_greek_words_are_left_as_they_are() -> None:
    assert fold_char_string("Москва и Αθήνα") == "москва и αθήνα"
    assert fold("Москва " * 40).folded == "москва " * 40
