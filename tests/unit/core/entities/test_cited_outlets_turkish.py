"""Turkish dailies named by an everyday word (Sabah "morning", Sözcü "spokesman",
Karar "decision", Akit "contract" for Yeni Akit), linked where copy cites them (issue
#12, entcls): the name's apostrophe and any case ending, then a citation word
("Sabah'ın haberine göre", "Sözcü'ye konuşan", "Akit'e değerlendirdi"). Probes
written before reading any excerpt: three of the 28 outlet citations went unlinked
("Sabah'ın", "Sabah'a", "Sözcü'nün"); in English, "the daily Sabah". The same
words as words (no apostrophe: Turkish writes one only after a proper noun) and an
office's "Sözcüsü" must link nothing."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _orgs(detector: EntityDetector, text: str, lang: str = "tr") -> list[str]:
    return [e.id for e in detector.detect(fold(text), lang) if e.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Sabah'ın haberine göre anlaşma hafta sonu imzalanacak.", "org:sabah"),
        ("Konuyu Sabah'a değerlendiren yetkili, sürecin uzun süreceğini söyledi.", "org:sabah"),
        ("Sözcü'nün haberine göre askerler Libya'ya gönderildi.", "org:sozcu"),
        ("Karar'ın edindiği bilgiye göre heyet Trablus'a gidecek.", "org:karar"),
        ("Bakan, Sabah'a verdiği röportajda Libya ile işbirliğini anlattı.", "org:sabah"),
        ("Uzmanlar son durumu Akit'e değerlendirdiler.", "org:yeni-akit"),
        # the apostrophe left out of a case ending is still a citation of Anadolu
        ("Anadolu'nun aktardığına göre heyet yola çıktı.", "org:anadolu-agency"),
    ],
)
def test_a_cited_daily_is_linked(detector: EntityDetector, text: str, outlet: str) -> None:
    assert outlet in _orgs(detector, text)


def test_the_daily_sabah_in_english(detector: EntityDetector) -> None:
    text = "The pro-government daily Sabah said the agreement would be signed next week."
    assert "org:sabah" in _orgs(detector, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sabah erken saatlerde heyet Trablus'a ulaştı.", "tr"),
        ("Sabaha kadar süren görüşmede anlaşma sağlandı.", "tr"),
        ("Akşam saatlerinde Bakan Fidan açıklama yaptı.", "tr"),
        ("Takvime göre seçimler haziranda yapılacak.", "tr"),
        ("Karar oy birliğiyle alındı, Meclis tezkereyi onayladı.", "tr"),
        ("AK Parti Sözcüsü Ömer Çelik'in açıklamasına göre görüşme olumlu geçti.", "tr"),
        ("Star Holding'in açıklamasına göre yatırım sürecek.", "tr"),
        # English: the Malaysian state, no daily before it
        ("The minister later flew to Sabah in Malaysia.", "en"),
    ],
)
def test_the_same_words_as_words_link_nothing(
    detector: EntityDetector, text: str, lang: str
) -> None:
    outlets = {"org:sabah", "org:sozcu", "org:aksam", "org:karar", "org:star-gazetesi"}
    assert not outlets & set(_orgs(detector, text, lang)) and "org:takvim" not in _orgs(
        detector, text, lang
    )
