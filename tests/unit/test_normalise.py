"""Normalisation: clean display text, the matching form, language, URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.core.html import html_to_text
from wirewatch.core.language import detect_language
from wirewatch.core.normalise import clean_text, normalise
from wirewatch.core.textfold import fold, fold_char_string
from wirewatch.core.urls import canonical_url

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_183260085f83e7c3.txt"


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
