"""English copy names a Libyan body by its leader, leader first: "Haftar's forces",
"the Dbeibah government", "the Sarraj government". The KB's aliases of that shape had
swallowed the leader (the longest match wins), as the Turkish ones had; the leader is
now named too, as for Turkish (:mod:`wirewatch.core.entities.nested`, issue #12,
entmech)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "body", "leader", "leader_mention"),
    [
        ("Haftar's forces launched an offensive on Tripoli in April 2019.",
         "org:ly-lna", "person:khalifa-haftar", "Haftar"),
        # a curly apostrophe, the possessive inside a longer sentence
        ("Fighters loyal to Haftar’s forces withdrew from Tarhuna on Friday.",
         "org:ly-lna", "person:khalifa-haftar", "Haftar"),
        ("The Dbeibah government signed a maritime deal with Ankara.",
         "org:ly-gnu", "person:abdul-hamid-dbeibah", "Dbeibah"),
        ("Turkey backed the Sarraj government against the eastern offensive.",
         "org:ly-gna", "person:fayez-al-sarraj", "Sarraj"),
        ("Haftar forces shelled Mitiga airport overnight.",
         "org:ly-lna", "person:khalifa-haftar", "Haftar"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_leader_names_the_leader_too(
    detector, text: str, body: str, leader: str, leader_mention: str
) -> None:
    linked = mentions_of(detector, text, "en")
    assert body in linked
    assert linked[leader] == [leader_mention]


@pytest.mark.parametrize(
    "text",
    [
        # a city names the government, not a person
        "The Tripoli government rejected the claims on Sunday.",
        "The Tripoli-based government rejected the claims on Sunday.",
        # the body by its own name
        "The Government of National Unity welcomed the decision.",
        "Libyan National Army forces entered the town.",
    ],
)
def test_a_body_named_otherwise_adds_no_person(detector, text: str) -> None:
    linked = mentions_of(detector, text, "en")
    assert not [i for i in linked if i.startswith("person:")]
