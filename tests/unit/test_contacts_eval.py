import argparse

from wirewatch.cli import eval_contacts
from wirewatch.eval.contacts import Gazetteer, load_articles, run


def test_labelled_set_shape() -> None:
    articles = load_articles()
    assert len(articles) >= 40
    assert {a["lang"] for a in articles} == {"ar", "en", "tr"}
    ids = {a["id"] for a in articles}
    assert all(a["duplicate_of"] in ids for a in articles if a["duplicate_of"])
    assert any(p["historical"] for a in articles for p in a["gold_pairs"])
    assert sum(1 for a in articles if not a["gold_pairs"]) >= 10  # negatives


def test_targets_met_with_gazetteer_entities() -> None:
    report = run(load_articles(), Gazetteer.default().detect, entities_label="gazetteer")
    assert report.pairs.precision >= 0.90
    assert report.pairs.recall >= 0.85
    assert report.alerts.precision >= 0.95


def test_cli_prints_scores(capsys) -> None:
    parser = argparse.ArgumentParser()
    eval_contacts.register(parser.add_subparsers())
    args = parser.parse_args(["eval-contacts", "--entities", "gazetteer"])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "contact pairs" in out and "alerts (replay)" in out
