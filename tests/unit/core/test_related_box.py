"""A "read also" / "related news" box of a whole article lists other stories'
headlines; ``clean_text`` drops the marker and the headline-like lines after it, so a
listed meeting is not read as the article's news. Paragraphs are left alone."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from schemas.internal import PreparedBatch
from wirewatch.core.normalise import clean_text
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings

_NEWS = "قالت بلدية مصراتة إنها أنهت صيانة شبكة المياه في ثلاثة أحياء."
_MORE = "وأضافت البلدية أن الأعمال ستمتد إلى الأحياء الجنوبية خلال الصيف."


@pytest.mark.parametrize(
    "box",
    [
        ["أخبار ذات صلة", "وزير الخارجية التركي يصل بنغازي في أول زيارة منذ سنوات"],
        [
            "مواضيع ذات صلة:",
            "تكالة يبحث مع السفير التركي ملف الانتخابات",
            "انقطاع الكهرباء في سبها",
        ],
        ["إقرأ أيضا", "الحداد يلتقي قائد القوات البرية التركية في طرابلس"],
        ["Related stories", "Erdogan hosts Libyan premier at Dolmabahce", "Oil output climbs"],
        ["İlgili Haberler", "Bakan Güler, Libyalı mevkidaşını kabul etti"],
        ["Read Next", "Menfi receives Turkish envoy in Tripoli"],
    ],
)
def test_a_related_box_and_its_headlines_are_dropped(box: list[str]) -> None:
    text = "\n".join([_NEWS, *box, _MORE])
    assert clean_text(text) == f"{_NEWS}\n{_MORE}"


@pytest.mark.parametrize(
    "line",
    [
        "اقرأ أيضاً: أردوغان يتلقى اتصالا من المنفي",
        "اقرأ كذلك - فيدان والمنقوش يوقعان مذكرة تفاهم",
        "Also read: Turkish spy chief meets Haftar's son in Benghazi",
        "Bunu da okuyun: Dibeybe Ankara'da Erdoğan ile görüştü",
    ],
)
def test_an_inline_marker_drops_its_headline_only(line: str) -> None:
    assert clean_text(f"{_NEWS}\n{line}\n{_MORE}") == f"{_NEWS}\n{_MORE}"


def test_paragraphs_after_a_marker_are_kept() -> None:
    """A sentence (it ends with a stop) or a long line closes the box."""
    long_line = "و" + " كلمة" * 60  # past the 250 characters a headline may have
    assert clean_text(f"ذات صلة\n{_MORE}") == _MORE
    assert clean_text(f"Related\n{long_line}") == long_line


def test_at_most_ten_headlines_follow_a_marker() -> None:
    """Some sites end no paragraph with a stop: the list is capped, not the article."""
    headlines = [f"عنوان خبر رقم {n}" for n in range(1, 12)]
    assert clean_text("\n".join(["أخبار ذات صلة", *headlines])) == "عنوان خبر رقم 11"


@pytest.mark.parametrize(
    "text",
    [
        # the words inside a sentence, not a marker
        "ذات صلة بالملف، قال المتحدث إن المحادثات مستمرة",
        "اقرأ أيضا ما كتبه الوزير في مذكراته عن تلك المرحلة",
        "Bu konuyla ilgili haberler dün yayımlandı",
        "Related talks in Ankara focused on the maritime deal",
        # a headline with no box before it: the article's own title
        "أردوغان يستقبل الدبيبة في أنقرة",
    ],
)
def test_lines_that_only_use_the_words_are_left_alone(text: str) -> None:
    assert clean_text(text) == text


def _pairs(body: str) -> set[frozenset[str]]:
    pipeline = Pipeline(Settings())
    record = {"source": "test", "url": "https://example.com/a", "title": "x", "body": body}
    record["published_at"] = "2025-06-02T09:00:00+00:00"
    origin = Origin(pipeline.settings.topic_raw, 0, 0, None, datetime(2025, 6, 2, tzinfo=UTC))
    pairs: set[frozenset[str]] = set()
    for output in pipeline.prepare_outputs(json.dumps(record).encode(), origin):
        if isinstance(output.value, PreparedBatch):
            for prepared in output.value.articles:
                for event in prepared.contact_events:
                    pairs.add(frozenset(p.id for p in event.participants))
    return pairs


def test_a_listed_meeting_is_no_contact_while_the_same_lead_is_one() -> None:
    headline = "وزير الدفاع التركي يشار غولر يستقبل رئيس الأركان الليبي محمد الحداد في أنقرة"
    lead = "استقبل وزير الدفاع التركي يشار غولر رئيس الأركان الليبي محمد الحداد في أنقرة اليوم."
    assert _pairs(f"{_NEWS}\nاقرأ أيضا\n{headline}\n{_MORE}") == set()
    assert _pairs(f"{lead}\n{_MORE}") != set()
