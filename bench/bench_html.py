"""Main-text extraction from whole HTML pages, measured against a benchmark's truth.

Reads real pages with hand-made ground truth from benchmarks made for the job, in
their own layouts (the data stays outside the repository):

* the Scrapinghub/Zyte article extraction benchmark: ``DIR/ground-truth.json`` and
  ``DIR/html/<id>.html.gz`` (github.com/scrapinghub/article-extraction-benchmark);
* Mozilla Readability's test pages: ``DIR/**/source.html`` beside ``expected.html``
  (github.com/mozilla/readability, ``test/test-pages``). Most of its small pages are
  unit tests of one markup quirk, not news pages: pages under ``--min-source-bytes``
  are skipped. Its truth is Readability's own output, so it favours Readability.

For each extractor it prints, over all pages:

* P / R / F1: the benchmark's own measure (its ``evaluate.py``): bags of 4-word
  shingles of ``\\w+`` tokens, true/false positives and negatives normalised per
  page, precision and recall averaged over pages, F1 of the two means;
* leak: the share of pages whose output holds at least ``--leak-words`` words the
  truth never uses (chrome: menus, teasers, footers, cookie text, comments);
* names: capitalised words per page that the truth never uses (mean): what would
  become entities that the article does not mention;
* ms: CPU time per page (median, mean and 95th percentile), the page already
  decoded; CPU rather than wall time, as the machine may be shared.

``clean_text`` is what the pipeline keeps of a body (``html_to_text`` then the
boilerplate lines and headline-list rules of ``normalise``).

    .venv/bin/python bench/bench_html.py /work/s20/htmlbench/scrapinghub \\
        [--extractors html_to_text,trafilatura] [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wirewatch.core.html import flat_text, html_to_text, lexbor_text  # noqa: E402
from wirewatch.core.normalise import clean_text  # noqa: E402

Extractor = Callable[[str], str]

#: The benchmark's tokenizer and shingle size (its evaluate.py).
_TOKEN = re.compile(r"\w+")
SHINGLE = 4


@dataclass(frozen=True, slots=True)
class Page:
    name: str
    markup: str
    truth: str


def scrapinghub_pages(directory: Path) -> Iterator[Page]:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        path = directory / "html" / f"{key}.html.gz"
        markup = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        yield Page(key, markup, truth[key].get("articleBody") or "")


def readability_pages(directory: Path, min_bytes: int) -> Iterator[Page]:
    for source in sorted(directory.rglob("source.html")):
        expected = source.with_name("expected.html")
        if not expected.is_file() or source.stat().st_size < min_bytes:
            continue
        markup = source.read_text(encoding="utf-8", errors="replace")
        # The expected output is a fragment: its text is all of it.
        truth = flat_text(expected.read_text(encoding="utf-8", errors="replace"))
        yield Page(source.parent.name, markup, truth)


def load_pages(directory: Path, min_bytes: int) -> list[Page]:
    if (directory / "ground-truth.json").is_file():
        return list(scrapinghub_pages(directory))
    pages = list(readability_pages(directory, min_bytes))
    if not pages:
        raise SystemExit(f"{directory}: neither ground-truth.json nor */source.html")
    return pages


def _trafilatura(**options: object) -> Extractor:
    import trafilatura

    def extract(markup: str) -> str:
        return trafilatura.extract(markup, **options) or ""  # type: ignore[arg-type]

    return extract


def _readability(markup: str) -> str:
    # The Readability port trafilatura ships (its fallback), as an extractor of its own.
    from trafilatura.readability_lxml import Document
    from trafilatura.utils import load_html

    tree = load_html(markup)
    return flat_text(Document(tree).summary()) if tree is not None else ""


EXTRACTORS: dict[str, Extractor] = {
    "all_text": flat_text,
    "lexbor_chrome": lexbor_text,
    "html_to_text": html_to_text,
    "clean_text": clean_text,
    "trafilatura": _trafilatura(),
    "trafilatura_no_comments": _trafilatura(include_comments=False),
    "trafilatura_precision": _trafilatura(include_comments=False, favor_precision=True),
    "trafilatura_fast_precision": _trafilatura(
        include_comments=False, favor_precision=True, fast=True
    ),
    "readability": _readability,
}


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)))


def tp_fp_fn(truth: str, output: str) -> tuple[float, float, float]:
    """As the benchmark's ``string_shingle_matching``: counts normalised per page."""
    true, pred = shingles(truth), shingles(output)
    tp = fp = fn = 0.0
    for key in true.keys() | pred.keys():
        t, p = true.get(key, 0), pred.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def novel_words(truth: str, output: str) -> tuple[int, int]:
    """Words of the output the truth never uses (case-folded): all, and capitalised."""
    known = {token.casefold() for token in _TOKEN.findall(truth)}
    novel = [token for token in _TOKEN.findall(output) if token.casefold() not in known]
    return len(novel), sum(1 for token in novel if token[:1].isupper())


@dataclass(slots=True)
class Score:
    scores: list[tuple[float, float, float]] = field(default_factory=list)
    novel: list[int] = field(default_factory=list)
    names: list[int] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    empty: int = 0

    def summary(self, leak_words: int) -> dict[str, float]:
        precision = statistics.mean(_precision(*s) for s in self.scores if s[0] + s[1] > 0)
        recall = statistics.mean(_recall(*s) for s in self.scores if s[0] + s[2] > 0)
        pages = len(self.scores)
        return {
            "pages": pages,
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "leak_share": sum(1 for n in self.novel if n >= leak_words) / pages,
            "novel_words": statistics.mean(self.novel),
            "novel_names": statistics.mean(self.names),
            "empty": self.empty,
            "ms_median": statistics.median(self.ms),
            "ms_mean": statistics.mean(self.ms),
            "ms_p95": sorted(self.ms)[int(0.95 * (len(self.ms) - 1))],
        }


def run(pages: list[Page], extractor: Extractor) -> Score:
    score = Score()
    extractor(pages[0].markup)  # imports and caches outside the timing
    for page in pages:
        start = time.process_time()
        output = extractor(page.markup)
        score.ms.append((time.process_time() - start) * 1000)
        score.empty += not output.strip()
        score.scores.append(tp_fp_fn(page.truth, output))
        novel, names = novel_words(page.truth, output)
        score.novel.append(novel)
        score.names.append(names)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directories", nargs="+", type=Path)
    parser.add_argument(
        "--extractors",
        default=",".join(EXTRACTORS),
        help=f"comma-separated, of: {', '.join(EXTRACTORS)}",
    )
    parser.add_argument("--limit", type=int, default=0, help="first N pages of each set")
    parser.add_argument("--leak-words", type=int, default=10)
    parser.add_argument("--min-source-bytes", type=int, default=10_000)
    parser.add_argument(
        "--truth-matches",
        help="only pages whose ground truth matches this pattern ('[\\u0600-\\u06ff]': Arabic)",
    )
    parser.add_argument("--json", type=Path, help="also write every figure as JSON")
    args = parser.parse_args(argv)
    names = [name for name in args.extractors.split(",") if name]
    unknown = [name for name in names if name not in EXTRACTORS]
    if unknown:
        parser.error(f"unknown extractors: {', '.join(unknown)}")
    results: dict[str, dict[str, dict[str, float]]] = {}
    for directory in args.directories:
        pages = load_pages(directory, args.min_source_bytes)
        if args.truth_matches:
            wanted = re.compile(args.truth_matches)
            pages = [page for page in pages if wanted.search(page.truth)]
        if args.limit:
            pages = pages[: args.limit]
        if not pages:
            print(f"\n{directory}: no page")
            continue
        print(f"\n{directory}: {len(pages)} pages (leak: >= {args.leak_words} novel words)")
        print(
            f"{'extractor':<28} {'P':>6} {'R':>6} {'F1':>6} {'leak':>6} "
            f"{'novel':>7} {'names':>6} {'empty':>5} {'ms med':>7} {'mean':>7} {'p95':>7}"
        )
        results[str(directory)] = {}
        for name in names:
            summary = run(pages, EXTRACTORS[name]).summary(args.leak_words)
            results[str(directory)][name] = summary
            print(
                f"{name:<28} {summary['precision']:6.3f} {summary['recall']:6.3f} "
                f"{summary['f1']:6.3f} {summary['leak_share']:6.3f} "
                f"{summary['novel_words']:7.1f} {summary['novel_names']:6.1f} "
                f"{summary['empty']:5.0f} {summary['ms_median']:7.1f} {summary['ms_mean']:7.1f} "
                f"{summary['ms_p95']:7.1f}"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
