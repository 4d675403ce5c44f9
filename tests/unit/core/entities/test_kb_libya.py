"""The Libyan half of the knowledge base (libya*.yaml, Libyan places): breadth, terms
of office, transliterations that link, and names that are common words that must not."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import DEFAULT_KB_DIR, load_kb
from wirewatch.core.textfold import fold


@pytest.fixture(scope="module")
def kb():
    return load_kb(DEFAULT_KB_DIR)


def _libyan(kb) -> list:
    return [
        e
        for e in kb.entities
        if not e.id.startswith("gpe:")
        and (e.country == "LY" or kb.sources[e.id].startswith("libya"))
    ]


def test_libyan_entities_cover_the_field(kb) -> None:
    libyan = _libyan(kb)
    assert len(libyan) >= 320
    kinds = {e.type.value for e in libyan}
    assert kinds == {"PERSON", "ORG", "LOC"}
    assert sum(1 for e in libyan if e.terms) >= 100


@pytest.mark.parametrize(
    ("entity", "role", "start"),
    [
        ("person:mustafa-abdul-jalil", "president (National Transitional Council)", "2011-03-05"),
        ("person:mahmoud-jibril", "prime minister (National Transitional Council)", "2011-03-23"),
        ("person:abdurrahim-el-keib", "prime minister", "2011-11-24"),
        ("person:ali-zeidan", "prime minister", "2012-11-14"),
        ("person:fayez-al-sarraj", "prime minister (GNA)", "2016-03-30"),
        ("person:abdul-hamid-dbeibah", "prime minister (GNU)", "2021-03-15"),
        ("person:fathi-bashagha", "interior minister (GNA)", "2018-10-07"),
        ("person:abdulrahman-swehli", "chairman (High Council of State)", "2016-04-05"),
        ("person:mohamed-takala", "chairman (High Council of State)", "2023-08-06"),
        ("person:mustafa-sanalla", "oil corporation chairman", "2014-05"),
        ("person:mohammed-al-haddad", "chief of general staff", "2020-08-29"),
        ("person:salah-al-namroush", "chief of general staff", "2025-12-24"),
        ("person:muammar-gaddafi", "leader of the revolution", "1969-09-01"),
    ],
)  # fmt: skip
def test_office_holders_have_their_terms(kb, entity, role, start) -> None:
    terms = kb.by_id()[entity].terms
    assert any(t.role == role and t.start == start for t in terms), terms


def test_terms_are_listed_oldest_first(kb) -> None:
    for ent in _libyan(kb):
        starts = [t.start for t in ent.terms if t.start]
        shapes = [s[: min(map(len, starts))] for s in starts]
        assert shapes == sorted(shapes), ent.id


@pytest.mark.parametrize(
    ("text", "lang", "entity"),
    [
        ("Başbakan Abdulhamid Dibeybe Ankara'ya geldi.", "tr", "person:abdul-hamid-dbeibah"),
        ("Prime Minister Abdul Hamid Dabaiba spoke.", "en", "person:abdul-hamid-dbeibah"),
        ("Fayiz es-Serrac, Erdoğan ile görüştü.", "tr", "person:fayez-al-sarraj"),
        ("Fayez al-Serraj met the envoy.", "en", "person:fayez-al-sarraj"),
        ("التقى فائز السراج بالسفير.", "ar", "person:fayez-al-sarraj"),
        ("Fethi Başağa Ankara'da konuştu.", "tr", "person:fathi-bashagha"),
        ("وقال باشاغا إن الحكومة مستعدة.", "ar", "person:fathi-bashagha"),
        ("İmad Trabulsi ile görüştü.", "tr", "person:imad-trabelsi"),
        ("Ahmed Muaytik Ankara'da.", "tr", "person:ahmed-maiteeg"),
        ("Mustafa Sanallah said output rose.", "en", "person:mustafa-sanalla"),
        ("قال المتحدث أحمد المسماري إن القوات تقدمت.", "ar", "person:ahmed-al-mismari"),
        ("Muammer Kaddafi'nin devrilmesinden sonra", "tr", "person:muammar-gaddafi"),
        ("Clashes broke out after Ghnewa was killed.", "en", "person:abdul-ghani-al-kikli"),
        ("أعلنت المؤسسة الوطنية للنفط وحكومة الوفاق الوطني الاتفاق.", "ar", "org:ly-gna"),
        ("The 444 Brigade deployed in Tripoli.", "en", "org:ly-444-brigade"),
        ("ذكرت بوابة الوسط أن الاجتماع انتهى.", "ar", "org:ly-alwasat"),
        ("Libya Observer reported the clashes.", "en", "org:ly-libya-observer"),
        ("Sabratha ve Zuvara'da çatışma çıktı.", "tr", "loc:sabratha"),
        ("وصلت التعزيزات إلى تاجوراء.", "ar", "loc:tajoura"),
    ],
)  # fmt: skip
def test_transliterations_link(detector, text, lang, entity) -> None:
    assert entity in ids_of(detector, text, lang)


def test_shared_surnames_pick_the_family_member(detector) -> None:
    assert "person:muammar-gaddafi" in ids_of(detector, "Gaddafi ruled for 42 years.", "en")
    saif = "Saif al-Islam Gaddafi registered as a candidate. Gaddafi said he would run."
    found = {e.id: e for e in detector.detect(fold(saif), "en")}
    assert "person:muammar-gaddafi" not in found
    assert len(found["person:saif-al-islam-gaddafi"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "lang", "entity"),
    [
        ("التقى عادل جمعة الوفد. ودعا إلى حل عادل للأزمة.", "ar", "person:adel-jumaa"),
        ("Ramazan Ebu Cenah konuştu. Ramazan ayında fiyatlar arttı.", "tr", "person:ramadan-abu-janah"),
        ("Ramadan Abu Janah spoke. Prices rose during Ramadan.", "en", "person:ramadan-abu-janah"),
        ("التقى سيف الإسلام القذافي أنصاره. ورفع أحدهم سيف والده.", "ar", "person:saif-al-islam-gaddafi"),
    ],
)  # fmt: skip
def test_given_names_that_are_common_words_stay_alone(detector, text, lang, entity) -> None:
    """The bearer is named in full first; the later month or word is not him."""
    found = {e.id: e for e in detector.detect(fold(text), lang)}
    assert len(found[entity].mentions) == 1, found[entity].mentions


@pytest.mark.parametrize(
    ("text", "lang", "not_entity"),
    [
        # outlet names that are ordinary words
        ("أفاد المرصد السوري لحقوق الإنسان بسقوط قتلى.", "ar", "org:ly-almarsad"),
        ("قال إن الحل في الوسط بين الطرفين.", "ar", "org:ly-alwasat"),
        ("Bu vasat bir sonuçtu.", "tr", "org:ly-alwasat"),
        # bodies other Arab states share a name with: only the Libyan form links
        ("أعلنت وزارة المالية التركية أرقاما جديدة.", "ar", "org:ly-ministry-finance"),
        ("أصدر ديوان المحاسبة الكويتي تقريره.", "ar", "org:ly-audit-bureau"),
        ("أعلنت حكومة الإنقاذ الوطني في صنعاء.", "ar", "org:ly-nsg"),
        ("Ansar al-Sharia in Tunisia was banned.", "en", "org:ly-ansar-al-sharia"),
        ("The Syrian Democratic Forces said so.", "en", "org:ly-rada"),
    ],
)  # fmt: skip
def test_common_words_do_not_link(detector, text, lang, not_entity) -> None:
    assert not_entity not in ids_of(detector, text, lang)
