"""An adversary named with his title is no party of the talks (issue #12, session 20,
branch confix: the largest class of wrong current events of the real set's dev part,
third persons paired).

"The talks with Cavusoglu came after Turkish backing gave Sarraj the upper hand in a
battle with eastern-based military commander Khalifa Haftar", "met Erdogan to discuss
the war on Tripoli led by warlord Khalifa Haftar": the adversary cues ("battle with",
"war against") read only a name right after them; a title between ("eastern-based
military commander") let the adversary be paired. A title word now closes the gap, so
a list or a clause after the noun is never read as an adversary's title.

The sentences are invented for the probe (wire styles), not taken from the real set;
each class keeps cases its rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical, keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, HAFTAR = "person:hakan-fidan", "person:khalifa-haftar"
SARRAJ, BASHAGHA = "person:fayez-al-sarraj", "person:fathi-bashagha"


@pytest.mark.parametrize(
    ("text", "current"),
    [
        (
            "Fidan held talks with Sarraj on Monday after Turkish support turned the tide of"
            " the battle with eastern-based military commander Khalifa Haftar.",
            keys((FIDAN, SARRAJ)),
        ),
        (
            "Fathi Bashagha met Erdogan in Ankara on Monday to discuss the war on Tripoli led"
            " by “warlord Khalifa Haftar”.",
            keys((ERDOGAN, BASHAGHA)),
        ),
        (
            "Erdogan received Dbeibah on Monday, a year after the offensive by renegade"
            " commander Khalifa Haftar ended.",
            keys((ERDOGAN, DBEIBAH)),
        ),
    ],
)
def test_a_titled_adversary_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str, current: set[str]
) -> None:
    assert current_and_historical(detector, entities, text) == (current, set())


@pytest.mark.parametrize(
    ("text", "current"),
    [
        # a delegation led by its commander: he is its head, a party
        (
            "A delegation led by commander Khalifa Haftar met Hakan Fidan in Ankara on Monday.",
            keys((FIDAN, HAFTAR)),
        ),
        # a title with no adversary cue before it
        (
            "Hakan Fidan met eastern commander Khalifa Haftar in Benghazi on Monday.",
            keys((FIDAN, HAFTAR)),
        ),
        # the battle closes before the party is named
        (
            "Hakan Fidan met the army's commander Khalifa Haftar in Benghazi on Monday, days"
            " after a battle with rival forces.",
            keys((FIDAN, HAFTAR)),
        ),
    ],
)
def test_titles_the_adversary_rule_leaves_alone(
    detector: ContactDetector, entities: EntityDetector, text: str, current: set[str]
) -> None:
    assert current_and_historical(detector, entities, text) == (current, set())
