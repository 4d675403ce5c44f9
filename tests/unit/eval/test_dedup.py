"""Every labelled pair: each edit kind found in each language, hard negatives not."""

from __future__ import annotations

import pytest

from wirewatch.core.dedup import DedupSettings, Signer
from wirewatch.eval.dedup import evaluate, load_pairs

PAIRS = load_pairs()
SETTINGS = DedupSettings()
SIGNER = Signer(SETTINGS)


def test_pairs_cover_every_kind_and_language() -> None:
    assert len(PAIRS) >= 100
    positives = {(p["kind"], p["lang"]) for p in PAIRS if p["duplicate"]}
    kinds = {
        "lead_clause", "quotes", "html", "diacritics", "drop_last_paragraph", "byline",
        "truncated", "combined",
    }  # fmt: skip
    assert positives == {(k, lang) for k in kinds for lang in ("en", "tr", "ar")}
    negatives = {p["kind"] for p in PAIRS if not p["duplicate"]}
    assert {"same_people", "same_template", "translation"} <= negatives


@pytest.mark.parametrize("pair", PAIRS, ids=[p["id"] for p in PAIRS])
def test_pair(pair: dict) -> None:
    (result,) = evaluate([pair], SETTINGS, SIGNER).results
    assert result.predicted == result.expected, (result.similarity, result.exact_containment)


def test_targets_met() -> None:
    report = evaluate(PAIRS, SETTINGS, SIGNER)
    assert report.meets_targets
