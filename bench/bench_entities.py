"""Entity detection throughput on 4 KB articles (mixed Arabic, English, Turkish).

Measures ``EntityDetector.detect(folded, lang)`` alone on one core: the input is
already normalised and folded (done before timing, as the pipeline does it once for
every stage), the language is the one the pipeline would pass. Included:
Aho-Corasick scan, boundary/clitic/suffix/case rules, longest-match selection,
surname resolution, nationality, generic-actor and role patterns, building the
``schemas.Entity`` objects with display offsets. Excluded: normalising, folding,
language identification, JSON.

Inputs:

* ``realistic`` (the headline, checked against the 2,000 articles/s target):
  ``wirewatch/testing/corpus.py`` articles, about 4 KB JSON records in Arabic, English and
  Turkish about Libya, Turkey and the region, some as HTML, normalised as the
  pipeline does it (``normalise``), with the language it detects;
* ``seed``: the sample article ``seeds/000_*.txt`` (Arabic, 4.3 KB), language unknown;
* ``dense``: the labelled evaluation texts (ar/en/tr) cycled and cut at a word
  boundary near 4096 UTF-8 bytes: about 120 mentions per article, several times
  the density of real news. A stress case, not the target.

* ``realistic, KB +30 %``: the realistic articles again with a knowledge base grown by
  ``--kb-growth`` (0.3: 30 % more aliases) of synthetic people, organisations and places:
  copies of real entities with every letter of their names moved to another of its
  script, so the new aliases have the lengths, scripts and shapes of real ones but
  name nobody in the articles (a bigger KB must stay fast: matching, the variant
  index).

Timing (``wirewatch/testing/timing.py``): CPU time on one core over several windows, the best
window and the median reported, with the machine's own speed beside them.

``--native`` times the compiled core (``make native``), as the ``wirewatch`` command
runs it; the first line printed says which core ran.

    .venv/bin/python bench/bench_entities.py [--seconds 4] [--articles 300] [--kb-growth 0.3]
        [--native]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

if "--native" in sys.argv:  # before anything imports the core: the build must come first
    from wirewatch import native

    if not native.activate():
        sys.exit("bench_entities: --native needs a current build (make native)")

from schemas import RawArticle
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.detector import DEFAULT_KB_DIR, DEFAULT_LEXICON_DIR
from wirewatch.core.entities.kb import Aliases, KBEntity, KnowledgeBase, load_kb
from wirewatch.core.entities.lexicon import load_lexicons
from wirewatch.core.normalise import normalise_raw
from wirewatch.core.textfold import FoldedText, fold
from wirewatch.eval.entities import load_set
from wirewatch.testing.corpus import encode, generate_articles
from wirewatch.testing.timing import (
    best_and_median_rate,
    pin_to_one_core,
    speed_note,
)

ROOT = Path(__file__).resolve().parents[1]

TARGET_BYTES = 4096
TARGET_RATE = 2000  # articles/s on one core, realistic articles (issue 3)

Articles = list[tuple[FoldedText, str | None]]


def build_dense() -> list[tuple[str, str]]:
    by_lang: dict[str, list[str]] = {}
    for art in load_set():
        by_lang.setdefault(art.lang, []).append(art.text)
    out: list[tuple[str, str]] = []
    for lang, texts in sorted(by_lang.items()):
        for shift in range(len(texts)):
            parts: list[str] = []
            size = 0
            k = shift
            while size < TARGET_BYTES:
                text = texts[k % len(texts)]
                parts.append(text)
                size += len(text.encode()) + 2
                k += 1
            body = "\n\n".join(parts)
            raw = body.encode()[:TARGET_BYTES].decode(errors="ignore")
            out.append((lang, raw[: raw.rfind(" ")]))
    return out


#: Each letter of a synthetic name: the next one of its script in these rings (case
#: kept), so a copy's aliases look like real ones and name nobody.
_RINGS = ("bcdfghjklmnpqrstvwxyz", "aeiou", "çğışöü", "بتثجحخدذرزسشصضطظعغفقكلمنهوي")
_NEXT = {ring[i]: ring[(i + 1) % len(ring)] for ring in _RINGS for i in range(len(ring))}
_NEXT |= {k.upper(): v.upper() for k, v in _NEXT.items() if k.upper() != k}


def _shifted(name: str, times: int) -> str:
    for _ in range(times):
        name = "".join(_NEXT.get(ch, ch) for ch in name)
    return name


def _alias_count(ent: KBEntity) -> int:
    return sum(len(group.items()) for group in (ent.aliases, ent.surnames, ent.weak, ent.local))


def grown_kb(growth: float) -> KnowledgeBase:
    """The default KB with ``growth`` times its alias count added as synthetic copies of
    its people, organisations and places (names shifted letter by letter)."""
    kb = load_kb(DEFAULT_KB_DIR)
    wanted = growth * sum(map(_alias_count, kb.entities))
    sources = [e for e in kb.entities if e.type.value in ("PERSON", "ORG", "LOC")]
    added: list[KBEntity] = []
    total = 0
    for n in range(len(sources) * 4):
        if total >= wanted:
            break
        ent = sources[n % len(sources)]
        times = 1 + n // len(sources)

        def shift(group: Aliases, times: int = times) -> Aliases:
            return Aliases(
                **{
                    lang: [_shifted(a, times) for a in getattr(group, lang)]
                    for lang in ("ar", "en", "tr")
                }
            )

        kind, _, rest = ent.id.partition(":")
        copy = ent.model_copy(
            update={
                "id": f"{kind}:synthetic-{times}-{rest.replace(':', '-')}",
                "name": _shifted(ent.name, times),
                "aliases": shift(ent.aliases),
                "surnames": shift(ent.surnames),
                "weak": shift(ent.weak),
                "local": shift(ent.local),
            }
        )
        added.append(copy)
        total += _alias_count(copy)
    return KnowledgeBase([*kb.entities, *added], kb.sources, kb.dropped)


def build_realistic(count: int) -> tuple[Articles, float]:
    """Corpus articles as the entity stage receives them, and their mean record size."""
    out: Articles = []
    record_bytes = 0
    for article in generate_articles(count, seed=2026):
        record_bytes += len(encode(article))
        raw = RawArticle.model_validate(article)
        norm = normalise_raw(raw)
        out.append((norm.folded, norm.language.lang))
    return out, record_bytes / max(count, 1)


def measure(detector: EntityDetector, articles: Articles, seconds: float) -> dict:
    """Best and median rate over windows of whole passes, and mentions per article."""
    mentions = 0
    for folded, lang in articles:  # warm-up, and the mention count
        mentions += sum(len(e.mentions) for e in detector.detect(folded, lang))
    detect = detector.detect

    def one_pass() -> int:
        for folded, lang in articles:
            detect(folded, lang)
        return len(articles)

    rates = best_and_median_rate(one_pass, seconds)
    return {
        **rates,
        "mentions": mentions / len(articles),
        "bytes": sum(len(f.display.encode()) for f, _ in articles) / len(articles),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="per input set")
    parser.add_argument("--articles", type=int, default=300, help="realistic articles")
    parser.add_argument(
        "--kb-growth", type=float, default=0.3, help="synthetic aliases added, 0 for none"
    )
    parser.add_argument(
        "--native", action="store_true", help="the compiled core (activated at import)"
    )
    args = parser.parse_args()
    print(f"core: {'compiled' if args.native else 'pure Python'}")
    pin_to_one_core()
    detector = EntityDetector.default()

    realistic, record = build_realistic(args.articles)
    langs = Counter(lang or "?" for _f, lang in realistic)
    mix = "/".join(f"{lang} {n}" for lang, n in sorted(langs.items()))
    r = measure(detector, realistic, args.seconds)
    verdict = "met" if r["best"] >= TARGET_RATE else "NOT met"
    print(
        f"entity detection, realistic 4 KB articles: {r['best']:,.0f} articles/s on one core "
        f"(median {r['median']:,.0f}) - target {TARGET_RATE:,}/s {verdict}\n"
        f"    {len(realistic)} corpus articles ({mix}), records {record:,.0f} bytes, "
        f"text {r['bytes']:,.0f} bytes, {r['mentions']:.0f} mentions/article\n"
        f"    {speed_note(r)}"
    )

    if args.kb_growth > 0:
        kb = grown_kb(args.kb_growth)
        grown = EntityDetector(kb, load_lexicons(DEFAULT_LEXICON_DIR))
        r = measure(grown, realistic, args.seconds)
        print(
            f"entity detection, realistic, KB +{args.kb_growth:.0%} aliases: {r['best']:,.0f} "
            f"articles/s (median {r['median']:,.0f})\n"
            f"    {len(kb.entities):,} entities ({len(kb.entities) - len(detector.entities):,} "
            f"synthetic), {grown.matcher.size:,} keys against {detector.matcher.size:,}\n"
            f"    {speed_note(r)}"
        )

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if seeds:
        text = seeds[0].read_text(encoding="utf-8")
        r = measure(detector, [(fold(text), None)], args.seconds)
        print(
            f"entity detection, seed article:            {r['best']:,.0f} articles/s "
            f"(median {r['median']:,.0f})\n"
            f"    {seeds[0].name}, {r['bytes']:,.0f} bytes, {r['mentions']:.0f} mentions/article"
        )

    dense: Articles = [(fold(text), lang) for lang, text in build_dense()]
    r = measure(detector, dense, args.seconds)
    print(
        f"entity detection, dense (stress):          {r['best']:,.0f} articles/s "
        f"(median {r['median']:,.0f})\n"
        f"    {len(dense)} eval texts ar/en/tr cut at 4 KB, {r['bytes']:,.0f} bytes, "
        f"{r['mentions']:.0f} mentions/article"
    )


if __name__ == "__main__":
    main()
