"""Organisations the KB lacks, found by their shape (named_orgs.py): a capitalised run
ending in a head word, an English head's "of X" complement, an acronym in
parentheses and its later uses; and what the pass must leave alone. The sentences are
invented, in the style of wire copy, and name bodies the KB does not hold."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _orgs(
    detector: EntityDetector, text: str, lang: str
) -> dict[str, tuple[str | None, list[str]]]:
    return {
        e.id: (e.country, [m.text for m in e.mentions])
        for e in detector.detect(fold(text), lang)
        if e.id.startswith("org:pattern:")
    }


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        # English: capitalised words ending in a head, a nationality or place inside
        (
            "Officials of the Libyan Port Company met Turkish contractors on Sunday.",
            "en",
            "Libyan Port Company",
            "LY",
        ),
        (
            "The Zawiya Refinery Company halted operations after clashes nearby.",
            "en",
            "Zawiya Refinery Company",
            "LY",
        ),
        (
            "A team from the National Elections Commission arrived in Sabha.",
            "en",
            "National Elections Commission",
            None,
        ),
        (
            "The Reconstruction and Development Fund said the tender would open soon.",
            "en",
            "Reconstruction and Development Fund",
            None,
        ),
        # a head followed by its "of" complement
        (
            "The Ministry of Local Government said the municipalities would get funds.",
            "en",
            "Ministry of Local Government",
            None,
        ),
        (
            "The case went to the Misrata Court of Appeal last week.",
            "en",
            "Misrata Court of Appeal",
            "LY",
        ),
        # a company form after the name
        ("A contract went to Sahara Cement Co. last year.", "en", "Sahara Cement Co.", None),
        # (a hyphenated "-based" before it is the seat, not the name, and gives the country)
        ("Ankara-based Anatolia Cable Ltd won the tender.", "en", "Anatolia Cable Ltd", "TR"),
        ("İhaleyi dün Anadolu Kablo A.Ş. kazandı.", "tr", "Anadolu Kablo A.Ş.", None),
        # the possessive before the name gives the country
        (
            "Turkey's Defence Industry Agency signed the deal on Friday.",
            "en",
            "Defence Industry Agency",
            "TR",
        ),
        # Turkish: Title-Case words ending in a head, case suffixes after it
        (
            "Libya Liman Şirketi ile bir Türk firması arasında anlaşma imzalandı.",
            "tr",
            "Libya Liman Şirketi",
            "LY",
        ),
        (
            "Açıklama Trablus Su ve Kanalizasyon İdaresi tarafından yapıldı.",
            "tr",
            "Trablus Su ve Kanalizasyon İdaresi",
            "LY",
        ),
        ("Karar dün Ulusal Seçim Komisyonu'nda görüşüldü.", "tr", "Ulusal Seçim Komisyonu", None),
        (
            "Proje bugün Misrata Serbest Bölge Müdürlüğüne sunuldu.",
            "tr",
            "Misrata Serbest Bölge Müdürlüğü",
            "LY",
        ),
    ],
)
def test_an_organisation_is_found_by_its_shape(
    detector: EntityDetector, text: str, lang: str, name: str, country: str | None
) -> None:
    found = _orgs(detector, text, lang)
    assert [(c, mentions) for c, mentions in found.values()] == [(country, [name])]


def test_an_acronym_in_parentheses_is_the_same_body_later_too(detector: EntityDetector) -> None:
    text = (
        "The Audit and Oversight Authority (AOA) published its report. "
        "The AOA said spending rose, and AOA inspectors visited Benghazi."
    )
    found = _orgs(detector, text, "en")
    assert list(found.values()) == [(None, ["Audit and Oversight Authority", "AOA", "AOA", "AOA"])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a head alone, and two common nouns capitalised with no place
        ("The Ministry said the talks would resume.", "en"),
        ("Troops of the Ground Forces took part in the drill.", "en"),
        ("The Board of Directors met on Monday.", "en"),
        ("Tezkere dün Genel Kurulu'nda kabul edildi.", "tr"),
        # a bare institution name: bare_institutions' to link or leave
        ("The Foreign Ministry said the envoy was summoned.", "en"),
        # a KB organisation keeps its own link: no pattern run over it
        ("The Central Bank of Libya said reserves were stable.", "en"),
        ("Libya Merkez Bankası açıklama yaptı.", "tr"),
        # headline case
        ("Libyan Oil Workers Union Rejects New Contract Terms\nThe union said.", "en"),
        # cooperation, not a union; a place owning the name
        ("Güvenlik ve Askeri İş Birliği anlaşması imzalandı.", "tr"),
        # a Turkish body heading a person's title
        ("Ulusal Seçim Komisyonu Başkanı açıklama yaptı.", "tr"),
        ("Trablus Su İdaresi Müdürü Ali Salim konuştu.", "tr"),
        # a title before the head's complement is no part of the name
        ("The Spokesman of the Council said nothing.", "en"),
        # a lower-case head is a common noun
        ("The national oil company said output rose.", "en"),
    ],
)
def test_what_is_no_organisation_name_is_left_alone(
    detector: EntityDetector, text: str, lang: str
) -> None:
    assert _orgs(detector, text, lang) == {}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # a title or a listed sentence opener before the name is no part of it
        (
            "Spokesman Libyan Port Company officials declined to comment.",
            "en",
            "Libyan Port Company",
        ),
        (
            "Meanwhile Libyan Port Company officials declined to comment.",
            "en",
            "Libyan Port Company",
        ),
        (
            "Ayrıca Misrata Serbest Bölge Müdürlüğüne başvuru yapıldı.",
            "tr",
            "Misrata Serbest Bölge Müdürlüğü",
        ),
        # any other first word stays: a sentence may open with the name itself
        (
            "National Elections Commission officials arrived in Sabha.",
            "en",
            "National Elections Commission",
        ),
        ("Yasa Dışı Göç Birimi açıklama yaptı.", "tr", "Yasa Dışı Göç Birimi"),
    ],
)
def test_a_listed_first_word_before_the_name_is_dropped(
    detector: EntityDetector, text: str, lang: str, name: str
) -> None:
    assert [m for _c, m in _orgs(detector, text, lang).values()] == [[name]]


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        # a generic actor written as a name is one: "Libya Ordusu", "Libyan Army"
        ("Tatbikata dün Libya Ordusu da katıldı.", "tr", "Libya Ordusu", "LY"),
        (
            "Toplantıya Türkiye Başkonsolosluğu'ndan bir yetkili katıldı.",
            "tr",
            "Türkiye Başkonsolosluğu",
            "TR",
        ),
        ("Trainers worked with the Libyan Army in Tripoli.", "en", "Libyan Army", "LY"),
    ],
)
def test_a_generic_actor_written_as_a_name_is_a_named_body(
    detector: EntityDetector, text: str, lang: str, name: str, country: str
) -> None:
    assert list(_orgs(detector, text, lang).values()) == [(country, [name])]


def test_a_generic_actor_in_lower_case_stays_generic(detector: EntityDetector) -> None:
    assert _orgs(detector, "Tatbikata dün Libya ordusu da katıldı.", "tr") == {}


def test_a_complement_that_is_only_a_place_is_where_the_body_sits(
    detector: EntityDetector,
) -> None:
    text = "The Liquidity Crisis Committee of Benghazi met bank managers."
    assert [m for _c, m in _orgs(detector, text, "en").values()] == [["Liquidity Crisis Committee"]]


def test_the_agent_case_suffix_links_a_kb_institution(detector: EntityDetector) -> None:
    found = {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold("Açıklama Milli Savunma Bakanlığınca yapıldı."), "tr")
    }
    assert found.get("org:tr-mod") == ["Milli Savunma Bakanlığı"]


def test_a_name_opening_a_line_keeps_its_first_word(detector: EntityDetector) -> None:
    text = "Talks ended on Monday.\nLibyan Port Company officials declined to comment."
    assert [m for _c, m in _orgs(detector, text, "en").values()] == [["Libyan Port Company"]]


def test_a_head_inside_a_place_name_is_no_organisation(detector: EntityDetector) -> None:
    # the KB's place "Istanbul Congress Center" holds the head "Center": no body
    text = "The summit opened at the Istanbul Congress Center on Friday."
    assert _orgs(detector, text, "en") == {}
    # an unlisted one is found by its shape
    found = _orgs(detector, "Patients were moved to the Yefren Medical Centre.", "en")
    assert [m for _c, m in found.values()] == [["Yefren Medical Centre"]]
