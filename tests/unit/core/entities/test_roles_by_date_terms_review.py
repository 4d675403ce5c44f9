"""Role references around the changes of office of 2023-2025 that session 20's terms
review checked (the 2023 Turkish cabinet, the CBL crisis of August 2024, the NOC in
January 2025, Türkiye's chief of staff in August 2025, Libya's in December 2025): the
same phrase, on dates either side of a change, names the holder of that day, in each
language; and the later posts the review added (committee chairs, a party deputy
chairmanship, a rival government's deputy premiership) make no one a holder of the
offices a role reference names."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas import EntityType
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold


def _role_linked(detector: EntityDetector, linker: RoleLinker, text: str, lang: str, day: str):
    folded = fold(text)
    found = linker.link(folded, lang, detector.detect(folded, lang), datetime.fromisoformat(day))
    return {e.id for e in found if e.type is EntityType.PERSON and e.found_by == "role"}


# (lang, text, [(day, holder id or None), ...]); None: the KB knows no single holder then
CHANGES = [
    # Türkiye's vice-president: Oktay until June 2023, then Cevdet Yılmaz (Oktay's later
    # committee chair is no vice-presidency)
    (
        "tr",
        "Türkiye Cumhurbaşkanı Yardımcısı, Trablus'ta temaslarda bulundu.",
        [
            ("2022-11-02", "person:fuat-oktay"),
            ("2023-07-01", "person:cevdet-yilmaz"),
            ("2025-05-12", "person:cevdet-yilmaz"),
        ],
    ),
    # the speaker: Şentop until June 2023, then Kurtulmuş (his party post before is no
    # speakership)
    (
        "tr",
        "TBMM Başkanı, Libya heyetini kabul etti.",
        [
            ("2020-02-01", "person:mustafa-sentop"),
            ("2023-06-01", "person:mustafa-sentop"),
            ("2023-07-01", "person:numan-kurtulmus"),
            ("2025-05-12", "person:numan-kurtulmus"),
        ],
    ),
    # the CBL: al-Kabir until August 2024 (contested that month: nobody named), Abdel
    # Ghaffar in between, Naji Issa from the handover of 2 October 2024
    (
        "ar",
        "وقال محافظ المصرف المركزي الليبي إن السيولة تحسنت.",
        [
            ("2023-03-01", "person:sadiq-al-kabir"),
            ("2024-08-10", None),
            ("2024-09-15", "person:abdel-fattah-abdel-ghaffar"),
            ("2024-10-01", "person:abdel-fattah-abdel-ghaffar"),
            ("2024-10-02", "person:naji-issa"),
            ("2025-02-01", "person:naji-issa"),
        ],
    ),
    (
        "en",
        "Libya's central bank governor said liquidity had improved.",
        [("2022-06-01", "person:sadiq-al-kabir"), ("2025-06-01", "person:naji-issa")],
    ),
    # the NOC: Bengdara until his resignation of 16 January 2025, then Masoud Suleman
    (
        "en",
        "The NOC chairman said output had recovered.",
        [
            ("2024-06-01", "person:farhat-bengdara"),
            ("2025-01-15", "person:farhat-bengdara"),
            ("2025-01-16", "person:masoud-suleman"),
            ("2025-04-01", "person:masoud-suleman"),
        ],
    ),
    # Türkiye's chief of staff: Güler, Gürak from June 2023, Bayraktaroğlu from August 2025
    (
        "tr",
        "Türkiye Genelkurmay Başkanı, Libya'da incelemelerde bulundu.",
        [
            ("2022-03-01", "person:yasar-guler"),
            ("2024-03-01", "person:metin-gurak"),
            ("2025-10-01", "person:selcuk-bayraktaroglu"),
        ],
    ),
    # Libya's chief of staff: al-Haddad until the Ankara crash, then al-Namroush
    (
        "ar",
        "وصل رئيس الأركان الليبي إلى أنقرة.",
        [("2024-06-01", "person:mohammed-al-haddad"), ("2026-02-01", "person:salah-al-namroush")],
    ),
    # Libya's foreign minister: Mangoush, then the acting al-Zani and al-Baour
    (
        "en",
        "Libya's foreign minister met the ambassador.",
        [("2022-06-01", "person:najla-mangoush"), ("2024-06-01", "person:taher-al-baour")],
    ),
    # Türkiye's foreign minister and MİT chief of the 2023 cabinet change
    (
        "ar",
        "وصل وزير الخارجية التركي إلى طرابلس.",
        [("2023-05-01", "person:mevlut-cavusoglu"), ("2025-05-12", "person:hakan-fidan")],
    ),
    (
        "tr",
        "MİT Başkanı, Trablus'ta görüşmeler yaptı.",
        [("2023-05-01", "person:hakan-fidan"), ("2025-05-12", "person:ibrahim-kalin")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [(lang, text, day, holder) for lang, text, dates in CHANGES for day, holder in dates],
)
def test_a_role_reference_names_the_holder_of_the_day(
    detector: EntityDetector, linker: RoleLinker, lang: str, text: str, day: str, holder: str | None
) -> None:
    linked = _role_linked(detector, linker, text, lang, day)
    assert linked == ({holder} if holder else set()), (day, linked)
