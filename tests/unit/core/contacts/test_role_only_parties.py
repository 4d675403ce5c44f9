"""A party named by role alone (issue #12, session 20, branch confix).

"Libya Başbakanı", "the Libyan prime minister", "رئيس الحكومة الليبية" as a contact's
party is the office's holder on the article's date (the role linker,
``roles_by_date.py``). Two readings took it from the contact:

- next to a person of the other country it was read as that person's title or
  apposition ("Cumhurbaşkanı Erdoğan, Libya Başbakanı ile bir araya geldi", "استقبل
  أردوغان رئيس الحكومة الليبية", "والتقى رئيس الوزراء الليبي أردوغان"), and the phrase
  then fell to the last Libyan the article named: a predecessor in a background
  paragraph. A person of another country is never the holder named beside the phrase.
- a sentence dated in an earlier year ("In 2019, Erdogan received the Libyan prime
  minister") named today's holder: it names that year's (``sentence_years.py``).

The sentences are invented for the probe (wire, Gulf and Turkish daily styles), not
taken from the real set; each class keeps cases its rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from wirewatch.core.pipeline import Pipeline

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
SARRAJ, FIDAN = "person:fayez-al-sarraj", "person:hakan-fidan"
MENFI = "person:mohamed-menfi"


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanı Erdoğan, Libya Başbakanı ile Ankara'da bir araya geldi.",
        "Cumhurbaşkanı Erdoğan, Libya Başbakanı'nı Ankara'da kabul etti.",
        "Cumhurbaşkanı Erdoğan, Libya Başbakanını bugün Ankara'da kabul etti.",
        "استقبل الرئيس التركي رجب طيب أردوغان رئيس الحكومة الليبية في أنقرة اليوم الإثنين.",
        "استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء الليبي في أنقرة اليوم الإثنين.",
        "Turkish President Recep Tayyip Erdogan received the Libyan prime minister in Ankara"
        " on Monday.",
        # a background sentence about the predecessor before: the role is still the day's
        "وقع فائز السراج الاتفاقية عام 2019. والتقى رئيس الوزراء الليبي أردوغان اليوم في أنقرة.",
        "Mutabakat 2019'da dönemin Libya Başbakanı Fayiz es-Serrac ile imzalanmıştı."
        " Cumhurbaşkanı Erdoğan, Pazartesi günü Libya Başbakanı ile Ankara'da bir araya geldi.",
        "Former Libyan Prime Minister Fayez al-Sarraj signed the deal in 2019. On Monday,"
        " Erdogan met the Libyan premier in Ankara.",
        # an aside after a comma dates the holder's taking office, not the meeting
        "On Monday, Erdogan received the Libyan prime minister, who took office in 2021.",
        # an adjectival year is no date of the sentence
        "On Monday, Erdogan received the Libyan prime minister to discuss the 2019 maritime deal.",
    ],
)
def test_the_role_is_the_days_holder(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text) == (keys((ERDOGAN, DBEIBAH)), set())


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, Erdogan received the Libyan prime minister in Istanbul.",
        "In November 2019, Erdogan and the Libyan prime minister signed the maritime deal in"
        " Istanbul.",
        "Cumhurbaşkanı Erdoğan, 2019 yılında Libya Başbakanı ile İstanbul'da görüşmüştü.",
        "استقبل أردوغان رئيس الحكومة الليبية في إسطنبول عام 2019.",
    ],
)
def test_a_sentence_dated_in_an_earlier_year_names_that_years_holder(
    pipeline: Pipeline, text: str
) -> None:
    assert found(pipeline, text) == (set(), keys((ERDOGAN, SARRAJ)))


@pytest.mark.parametrize(
    "text",
    [
        # the office changed hands that year: nobody, rather than a guess
        "Erdogan received the Libyan prime minister in Ankara in 2021.",
        # refused, planned: no contact
        "Erdogan refused to meet the Libyan prime minister on Monday.",
        "Erdogan is expected to receive the Libyan prime minister next week.",
        "Cumhurbaşkanı Erdoğan'ın Libya Başbakanı ile görüşmesi ertelendi.",
    ],
)
def test_role_sentences_that_stay_silent(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text) == (set(), set())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a title of a name of its own country still is one
        (
            "Cumhurbaşkanı Erdoğan, Libya Başkanlık Konseyi Başkanı Menfi ile Ankara'da bir"
            " araya geldi.",
            (ERDOGAN, MENFI),
        ),
        (
            "التقى وزير الخارجية التركي هاكان فيدان رئيس المجلس الرئاسي الليبي محمد المنفي في"
            " طرابلس اليوم.",
            (FIDAN, MENFI),
        ),
    ],
)
def test_a_title_of_its_own_countrys_name_stays_a_title(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    assert found(pipeline, text) == (keys(pair), set())
