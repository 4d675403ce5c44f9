"""A one-word person alias after someone else's given name names someone else.

The KB lets a surname stand for its best-known bearer ("Davutoğlu" for Ahmet
Davutoğlu, "Hafter" for Khalifa Haftar). Written right after a capitalised given name
that is not that person's ("Bingazi Başkonsolosu Ali Davutoğlu", "Belkasım Hafter"),
the same word is the surname of another person, whom the KB may not know: linking it
to the best-known bearer adds a false entity and, through it, false contacts.

A given name is a word the KB holds as the first token of some person's full name.
The person's own given names are every token but the last of each full name of theirs
(a middle name too: "Abdul Hamid Dbeibah" owns "Hamid", "Recep Tayyip Erdoğan"
"Tayyip"). Given names are compared by their consonants (``skeleton``), as one name
is transliterated many ways: "Mohammad Menfi" is Mohamed al-Menfi, "Mehmet" and
"Muhammed" one name. A given name preceded by one of the person's own ("Khalifa
Belqasim Haftar": a father's name inserted) is a middle name, not another person's.

Arabic script has no capitals to tell a name from a word, so there a given name
blocks only when it is no common or function word (``not_given``: بأن "that" folds
like بان, a given name), and it is compared by its folded form with the person's
own Arabic given names, joined ones too (عبدالحميد). "محمد يلدريم" is not Binali
Yıldırım; "عبد الحميد محمد الدبيبة" keeps the PM (محمد follows his own الحميد).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key, person_full_names
from wirewatch.core.entities.matcher import is_arabic

_DIGRAPHS = (("kh", "h"), ("ou", "u"), ("q", "k"), ("j", "c"), ("w", "v"))
_VOWELS = re.compile(r"[aeiouıy]+")
_REPEATS = re.compile(r"(.)\1+")
_LEADING_VOWELS = frozenset("aeiouı")
_ARABIC_CONJUNCTIONS = frozenset("وف")


def skeleton(name: str) -> str:
    """A folded given name's consonants, in one spelling: Mohammad, Mohamed, Muhammed,
    Mehmet -> "mhmd"; Ahmet, Ahmed -> "_hmd"; Ali -> "_l". A leading vowel is kept as
    "_": Ahmed is not Hamid ("Journalist Ahmed Dbeibah" linked Abdul Hamid Dbeibah,
    whose middle name Hamid had the same consonants)."""
    for a, b in _DIGRAPHS:
        name = name.replace(a, b)
    head = "_" if name[:1] in _LEADING_VOWELS else ""
    name = head + _REPEATS.sub(r"\1", _VOWELS.sub("", name))
    return name[:-1] + "d" if name.endswith("t") else name


_ARTICLES = ("al-", "el-", "al ", "el ")


def _before_article(folded: str, start: int) -> int:
    """Where a Latin surname's article begins ("al-" of "Hafed al-Ghwell"), or
    ``start`` itself when no article stands right before it."""
    at = start - 3
    if at > 0 and folded[at:start] in _ARTICLES and not folded[at - 1].isalpha():
        return at  # a word of its own: "Kemal Menfi" has no article "al "
    return start


class OtherGivenNames:
    """Which one-word person aliases a preceding given name takes from their bearer."""

    def __init__(
        self,
        entities: list[KBEntity],
        given_names: Iterable[str],
        not_given: Iterable[str] = (),
        titled_words: Iterable[str] = (),
        function_given: Iterable[str] = (),
    ) -> None:
        #: Arabic given names that are also words (عمر, صالح): given names only where
        #: a title or a descriptor vouches for them (``names_other``'s ``titled``)
        #: Arabic given names that fold like a function word (علي, "Ali", like على
        #: "on"), by their folded form: as ``_titled``, but only as written (the
        #: display's ي, not على's ى)
        self._function_given = {alias_key(w): w for w in function_given}
        self._titled = frozenset(titled_words) | frozenset(self._function_given)
        self._given = frozenset(given_names)
        self._arabic_given = frozenset(k for k in self._given if is_arabic(k)) - frozenset(
            alias_key(word) for word in not_given
        )
        own: dict[int, set[str]] = {}
        own_arabic: dict[int, set[str]] = {}
        for idx, _lang, tokens in person_full_names(entities):
            if is_arabic(tokens[-1]):
                keys = [alias_key(t) for t in tokens[:-1]]
                joined = ("".join(pair) for pair in pairwise(keys))
                names = own_arabic.setdefault(idx, set())
                names.update(keys)
                names.update(joined)
            else:
                own.setdefault(idx, set()).update(skeleton(alias_key(t)) for t in tokens[:-1])
        by_alias: dict[str, set[str]] = {}
        for idx, ent in enumerate(entities):
            if ent.type is not EntityType.PERSON:
                continue
            # a family surname (``surnames``: الغويل for Khalifa and Salama al-Ghwail,
            # "Akar") names a KB bearer just as a one-word alias does, and is as often
            # borne by others: "Economist Hafed al-Ghwell", "Gazeteci Mehmet Akar",
            # "المحلل حافظ الغويل" (issue #12, varrank probes). A ``weak`` alias is
            # left to its own path: the name-shape pass keeps "العقيد أورهان دميرطاش".
            for group in (ent.aliases, ent.local, ent.surnames):
                for _lang, alias in group.items():
                    key = alias_key(alias)
                    if " " in key:
                        continue
                    bearer = own_arabic.get(idx) if is_arabic(alias) else own.get(idx)
                    if bearer:
                        by_alias.setdefault(key, set()).update(bearer)
        #: one-word alias key -> the given names of every person it stands for
        #: (skeletons for a Latin alias, folded Arabic forms for an Arabic one)
        self.own: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in by_alias.items()}
        #: KB index of a person -> the skeletons of their own given names
        self.given_of: dict[int, frozenset[str]] = {
            idx: frozenset(own.get(idx, set()) | {skeleton(k) for k in own_arabic.get(idx, ())})
            for idx in own.keys() | own_arabic.keys()
        }

    def spells_first_given(self, idx: int, first_word: str) -> bool:
        """Whether ``first_word`` (folded) is, by its consonants, the first given name of
        the KB person ``idx`` misspelt ("Racep" for Recep, "Mohammad" for Mohamed): a
        skeleton of two consonants at least, so that "Ali" ("l") proves nothing."""
        shape = skeleton(first_word)
        return len(shape.lstrip("_")) >= 2 and shape in self.given_of.get(idx, frozenset())

    def names_other(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        start: int,
        key: str,
        titled: Callable[[str, int, str], bool] | None = None,
    ) -> bool:
        """Whether the alias ``key`` at folded offset ``start`` follows, after one
        space, a capitalised given name none of its bearers has. ``titled(folded,
        begin, word)``: in Arabic, whether ``word`` at ``begin``, a given name that is
        also a common word (حافظ, عمر, صالح), stands where a title or a descriptor
        vouches for a name ("المحلل عمر الغويل")."""
        own = self.own.get(key)
        if own is None or start < 2:
            return False
        if not is_arabic(key):
            # "Hafed al-Ghwell", "Hafed Al Ghwell": the family's article between
            start = _before_article(folded, start)
        if start < 2 or folded[start - 1] != " ":
            return False
        begin = start - 1
        while begin > 0 and folded[begin - 1].isalpha():
            begin -= 1
        word = folded[begin : start - 1]
        before = folded[max(0, begin - 40) : begin].split()
        if is_arabic(key):
            if self._names_other_arabic(word, before, own):
                return True
            # (issue #12, varrank) a given name that is also a word (عمر "age",
            # صالح "fit") is one right after a title or a descriptor: "الكاتب عمر
            # الدبيبة", "الصحفي صالح حفتر" are others of the family (a sweep of the
            # KB's one-word Arabic aliases after "الصحفي عمر": 145 of 331 linked)
            spelled = self._function_given.get(word)
            if spelled is not None:
                first, last = to_display(begin, start - 1)
                if display[first:last] != spelled:
                    return False  # على "on", as written
            return (
                word in self._titled
                and titled is not None
                and word not in own
                and not (before and before[-1] in own)
                and titled(folded, begin, word)
            )
        if word not in self._given or skeleton(word) in own:
            return False
        if before and skeleton(before[-1]) in own:
            return False  # a middle name: "Khalifa Belqasim Haftar"
        first, _ = to_display(begin, begin + 1)
        return display[first].isupper()

    def _names_other_arabic(self, word: str, before: list[str], own: frozenset[str]) -> bool:
        """The Arabic case of ``names_other``: ``word`` (a conjunction و or ف
        attached: ومحمد) is a given name that is no common word and none of the
        bearers'; the word before it no given name of theirs (a father's name
        inserted: عبد الحميد محمد الدبيبة)."""
        if word not in self._arabic_given and word[:1] in _ARABIC_CONJUNCTIONS:
            word = word[1:]
        if word not in self._arabic_given or word in own:
            return False
        return not (before and before[-1] in own)
