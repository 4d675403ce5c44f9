"""A recap phrase's party met again in the sentence's own contact (issue #12, session
20, branch confix, ``recap_phrases.recalled_only``).

"Erdogan, who last met Dbeibah in March, received him again on Monday": the relative
clause is a recap, and Dbeibah is named only in it, so the day's reception was marked
historical with him. A party also named outside the recap's phrases (by name or by a
role the role linker resolves on the article's date), or met "again" ("yeniden",
مجددا) with no other actor of his country outside them, is the new contact's party.

The sentences are invented for the probe (wire, Gulf and Turkish daily styles), not
taken from the real set; each class keeps cases the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import (
    stage_one_current_and_historical as current_and_historical,
)
from wirewatch.core.pipeline import Pipeline

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, HAFTAR = "person:hakan-fidan", "person:khalifa-haftar"
MENFI = "person:mohamed-menfi"


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan, who last met Dbeibah in March, received him again on Monday in Istanbul.",
        "President Recep Tayyip Erdogan, who last met Abdul Hamid Dbeibah in March, received"
        " the Libyan prime minister on Monday in Ankara.",
        "Erdogan, who had hosted Dbeibah in Ankara last month, met him once more on Tuesday.",
        "Mart ayında Dibeybe ile görüşen Cumhurbaşkanı Erdoğan, Pazartesi günü Libya Başbakanı"
        " Dibeybe'yi yeniden kabul etti.",
        "Mart ayında Dibeybe ile görüşen Cumhurbaşkanı Erdoğan, onu bugün Ankara'da yeniden"
        " kabul etti.",
        "استقبل أردوغان، الذي التقى الدبيبة في مارس الماضي، رئيس الحكومة الليبية مرة أخرى"
        " اليوم الإثنين.",
        "استقبل أردوغان، الذي التقى الدبيبة في مارس الماضي، ضيفه الليبي مجددا اليوم الإثنين"
        " في أنقرة.",
    ],
)
def test_the_recaps_party_met_again_is_current(pipeline: Pipeline, text: str) -> None:
    current, historical = current_and_historical(pipeline, text)
    assert current == keys((ERDOGAN, DBEIBAH))
    assert not historical


@pytest.mark.parametrize(
    ("text", "current", "historical"),
    [
        # another Libyan outside the phrase is the one met again: Haftar stays the recap's
        (
            "A week after meeting Haftar in Benghazi, Fidan received Dbeibah again in Ankara"
            " on Monday.",
            keys((FIDAN, DBEIBAH)),
            keys((FIDAN, HAFTAR)),
        ),
        # no "again", no second mention: the recap's party is still the recap's alone
        (
            "Erdogan, who met Haftar in Ankara last year, received Dbeibah on Monday.",
            keys((ERDOGAN, DBEIBAH)),
            keys((ERDOGAN, HAFTAR)),
        ),
        # a meeting to come is no contact of the day: the recap stays a recap
        (
            "Fidan, who had met Haftar in Benghazi last month, said on Monday that he would"
            " meet him again.",
            set(),
            keys((FIDAN, HAFTAR)),
        ),
        # a recap with its own past date and no contact of the day beside it
        (
            "Hakan Fidan met Khalifa Haftar again in 2019, after a first meeting in 2018.",
            set(),
            keys((FIDAN, HAFTAR)),
        ),
        (
            "التقى فيدان اليوم الأحد الدبيبة في أنقرة، بعد لقائه حفتر في بنغازي الشهر الماضي.",
            keys((FIDAN, DBEIBAH)),
            keys((FIDAN, HAFTAR)),
        ),
    ],
)
def test_what_the_again_rule_leaves_a_recap(
    pipeline: Pipeline, text: str, current: set[str], historical: set[str]
) -> None:
    found_current, found_historical = current_and_historical(pipeline, text)
    assert found_current == current
    assert found_historical == historical
