"""People who merely share a KB official's name (entfix): a profession before the name
("Economist Hafed al-Ghwell", "الباحث علي المشري", "Gazeteci Hasan Doğan") or a
byline ("By Canberk Doğan", "Haber: Canberk Doğan", "كتب: علي المشري") names someone
else, whom the KB does not know; the official with his own title, and sentences that
only look like bylines, keep their links. Run through the pipeline's own stage 1
(the bare-surname rules that linked "Doğan" run after the detector)."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from schemas.internal import PreparedArticle
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings

MISHRI = "person:khalid-al-mishri"
DOGAN = "person:hasan-dogan"
GHAWIL = "person:khalifa-al-ghawil"
GHWAIL = "person:salama-al-ghwail"
DBEIBAH = "person:abdul-hamid-dbeibah"
ERDOGAN = "person:recep-tayyip-erdogan"
FIDAN = "person:hakan-fidan"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


def _people(pipeline: Pipeline, text: str) -> dict[str, list[str]]:
    """Each person found in ``text`` (an article dated 2024-05-02), with its mentions."""
    payload = orjson.dumps(
        {
            "id": "t-1",
            "source": "test",
            "url": "https://example.com/a",
            "body": text,
            "published_at": "2024-05-02T10:00:00Z",
        }
    )
    origin = Origin(
        topic="t",
        partition=None,
        offset=0,
        key=None,
        received_at=datetime(2024, 5, 2, 12, tzinfo=UTC),
    )
    result = pipeline.prepare(payload, origin)
    assert isinstance(result, PreparedArticle)
    return {
        e.id: [m.text for m in e.mentions]
        for e in result.article.entities
        if e.type.value == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("Economist Hafed al-Ghwell said the government of Dbeibah is short of cash.", GHAWIL),
        ("Ekonomist Hafed el-Gavil, Libya'daki kriz hakkında konuştu.", GHWAIL),
        ("وقال الباحث علي المشري إن زيارة الدبيبة إلى أنقرة تعكس تحولا في العلاقات.", MISHRI),
        ("وقال المحلل السياسي الليبي خالد المشري إن اللقاء مع الدبيبة مهم.", MISHRI),
        ("Libyan analyst Khalid al-Mishri told the agency the talks would fail.", MISHRI),
        ("Gazeteci Hasan Doğan, Libya'daki seçimleri değerlendirdi.", DOGAN),
        ("AA muhabiri Canberk Doğan'a konuşan Dibeybe, seçimlerin yapılacağını söyledi.", DOGAN),
    ],
)
def test_a_profession_names_someone_else(pipeline: Pipeline, text: str, official: str) -> None:
    assert official not in _people(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المحلل السياسي الليبي خالد المشري إن اللقاء مع الدبيبة مهم.", "خالد المشري"),
        ("Gazeteci Hasan Doğan, Libya'daki seçimleri değerlendirdi.", "Hasan Doğan"),
        (
            "Libyan analyst Khalid al-Mishri told the agency the talks would fail.",
            "Khalid al-Mishri",
        ),
    ],
)
def test_the_professional_is_a_person_still(pipeline: Pipeline, text: str, name: str) -> None:
    people = _people(pipeline, text)
    assert any(k.startswith("person:shape:") and name in v for k, v in people.items())


@pytest.mark.parametrize(
    ("text", "official"),
    [
        ("التقى رئيس المجلس الأعلى للدولة خالد المشري السفير التركي في طرابلس.", MISHRI),
        ("High Council of State head Khalid al-Mishri met the Turkish ambassador.", MISHRI),
        (
            "Cumhurbaşkanlığı Özel Kalem Müdürü Hasan Doğan, Libya Başbakanı Dibeybe ile "
            "Ankara'da görüştü.",
            DOGAN,
        ),
        # Turkish puts the object after the subject: the title is the subject's
        ("Büyükelçi Güven Begeç el-Menfi ile Trablus'ta görüştü.", "person:mohamed-menfi"),
        # a profession elsewhere in the sentence is not his title
        ("Khalid al-Mishri met the Turkish ambassador, an economist by training.", MISHRI),
    ],
)
def test_the_official_with_his_own_title_stays(
    pipeline: Pipeline, text: str, official: str
) -> None:
    assert official in _people(pipeline, text)


@pytest.mark.parametrize(
    ("text", "reporter", "official"),
    [
        (
            "By Canberk Doğan\nANKARA (AA) - Turkish Foreign Minister Hakan Fidan met "
            "Dbeibah in Tripoli on Thursday.",
            "Canberk Doğan",
            DOGAN,
        ),
        (
            "Canberk Doğan / AA\nTurkish Foreign Minister Hakan Fidan met Dbeibah in Tripoli.",
            "Canberk Doğan",
            DOGAN,
        ),
        (
            "Haber: Canberk Doğan. Dışişleri Bakanı Hakan Fidan, Libya Başbakanı Dibeybe ile "
            "görüştü.",
            "Canberk Doğan",
            DOGAN,
        ),
        (
            "كتب: علي المشري\nاستقبل الرئيس التركي رجب طيب أردوغان رئيس حكومة الوحدة الوطنية "
            "عبد الحميد الدبيبة.",
            "علي المشري",
            MISHRI,
        ),
        (
            "بقلم خالد المشري\nاستقبل الرئيس التركي رجب طيب أردوغان رئيس حكومة الوحدة الوطنية "
            "عبد الحميد الدبيبة.",
            "خالد المشري",
            MISHRI,
        ),
    ],
)
def test_a_byline_names_the_reporter(
    pipeline: Pipeline, text: str, reporter: str, official: str
) -> None:
    people = _people(pipeline, text)
    assert official not in people
    assert any(k.startswith("person:shape:") and v == [reporter] for k, v in people.items())
    # the story's own people stay
    assert {DBEIBAH} <= people.keys()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("By Monday, Fidan had met Dbeibah twice in Tripoli.", FIDAN),
        # كتب without a colon: "Dbeibah wrote on X" -- the subject, no byline
        ("كتب الدبيبة على منصة إكس أنه التقى وزير الخارجية التركي هاكان فيدان.", DBEIBAH),
        ("By Recep Tayyip Erdoğan's decree, the troops were sent to Libya.", ERDOGAN),
        ("The troops were sent to Libya by Recep Tayyip Erdoğan.\nHe met Dbeibah.", ERDOGAN),
    ],
)
def test_what_only_looks_like_a_byline(pipeline: Pipeline, text: str, kept: str) -> None:
    people = _people(pipeline, text)
    assert kept in people
    assert not any(k.startswith("person:shape:") for k in people)
