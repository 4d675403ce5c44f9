"""A "related news" heading and the headline list after it are dropped from the text:
on a whole page those headlines are other stories, and stage 1 read each as the page's
own news ("Fidan, Dibeybe ile görüştü" under "İLGİLİ HABERLER" raised a contact alert
the page never reports). Invented pages in the three languages; the story's own lines,
prose after a heading, and sentences that merely use the words are kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from schemas.internal import PreparedBatch
from wirewatch.core.normalise import clean_text
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            "Bakan Kacır, Libyalı mevkidaşını Ankara'da ağırladı.\n"
            "BENZER HABERLER\n"
            "Erdoğan, Menfi ile telefonda görüştü\n"
            "Dibeybe'den Türkiye'ye teşekkür!\n"
            "Trablus'ta elektrik kesintisi sürüyor",
            "Bakan Kacır, Libyalı mevkidaşını Ankara'da ağırladı.",
        ),
        (
            "Libya'nın doğusunda sel felaketinin bilançosu ağırlaşıyor.\n"
            "» İlginizi Çekebilir (4):\n"
            "Kurtulmuş Libya heyetini kabul etti\n"
            "\n"
            "Kızılay ekipleri Derne'de yardım dağıtmayı sürdürdü.",
            "Libya'nın doğusunda sel felaketinin bilançosu ağırlaşıyor.\n"
            "Kızılay ekipleri Derne'de yardım dağıtmayı sürdürdü.",
        ),
        (
            "The minister spoke to reporters in Misrata.\n"
            "Most Read\n"
            "Erdogan hosts Dbeibah in Istanbul\n"
            "Oil output recovers after blockade",
            "The minister spoke to reporters in Misrata.",
        ),
        (
            "وصل الوفد التركي إلى مطار معيتيقة صباح اليوم.\n"
            "اقرأ أيضاً\n"
            "الدبيبة يستقبل السفير التركي في طرابلس\n"
            "وقال مصدر حكومي إن الزيارة تستمر يومين.",
            "وصل الوفد التركي إلى مطار معيتيقة صباح اليوم.\n"
            "وقال مصدر حكومي إن الزيارة تستمر يومين.",
        ),
        # the heading before a colon, on the headline's own line; the story goes on
        (
            "Görüşmede enerji iş birliği ele alındı.\n"
            "İlgili Haber: Bayraktar Trablus'ta Bengdara ile görüştü\n"
            "Taraflar yeni bir mutabakat zaptı imzaladı.",
            "Görüşmede enerji iş birliği ele alındı.\nTaraflar yeni bir mutabakat zaptı imzaladı.",
        ),
    ],
)
def test_a_related_list_is_dropped_and_the_story_kept(page: str, kept: str) -> None:
    assert clean_text(page) == kept


@pytest.mark.parametrize(
    "page",
    [
        # the words inside a sentence of the story
        "Bakanlık, Libya ile ilgili haberler için yeni bir basın merkezi kurdu.",
        "Readers of the most read daily in Benghazi were told of the visit.",
        # prose straight after a heading ends the list at once
        "Öne çıkanlar\nDışişleri Bakanı, Trablus'ta Libyalı mevkidaşıyla görüştü.",
        # a colon ends a line of prose that introduces a quotation
        'Related\nThe minister said:\n"We will keep our support."',
        # a colon later than a heading's reach is no inline heading
        "Bakan açıklamasında şöyle konuştu ve ekledi: Sıradaki haber bizim için önemli.",
    ],
)
def test_prose_is_never_taken_for_a_headline_list(page: str) -> None:
    lines = [
        line for line in page.split("\n") if line.casefold() not in {"öne çıkanlar", "related"}
    ]
    assert clean_text(page) == "\n".join(lines)


def test_a_long_line_after_a_heading_is_prose() -> None:
    long_line = "Türkiye ile Libya arasında " + "ticaret hacmi artıyor ve " * 12 + "sürüyor"
    assert clean_text("Diğer Haberler\n" + long_line) == long_line


def _current_pairs(body: str) -> set[frozenset[str]]:
    pipeline = Pipeline(Settings())
    record = {"source": "test", "url": "https://example.com/a", "body": body}
    record["published_at"] = "2025-04-02T09:00:00+00:00"
    origin = Origin(pipeline.settings.topic_raw, 0, 0, None, datetime(2025, 4, 2, tzinfo=UTC))
    pairs: set[frozenset[str]] = set()
    for output in pipeline.prepare_outputs(json.dumps(record).encode(), origin):
        if isinstance(output.value, PreparedBatch):
            for prepared in output.value.articles:
                pairs |= {
                    frozenset(p.id for p in e.participants)
                    for e in prepared.contact_events
                    if not e.historical
                }
    return pairs


def test_a_whole_page_alerts_only_for_its_own_contact() -> None:
    page = (
        "Erdoğan, Menfi'yi Dolmabahçe'de kabul etti\n"
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Libya Başkanlık Konseyi Başkanı Muhammed "
        "el-Menfi'yi Dolmabahçe Çalışma Ofisi'nde kabul etti.\n"
        "SON DAKİKA HABERLERİ\n"
        "Fidan, Bingazi'de Halife Hafter ile görüştü\n"
        "Bakan Güler, Saddam Hafter'i makamında ağırladı"
    )
    pairs = _current_pairs(page)
    assert pairs == {frozenset({"person:recep-tayyip-erdogan", "person:mohamed-menfi"})}
    # the same headlines as the page's own lines are contacts (the rule is the heading)
    unlisted = _current_pairs(page.replace("SON DAKİKA HABERLERİ\n", ""))
    assert len(unlisted) == 3
