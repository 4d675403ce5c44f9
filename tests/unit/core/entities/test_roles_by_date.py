"""A person named by office alone is linked to the holder on the article's date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import Entity, EntityType
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.offices import OfficeHolders, OfficesFile, Tenure, split_role
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, linker: RoleLinker, text: str, lang: str, day: str):
    folded = fold(text)
    entities = linker.link(folded, lang, detector.detect(folded, lang), datetime.fromisoformat(day))
    return {
        e.id: [m.text for m in e.mentions] for e in entities if e.type is EntityType.PERSON
    }, entities


# -- who held the office ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "office", "day", "holder"),
    [
        ("TR", "defence-minister", "2023-05-30", "person:hulusi-akar"),
        ("TR", "defence-minister", "2023-06-10", "person:yasar-guler"),
        ("TR", "foreign-minister", "2022-03-01", "person:mevlut-cavusoglu"),
        ("TR", "foreign-minister", "2024-03-01", "person:hakan-fidan"),
        ("TR", "intelligence-chief", "2020-03-01", "person:hakan-fidan"),
        ("TR", "intelligence-chief", "2024-03-01", "person:ibrahim-kalin"),
        ("LY", "prime-minister", "2020-03-01", "person:fayez-al-sarraj"),
        ("LY", "prime-minister", "2021-04-01", "person:abdul-hamid-dbeibah"),
        # the eastern GNS's Bashagha held the title too: the rival yields
        ("LY", "prime-minister", "2022-06-01", "person:abdul-hamid-dbeibah"),
        ("LY", "presidential-council-president", "2019-01-01", "person:fayez-al-sarraj"),
        ("LY", "presidential-council-president", "2022-01-01", "person:mohamed-menfi"),
    ],
)
def test_holder_at_follows_the_terms(linker, country, office, day, holder) -> None:
    found = linker.holders.holder_at(country, office, day)
    assert found is not None and found.id == holder


def _person(pid: str, *terms: dict) -> KBEntity:
    return KBEntity.model_validate(
        {
            "id": pid,
            "type": "PERSON",
            "name": pid,
            "country": "LY",
            "aliases": {"en": [pid]},
            "terms": list(terms),
        }
    )


def test_two_holders_on_one_day_give_no_answer_a_rival_yields() -> None:
    spec = OfficesFile.model_validate(
        {
            "governments": ["gnu", "east"],
            "rivals": ["east"],
            "offices": {"pm": {"kb_roles": ["prime minister"]}},
        }
    )
    people = [
        _person("person:a", {"role": "Prime Minister (GNU)", "from": "2021-03-15"}),
        _person("person:b", {"role": "prime minister (east)", "from": "2022-03"}),
        _person("person:c", {"role": "Prime Minister", "from": "2021-11", "to": "2021-12"}),
        _person("person:d", {"role": "prime minister (some council)", "from": "2020"}),
    ]
    holders = OfficeHolders(spec, people)
    assert holders.holder_at("LY", "pm", "2021-06-01").id == "person:a"  # type: ignore[union-attr]
    assert holders.holder_at("LY", "pm", "2022-06-01").id == "person:a"  # type: ignore[union-attr]
    assert holders.holder_at("LY", "pm", "2021-11-20") is None  # two: no guess
    assert holders.holder_at("LY", "pm", "2020-06-01") is None  # (some council) is not pm
    assert holders.holder_at("TR", "pm", "2022-06-01") is None


def test_partial_dates_compare_at_their_precision_and_full_ends_are_exclusive() -> None:
    month = Tenure(_person("person:x"), "2016-03", "2018-07", False)
    assert not month.covers("2016-02-28")
    assert month.covers("2016-03-01") and month.covers("2018-07-31")
    assert not month.covers("2018-08-01")
    day = Tenure(_person("person:y"), "2018-07-10", "2023-06-04", False)
    assert day.covers("2023-06-03") and not day.covers("2023-06-04")


def test_split_role_reads_the_qualifier() -> None:
    assert split_role("Prime Minister (GNA)") == ("prime minister", "gna")
    assert split_role("vice-president (Presidential Council)") == (
        "vice president",
        "presidential council",
    )
    assert split_role("Minister of National Defence") == ("minister of national defence", None)


# -- the same sentence, two dates, two holders ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "before", "after", "day_before", "day_after", "surface"),
    [
        ("en", "The Turkish defence minister arrived in Tripoli on Saturday.",
         "person:hulusi-akar", "person:yasar-guler", "2022-05-01", "2023-07-01",
         "Turkish defence minister"),
        ("ar", "وصل وزير الدفاع التركي إلى طرابلس اليوم.",
         "person:hulusi-akar", "person:yasar-guler", "2022-05-01", "2023-07-01",
         "وزير الدفاع التركي"),
        ("tr", "Türkiye Dışişleri Bakanı, Trablus'ta temaslarda bulundu.",
         "person:mevlut-cavusoglu", "person:hakan-fidan", "2021-05-01", "2023-07-01",
         "Türkiye Dışişleri Bakanı"),
        ("en", "Turkey's foreign minister spoke to reporters in Ankara.",
         "person:mevlut-cavusoglu", "person:hakan-fidan", "2021-05-01", "2023-07-01",
         "Turkey's foreign minister"),
        ("tr", "MİT Başkanı, Trablus'ta görüşmeler yaptı.",
         "person:hakan-fidan", "person:ibrahim-kalin", "2021-05-01", "2023-07-01",
         "MİT Başkanı"),
        ("en", "Libya's prime minister said the talks went well.",
         "person:fayez-al-sarraj", "person:abdul-hamid-dbeibah", "2020-05-01", "2021-04-01",
         "Libya's prime minister"),
        ("ar", "وقال رئيس المجلس الرئاسي إن المحادثات كانت مثمرة.",
         "person:fayez-al-sarraj", "person:mohamed-menfi", "2020-05-01", "2021-04-01",
         "رئيس المجلس الرئاسي"),
        ("ar", "التقى رئيس المجلس الأعلى للدولة السفير التركي.",
         "person:khalid-al-mishri", "person:mohamed-takala", "2019-05-01", "2024-05-01",
         "رئيس المجلس الأعلى للدولة"),
        ("tr", "TBMM Başkanı, Libya heyetini kabul etti.",
         "person:mustafa-sentop", "person:numan-kurtulmus", "2019-05-01", "2024-05-01",
         "TBMM Başkanı"),
        ("en", "The NOC chairman said output had recovered.",
         "person:mustafa-sanalla", "person:farhat-bengdara", "2019-05-01", "2024-05-01",
         "NOC chairman"),
    ],
)  # fmt: skip
def test_same_sentence_two_dates_two_holders(
    detector, linker, lang, text, before, after, day_before, day_after, surface
) -> None:
    early, _ = _people(detector, linker, text, lang, day_before)
    late, _ = _people(detector, linker, text, lang, day_after)
    assert early == {before: [surface]}
    assert late == {after: [surface]}


def test_a_linked_holder_is_marked_found_by_role_and_keeps_offsets(detector, linker) -> None:
    text = "Talks went on. The Turkish defence minister arrived."
    _, entities = _people(detector, linker, text, "en", "2024-01-01")
    guler = next(e for e in entities if e.id == "person:yasar-guler")
    assert guler.found_by == "role" and guler.country == "TR"
    (mention,) = guler.mentions
    assert text[mention.start : mention.end] == mention.text == "Turkish defence minister"
    starts = [e.mentions[0].start for e in entities]
    assert starts == sorted(starts)


def test_a_holder_already_named_gets_the_role_mention_added(detector, linker) -> None:
    text = "Hulusi Akar visited Tripoli. Later the Turkish defence minister met officials."
    people, entities = _people(detector, linker, text, "en", "2020-01-10")
    assert people == {"person:hulusi-akar": ["Hulusi Akar", "Turkish defence minister"]}
    assert next(e for e in entities if e.id == "person:hulusi-akar").found_by == "kb"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Turkish Defence Minister Yasar Guler arrived in Tripoli."),  # a title
        ("en", "Yasar Guler, Turkish defence minister, arrived in Tripoli."),  # apposition
        ("en", "The former Turkish defence minister arrived in Tripoli."),
        ("en", "The Turkish deputy defence minister arrived in Tripoli."),
        ("en", "The Libyan Prime Minister-designate spoke on Monday."),
        ("en", "Turkish Defence Minister Ahmet Yilmazoglu arrived."),  # a name the KB lacks
        ("ar", "وصل نائب وزير الدفاع التركي إلى طرابلس."),
        ("ar", "وصل وزير الدفاع التركي السابق إلى طرابلس."),
        ("ar", "وصل وزير الدفاع التركي يشار غولر إلى طرابلس."),
        ("tr", "Türkiye Dışişleri Bakanı Yardımcısı Trablus'a gitti."),
        ("tr", "Eski Türkiye Dışişleri Bakanı konuştu."),
    ],
)
def test_titles_former_and_deputy_holders_are_not_linked(detector, linker, lang, text) -> None:
    people, _ = _people(detector, linker, text, lang, "2024-01-01")
    assert not any(found == "role" for found in _found_by(detector, linker, text, lang)), people


def _found_by(detector, linker, text: str, lang: str) -> list[str]:
    folded = fold(text)
    entities = linker.link(folded, lang, detector.detect(folded, lang), datetime(2024, 1, 1))
    return [e.found_by for e in entities]


def test_no_holder_known_links_nothing(detector, linker) -> None:
    # the KB has no Libyan president: nothing is invented
    people, _ = _people(detector, linker, "The Libyan president spoke.", "en", "2024-01-01")
    assert people == {}


def test_other_languages_and_no_anchor_are_left_alone(linker) -> None:
    entity = Entity(id="gpe:TR", type=EntityType.GPE, name="Türkiye", country="TR")
    assert linker.link("Turkish defence minister", "fr", [entity], datetime.now(UTC)) == [entity]
    assert linker.link("defence minister", "en", [], datetime.now(UTC)) == []


# -- in the pipeline: the article's own date ------------------------------------------------


def _prepare(published_at: str | None):
    import orjson

    from wirewatch.core.pipeline import Pipeline
    from wirewatch.core.validate import Origin
    from wirewatch.settings import Settings

    raw = {
        "source": "test",
        "body": "The Turkish defence minister arrived in Tripoli.",
        "lang": "en",
    }
    if published_at:
        raw["published_at"] = published_at
    origin = Origin("articles.raw", 0, 1, None, datetime(2024, 1, 1, tzinfo=UTC))
    prepared = Pipeline(Settings()).prepare(orjson.dumps(raw), origin)
    return {e.id for e in prepared.article.entities if e.type is EntityType.PERSON}  # type: ignore[union-attr]


def test_the_pipeline_links_by_the_articles_date_and_never_guesses_undated() -> None:
    assert _prepare("2022-05-01T10:00:00+03:00") == {"person:hulusi-akar"}
    assert _prepare("2023-07-01T10:00:00Z") == {"person:yasar-guler"}
    assert _prepare(None) == set()
