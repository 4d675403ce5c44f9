"""Organisations added to the KB for Turkish copy on Libya (enttr): the Official
Gazette the troop mandates are published in, a cited foreign magazine, the Court of
Accounts and the New Path parliamentary group, in sentences written for the test;
and the forms left out on purpose."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _ids(detector: EntityDetector, text: str, lang: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("Libya tezkeresine ilişkin karar bugünkü Resmi Gazete'de yayımlandı.",
         "org:tr-official-gazette"),
        ("Cumhurbaşkanı kararı Resmî Gazete’de yayımlanarak yürürlüğe girdi.",
         "org:tr-official-gazette"),
        ("Der Spiegel dergisinin haberine göre Türk SİHA'ları dengeleri değiştirdi.",
         "org:der-spiegel"),
        ("Sayıştay Libya Sayıştayı ile denetim eğitimi protokolü imzaladı.",
         "org:tr-court-of-accounts"),
        ("Tezkereye Yeni Yol Partisi de evet oyu verdi.", "org:tr-new-path-group"),
    ],
)  # fmt: skip
def test_the_added_organisation_is_found(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text, "tr")


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # Libya's audit bureau keeps its name; the bare word is Turkish text's own only
        ("Libya Sayıştayı yıllık raporunu açıkladı.", "tr", "org:tr-court-of-accounts"),
        ("The Libyan audit bureau Sayistay report was cited.", "en", "org:tr-court-of-accounts"),
        # no Arabic alias: the bare Arabic gazette and audit bureau are any country's
        ("ونشرت الجريدة الرسمية القرار الجديد.", "ar", "org:tr-official-gazette"),
        ("وأصدر ديوان المحاسبة تقريره السنوي.", "ar", "org:tr-court-of-accounts"),
        # the lower-case common words
        ("Trablus'ta yeni yol projesi tamamlandı.", "tr", "org:tr-new-path-group"),
        ("Yeni yol projesi Trablus'ta tamamlandı.", "tr", "org:tr-new-path-group"),
    ],
)
def test_the_forms_left_out_stay_unlinked(
    detector: EntityDetector, text: str, lang: str, absent: str
) -> None:
    assert absent not in _ids(detector, text, lang)
