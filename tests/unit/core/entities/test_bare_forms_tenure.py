"""A bearer of an office-holder's surname switches the holder's bare form off only
while the KB does not know his tenure: with his ``terms``, or ``office: none`` for
one who held no public office, the holder's "Bakan Soylu" still links, and his own
full name earlier in the article makes the bare form his. Any KB file adding a
bearer of unknown tenure that would silence a holder fails ``kb check``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import DEFAULT_KB_DIR, load_kb
from wirewatch.core.entities.bare_holders import (
    KNOWN_BLOCKERS_PATH,
    BareHolders,
    silenced_surnames,
    unlisted_silenced_surnames,
)
from wirewatch.core.entities.bare_holders_data import BareHoldersLanguage
from wirewatch.core.entities.kb import KBEntity, KBError, load_entity_file
from wirewatch.core.textfold import fold
from wirewatch.core.yamlload import safe_load


def _person(pid: str, name: str, **fields: object) -> KBEntity:
    return KBEntity.model_validate(
        {"id": pid, "type": "PERSON", "name": name, "country": "TR",
         "aliases": {"tr": [name]}, **fields}
    )  # fmt: skip


_MINISTER = _person(
    "person:kemal-deniz", "Kemal Deniz", terms=[{"role": "interior minister", "from": "2016"}]
)


def _bare_links(*others: KBEntity) -> list[str]:
    spec = BareHoldersLanguage.model_validate({"titles": {"Bakan": ["minister"]}, "home": "TR"})
    holders = BareHolders([_MINISTER, *others], {"tr": spec}, {})
    text = fold("Bakan Deniz, Libyalı mevkidaşıyla Ankara'da görüştü.")
    found = holders.find(text, "tr", datetime(2020, 5, 1), [])
    return [b.holder.id for b in found]


def test_a_bearer_of_unknown_tenure_switches_the_bare_form_off() -> None:
    assert _bare_links() == ["person:kemal-deniz"]
    assert _bare_links(_person("person:ali-deniz", "Ali Deniz")) == []


@pytest.mark.parametrize(
    "other",
    [
        _person("person:ali-deniz", "Ali Deniz", office="none"),
        # an MP in office that day: the title narrows the bearers to ministers
        _person("person:ali-deniz", "Ali Deniz",
                terms=[{"role": "member of parliament", "from": "2015"}]),
        # a minister long before the article
        _person("person:ali-deniz", "Ali Deniz",
                terms=[{"role": "interior minister", "from": "1999", "to": "2002"}]),
    ],
)  # fmt: skip
def test_a_bearer_of_known_tenure_leaves_it_on(other: KBEntity) -> None:
    assert _bare_links(other) == ["person:kemal-deniz"]


def test_a_bearer_in_the_same_office_that_day_makes_it_ambiguous() -> None:
    rival = _person(
        "person:ali-deniz", "Ali Deniz", terms=[{"role": "interior minister", "from": "2019"}]
    )
    assert _bare_links(rival) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"office": "none", "terms": [{"role": "mp", "from": "2015"}]}, "contradict"),
        ({"office": "unknown"}, "office"),
    ],
)
def test_ambiguous_tenure_shapes_are_rejected(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _person("person:ali-deniz", "Ali Deniz", **fields)


def test_an_empty_terms_list_in_a_kb_file_is_rejected(tmp_path: Path) -> None:
    kb_file = tmp_path / "people.yaml"
    kb_file.write_text(
        "entities:\n  - {id: person:ali-deniz, type: PERSON, name: Ali Deniz,\n"
        "     aliases: {tr: [Ali Deniz]}, terms: []}\n",
        encoding="utf-8",
    )
    with pytest.raises(KBError, match=r"ambiguous.*office: none"):
        load_entity_file(kb_file)


def test_office_none_is_for_people_only() -> None:
    with pytest.raises(ValidationError, match="people only"):
        KBEntity.model_validate(
            {"id": "org:deniz-holding", "type": "ORG", "name": "Deniz Holding",
             "aliases": {"tr": ["Deniz Holding"]}, "office": "none"}
        )  # fmt: skip


def test_kb_check_names_a_silencing_bearer_and_what_to_add(tmp_path: Path, capsys) -> None:
    from tests.unit.core.entities.test_kb import _check

    kb_file = tmp_path / "people.yaml"
    entry = (
        "entities:\n"
        "  - {id: person:kemal-deniz, type: PERSON, name: Kemal Deniz, country: TR,\n"
        "     aliases: {tr: [Kemal Deniz]}, terms: [{role: interior minister, from: '2016'}]}\n"
        "  - {id: person:ali-deniz, type: PERSON, name: Ali Deniz, country: TR,\n"
        "     aliases: {tr: [Ali Deniz]}%s}\n"
    )
    kb_file.write_text(entry % "", encoding="utf-8")
    assert _check(kb_file) == 1
    out = capsys.readouterr().out
    assert "BARE SURNAME OFF" in out and "person:ali-deniz" in out and "'deniz'" in out
    assert "office: none" in out and "terms" in out
    kb_file.write_text(entry % ", office: none", encoding="utf-8")
    assert _check(kb_file) == 0


def test_no_kb_file_silences_a_holders_surname_unlisted() -> None:
    """Every file, not only the breadth files: a new bearer of unknown tenure that
    would switch an office-holder's surname off is a defect of the KB."""
    kb = load_kb(DEFAULT_KB_DIR)
    unlisted = [
        f"{kb.sources.get(s.blocker)}: {s}" for s in unlisted_silenced_surnames(kb.entities)
    ]
    assert not unlisted, "\n".join(unlisted)


def test_the_known_blockers_list_holds_no_stale_entry() -> None:
    """A listed bearer who got terms or ``office: none`` (or a form no holder bears
    any more) is dropped from the list, so the list only shrinks."""
    kb = load_kb(DEFAULT_KB_DIR)
    live = {(s.blocker, s.form) for s in silenced_surnames(kb.entities)}
    with KNOWN_BLOCKERS_PATH.open(encoding="utf-8") as handle:
        listed = safe_load(handle)["blockers"]
    stale = sorted((pid, f) for pid, forms in listed.items() for f in forms if (pid, f) not in live)
    assert not stale


# --- the people left out before, now in the KB, on wordings of our own ------------


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [
        # Ragıp Soylu (journalist, office: none) is a bearer of "Soylu"
        ("tr", "Bakan Soylu, sınır güvenliğini Libyalı mevkidaşıyla konuştu.", "2020-11-04",
         "person:suleyman-soylu"),
        # Abdullah Güler (MP, group chairman) is a bearer of "Güler": the title
        # narrows to the minister
        ("tr", "Bakan Güler, Trablus'ta Libyalı komutanlarla bir araya geldi.", "2024-09-10",
         "person:yasar-guler"),
        ("ar", "وقال وزير الدفاع التركي غولر إن بلاده ستواصل دعم ليبيا", "2024-09-10",
         "person:yasar-guler"),
        # Jibril Ouhida (HoR member from 2014) is a bearer of "جبريل"
        ("ar", "وأكد جبريل أن المجلس الانتقالي الليبي ماض في خطته", "2011-06-20",
         "person:mahmoud-jibril"),
    ],
)  # fmt: skip
def test_the_ministers_bare_form_still_links(detector, linker, lang, text, day, holder) -> None:
    assert holder in people(linked_on(detector, linker, text, lang, day))


@pytest.mark.parametrize(
    ("lang", "text", "day", "person", "bare", "not_meant"),
    [
        ("tr", "Gazeteci Ragıp Soylu yeni bir haber yayımladı. Soylu, Ankara'nın Trablus "
         "planını ayrıntılı anlattı.", "2021-02-15", "person:ragip-soylu", "Soylu",
         "person:suleyman-soylu"),
        ("en", "Reporter Ragip Soylu broke the story on Monday. Soylu wrote that the "
         "delegation would fly on Friday.", "2021-02-15", "person:ragip-soylu", "Soylu",
         "person:suleyman-soylu"),
        ("tr", "AK Parti Grup Başkanı Abdullah Güler kanun teklifini açıkladı. Güler, "
         "teklifin önümüzdeki hafta Genel Kurul'a geleceğini belirtti.", "2024-01-20",
         "person:abdullah-guler", "Güler", "person:yasar-guler"),
        ("en", "Arab League envoy Hossam Zaki landed in Tripoli. Zaki told reporters the "
         "league wanted a single government.", "2022-05-05", "person:hossam-zaki", "Zaki",
         "person:mohamed-zaki"),
        ("tr", "TOBB Başkanı Rifat Hisarcıklıoğlu Libyalı işadamlarını kabul etti. "
         "Hisarcıklıoğlu, ortak projelerin artacağını kaydetti.", "2023-03-03",
         "person:rifat-hisarciklioglu", "Hisarcıklıoğlu", "person:mevlut-cavusoglu"),
        ("ar", "وصرح النائب جبريل أوحيدة بأن الجلسة تأجلت، وتابع أوحيدة أن النصاب لم "
         "يكتمل", "2023-03-03", "person:jibril-ouhida", "أوحيدة", "person:mahmoud-jibril"),
        ("ar", "ورأى الأكاديمي خالد المنتصر أن التسوية بعيدة، وأوضح المنتصر أن الأطراف "
         "متمسكة بمواقفها", "2023-03-03", "person:khaled-al-montaser", "المنتصر",
         "person:khaled-haftar"),
        ("ar", "وانتقد عضو مجلس النواب صالح افحيمة الحكومة، وأشار افحيمة إلى تأخر الميزانية",
         "2023-03-03", "person:saleh-afhima", "افحيمة", "person:aguila-saleh"),
    ],
)  # fmt: skip
def test_a_left_out_persons_full_name_then_bare_form_links_him(
    detector, linker, lang, text, day, person, bare, not_meant
) -> None:
    found = people(linked_on(detector, linker, text, lang, day))
    assert bare in found.get(person, [])
    assert not_meant not in found
