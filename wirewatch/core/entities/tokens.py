"""One split of an article's folded text, shared by the passes that read its words.

The variant pass reads the text split on spaces (``folded.split(" ")``: the chunks
it looks at are then found between spaces); the Turkish and Arabic name-shape passes
read its white-space tokens (``folded.split()``) as a set, to intersect with their
given names. Each pass split the text itself. The detector now splits once on
spaces, and the token set is read from those chunks (their hashes already computed
by the variant pass's lookups); only chunks holding other white space (a line break,
a tab) are split again. On the entity bench articles (callgrind): the set from
``folded.split()`` ~331 K instructions an article, from the chunks ~221 K (building
the set and testing each distinct chunk with ``isprintable``, a test now cached:
see _PRINTABLE); entity detection 5.514 M -> 5.465 M an article.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import filterfalse

#: Chunks seen to be printable (white space in none): most chunks of an article are
#: words met before, whose test is then one set difference in C rather than an
#: ``isprintable`` call each (entity bench: 5.424 M -> 5.385 M instructions an
#: article). Bounded as the variant pass's caches are.
_PRINTABLE: set[str] = set()
_PRINTABLE_MAX = 300_000


def space_tokens(chunks: Iterable[str]) -> set[str]:
    """``set(text.split())`` of the text whose ``split(" ")`` is ``chunks`` (or holds
    the same pieces: the detector passes their set, which copies cheaper than a list).

    Every white-space character but the space is non-printable (a separator or a
    control character), so the chunks ``str.isprintable`` passes are tokens whole,
    and only the others (and the empty chunk) need a closer look."""
    tokens = set(chunks)
    new = tokens - _PRINTABLE
    if new:
        odd = list(filterfalse(str.isprintable, new))
        if len(_PRINTABLE) >= _PRINTABLE_MAX:
            _PRINTABLE.clear()
        _PRINTABLE.update(new.difference(odd))
        for chunk in odd:
            tokens.discard(chunk)  # back below when it holds no white space
            tokens.update(chunk.split())
    tokens.discard("")
    return tokens
