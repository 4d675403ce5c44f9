"""Whole saved newsroom pages through the core, as ``wirewatch process`` reads a
``.html`` file: the story's entities and contacts survive, the chrome's do not.

The pages are invented, built like real ones: no ``<article>`` element, the story in
site-specific ``<div>``s, and around it a menu, a "most read" rail and related-story
teasers whose headlines name Turkish and Libyan leaders (a teaser "Erdoğan receives
Haftar in Ankara" must not become a contact), a comment thread, a cookie banner and a
footer, all in plain ``<div>``s with classes no fixed selector list knows.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from wirewatch.core import html as html_module
from wirewatch.core import page as page_module
from wirewatch.core.html import html_to_text
from wirewatch.core.offline import OfflineRunner
from wirewatch.core.page import MAX_PAGE_TAGS, is_whole_page, page_text
from wirewatch.core.pipeline import Pipeline
from wirewatch.io.inputs import document_payload
from wirewatch.settings import Settings

FIDAN = "person:hakan-fidan"
DBEIBAH = "person:abdul-hamid-dbeibah"
ERDOGAN = "person:recep-tayyip-erdogan"
HAFTAR = "person:khalifa-haftar"


def _page(
    *,
    lang: str,
    headline: str,
    paragraphs: list[str],
    teasers: list[str],
    most_read: str,
    comments: list[str],
    cookie: str,
    footer: str,
    rtl: bool = False,
) -> str:
    direction = ' dir="rtl"' if rtl else ""
    teaser_items = "".join(
        f'<div class="c-teaser"><a href="/news/{n}"><span class="c-teaser__title">{t}</span>'
        f"</a></div>"
        for n, t in enumerate(teasers)
    )
    list_items = "".join(f'<li><a href="/top/{n}">{t}</a></li>' for n, t in enumerate(teasers))
    comment_items = "".join(
        f'<div class="cmt-item"><span class="cmt-user">user{n}</span><div class="cmt-body">'
        f"{c}</div></div>"
        for n, c in enumerate(comments)
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{headline} | Wire Daily</title>
<meta property="og:title" content="{headline}">
<script>window.dataLayer=[];for(var i=0;i<dataLayer.length;i++){{track(i)}}</script>
<style>.c-teaser{{display:block}}</style></head>
<body><div class="site-wrap">
<div class="topbar"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/economy">Economy</a> <a href="/sport">Sport</a></div>
<div class="ticker"><span>{teasers[0]}</span></div>
<div class="grid"><div class="col-main">
<div class="story-head"><h1 class="story-title">{headline}</h1>
<div class="story-meta"><span>Wire Daily</span> <time>07.12.2026</time></div></div>
<div class="story-text">{body}</div>
<div class="story-more"><div class="box-title">{most_read}</div>{teaser_items}</div>
<div class="cmt-wrap">{comment_items}</div>
</div>
<div class="col-side"><div class="box-title">{most_read}</div><ol>{list_items}</ol></div>
</div>
<div class="consent-bar">{cookie}</div>
<div class="site-foot">{footer} <a href="/about">About</a> <a href="/contact">Contact</a></div>
</div></body></html>"""


ENGLISH = _page(
    lang="en",
    headline="Fidan holds talks with Dbeibah in Tripoli on energy and security",
    paragraphs=[
        "Turkish Foreign Minister Hakan Fidan met Libyan Prime Minister Abdul Hamid "
        "Dbeibah in Tripoli on Saturday, the Libyan government said in a statement.",
        "The two discussed cooperation on energy projects, the reopening of consular "
        "services and the training of Libyan security forces, the statement said.",
        "Fidan arrived in the Libyan capital on Friday evening for a two-day visit, his "
        "first since taking office, and was received at Mitiga airport by officials.",
        "Officials in Tripoli said further meetings on maritime boundaries and "
        "electricity contracts were expected in the coming weeks.",
    ],
    teasers=[
        "Erdogan receives Haftar in Ankara for surprise talks",
        "Haftar meets Erdogan envoy in Benghazi as ties thaw",
        "Oil prices climb as OPEC weighs new output cuts",
        "Storm leaves thousands without power across the coast",
    ],
    most_read="Most read",
    comments=[
        "Erdogan and Haftar should have met years ago, this changes everything.",
        "Great news for Haftar supporters in the east.",
    ],
    cookie="We use cookies to improve your experience. By continuing to browse you "
    "accept our cookie policy. Accept all | Manage settings",
    footer="© 2026 Wire Daily Media Group. All rights reserved.",
)

TURKISH = _page(
    lang="tr",
    headline="Fidan, Trablus'ta Dibeybe ile görüştü",
    paragraphs=[
        "Dışişleri Bakanı Hakan Fidan, Libya Başbakanı Abdulhamid Dibeybe ile Cumartesi "
        "günü Trablus'ta bir araya geldi.",
        "Görüşmede enerji alanındaki işbirliği, konsolosluk hizmetlerinin yeniden "
        "başlatılması ve güvenlik eğitimi ele alındı.",
        "Fidan, Cuma akşamı iki günlük ziyaret için Libya'nın başkentine ulaştı ve "
        "Mitiga Havalimanı'nda yetkililer tarafından karşılandı.",
        "Yetkililer, deniz yetki alanları ve elektrik sözleşmelerine ilişkin yeni "
        "toplantıların önümüzdeki haftalarda yapılmasının beklendiğini belirtti.",
    ],
    teasers=[
        "Cumhurbaşkanı Erdoğan, Hafter'i Ankara'da kabul etti",
        "Hafter ile Erdoğan arasında sürpriz görüşme",
        "Akaryakıt fiyatlarına yeni zam geldi",
        "Süper Lig'de haftanın programı belli oldu",
    ],
    most_read="En çok okunanlar",
    comments=[
        "Erdoğan ve Hafter görüşmesi çok önemli bir adım.",
        "Hafter'e güvenilmez, unutmayın.",
    ],
    cookie="Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez "
    "politikamızı kabul etmiş olursunuz. Tamam",
    footer="© 2026 Haber Medya A.Ş. Tüm hakları saklıdır.",
)

ARABIC = _page(
    lang="ar",
    rtl=True,
    headline="فيدان يبحث مع الدبيبة في طرابلس ملفات الطاقة والأمن",
    paragraphs=[
        "التقى وزير الخارجية التركي هاكان فيدان رئيس حكومة الوحدة الوطنية الليبية عبد "
        "الحميد الدبيبة في طرابلس يوم السبت، بحسب بيان للحكومة.",
        "وبحث الجانبان التعاون في مشروعات الطاقة وإعادة فتح الخدمات القنصلية وتدريب "
        "قوات الأمن الليبية، وفق البيان.",
        "ووصل فيدان إلى العاصمة الليبية مساء الجمعة في زيارة تستمر يومين، واستقبله "
        "مسؤولون في مطار معيتيقة.",
        "وقال مسؤولون في طرابلس إن اجتماعات أخرى بشأن الحدود البحرية وعقود الكهرباء "
        "متوقعة خلال الأسابيع المقبلة.",
    ],
    teasers=[
        "أردوغان يستقبل حفتر في أنقرة في زيارة مفاجئة",
        "حفتر يلتقي مبعوث أردوغان في بنغازي",
        "أسعار النفط ترتفع مع ترقب قرار أوبك",
        "عاصفة تقطع الكهرباء عن آلاف المنازل",
    ],
    most_read="الأكثر قراءة",
    comments=[
        "لقاء أردوغان وحفتر خطوة مهمة جدا.",
        "حفتر لا يمكن الوثوق به.",
    ],
    cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق",
    footer="© 2026 جميع الحقوق محفوظة لمؤسسة الأخبار.",
)

PAGES = {"en": ENGLISH, "tr": TURKISH, "ar": ARABIC}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


def _outputs(pipeline: Pipeline, tmp_path: Path, pages: dict[str, str]) -> list[dict]:
    """Every record ``wirewatch process`` would write for these ``.html`` files."""
    runner = OfflineRunner(pipeline)
    records = []
    for name, markup in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_text(markup, encoding="utf-8")

        class _Record:
            payload = document_payload(path)
            line = None

        records.append(_Record())
    return [output.to_json_line() for output in runner.run(records)]


def _enriched(outputs: list[dict]) -> list[dict]:
    return [o["value"] for o in outputs if o["topic"] == "articles.enriched"]


def _pairs(outputs: list[dict]) -> set[frozenset[str]]:
    return {
        frozenset(p["id"] for p in o["value"]["participants"])
        for o in outputs
        if o["topic"] == "events.contacts"
    }


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_story_survives_and_the_chrome_does_not(
    pipeline: Pipeline, tmp_path: Path, lang: str
) -> None:
    outputs = _outputs(pipeline, tmp_path, {lang: PAGES[lang]})
    (article,) = _enriched(outputs)
    assert article["lang"] == lang
    ids = {entity["id"] for entity in article["entities"]}
    # the story's people
    assert {FIDAN, DBEIBAH} <= ids
    # the teasers', the "most read" list's and the comments' people
    assert not ids & {ERDOGAN, HAFTAR}
    assert _pairs(outputs) == {frozenset({FIDAN, DBEIBAH})}
    text = article["text"]
    # the headline opens the text, as a whole article opens with it
    assert text.split("\n")[0].startswith(("Fidan", "فيدان"))
    for chrome in ("cookie", "çerez", "ملفات تعريف", "©", "Home", "user0"):
        assert chrome not in text


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_without_the_chrome_the_same_rules_would_have_found_the_teaser_contact(
    pipeline: Pipeline, tmp_path: Path, lang: str
) -> None:
    # The teaser headlines are contacts the detector finds when they are text: the
    # test above can fail (its pages do carry the false contact).
    teasers = html_module.lexbor_text(PAGES[lang])
    outputs = _outputs(pipeline, tmp_path, {f"{lang}-flat": f"<div>{teasers}</div>"})
    ids = {entity["id"] for article in _enriched(outputs) for entity in article["entities"]}
    assert {ERDOGAN, HAFTAR} <= ids


def test_the_same_story_from_two_sites_is_still_a_duplicate(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    other_site = (
        ENGLISH.replace("Wire Daily", "Tripoli Observer")
        .replace("Oil prices climb as OPEC weighs new output cuts", "Markets close higher")
        .replace('class="grid"', 'class="layout-3col"')
        .replace("Most read", "Trending now")
    )
    first, second = _enriched(_outputs(pipeline, tmp_path, {"a": ENGLISH, "b": other_site}))
    assert first["dedup"]["duplicate_of"] is None
    assert second["dedup"]["duplicate_of"] == first["article_id"]


def test_a_fragment_stays_on_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(markup: str) -> str:
        raise AssertionError("a fragment went to the whole-page extractor")

    monkeypatch.setattr(html_module, "page_text", refuse)
    fragment = "<p>Fidan met Dbeibah in Tripoli.</p><p>They discussed energy.</p>"
    assert not is_whole_page(fragment)
    assert html_to_text(fragment) == "Fidan met Dbeibah in Tripoli.\nThey discussed energy."
    # a word "body" or "html" in the text is no document tag
    assert not is_whole_page("<p>The body of the html file was empty.</p>")


@pytest.mark.parametrize(
    "page",
    [
        "<!doctype html><p>x</p>",
        "<HTML><p>x</p></HTML>",
        "<head><title>x</title></head><p>x</p>",
        '<body class="story">x</body>',
    ],
)
def test_a_document_tag_makes_a_whole_page(page: str) -> None:
    assert is_whole_page(page)


def test_a_page_without_main_text_falls_back_to_lexbor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "page_text", lambda markup: "")
    page = "<html><body><nav>Menu</nav><div><p>Haftar met Fidan.</p></div></body></html>"
    assert html_to_text(page) == "Haftar met Fidan."


def test_page_text_gives_nothing_for_an_empty_page_and_logs_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        assert page_text("<html><body></body></html>") == ""
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_page_with_more_tags_than_the_bound_is_left_to_lexbor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # trafilatura's time grows with the elements (a megabyte of <p> took 9 s): past
    # the bound it is never called, and Lexbor reads the page in linear time.
    def refuse() -> None:
        raise AssertionError("trafilatura called on a page past the tag bound")

    monkeypatch.setattr(page_module, "_trafilatura", refuse)
    crowded = "<html><body>" + "<p>Haftar met Fidan.</p>" * (MAX_PAGE_TAGS // 2 + 1)
    assert page_text(crowded) == ""
    assert html_to_text(crowded).split("\n")[0] == "Haftar met Fidan."


def test_saved_pages_and_fetched_feed_pages_are_read_with_one_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # core/page.py and the feed poller's full-text fetch hand trafilatura the one
    # EXTRACTION constant: a change of it reaches both (they once diverged, and the
    # poller's defaults let a reader's comment into the article).
    import trafilatura

    from wirewatch.feeds import poller

    seen: list[dict[str, object]] = []

    def record(*args: object, **settings: object) -> None:
        seen.append({k: settings[k] for k in ("favor_precision", "include_comments")})

    narrowed = {"favor_precision": False, "include_comments": True}
    monkeypatch.setattr(trafilatura, "bare_extraction", record)
    monkeypatch.setattr(trafilatura, "extract", record)
    monkeypatch.setitem(page_module.EXTRACTION, "favor_precision", False)
    monkeypatch.setitem(page_module.EXTRACTION, "include_comments", True)
    page_text("<html><body><p>Haftar met Fidan.</p></body></html>")
    poller._extract_text(b"<html><body><p>x</p></body></html>", "utf-8", "https://a.example/")
    assert seen == [narrowed, narrowed]


def test_the_extraction_favours_precision_without_comments() -> None:
    assert page_module.EXTRACTION == {"favor_precision": True, "include_comments": False}
