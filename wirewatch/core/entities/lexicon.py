"""The word lists the entity matcher and the patterns use, loaded from YAML data.

Every entry is folded (:func:`fold_char_string`) on load, so the files can be
written in ordinary spelling (أ, ı, ş) and still match the folded text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

LANGS = ("ar", "en", "tr")


class _ByLang(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ar: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    tr: list[str] = Field(default_factory=list)


class _Arabic(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conjunctions: list[str]
    prepositions: list[str]
    article: str


class _Suffixes(BaseModel):
    model_config = ConfigDict(extra="forbid")

    suffixes: list[str] = Field(default_factory=list)
    #: Endings that make a place name an adjective of what follows ("Trablus'taki
    #: Başbakanlık": the prime ministry in Tripoli), for ``foreign_local``.
    locative_adjective: list[str] = Field(default_factory=list)


class MorphologyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    arabic: _Arabic
    turkish: _Suffixes
    english: _Suffixes = Field(default_factory=_Suffixes)


class _Nationality(_ByLang):
    demonym: str


class NationalitiesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    nationalities: dict[str, _Nationality]


class _Noun(_ByLang):
    label: str


class _FromPhrase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    keys: list[str]
    ar: list[str]
    max_words: int = 4


class GenericFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    nouns: dict[str, _Noun]
    modifiers: _ByLang
    from_phrase: _FromPhrase | None = None


class RolesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    roles: dict[str, _ByLang]
    ranks: _ByLang
    ranks_also_words: _ByLang = _ByLang()
    place_links: _ByLang
    name_particles: _ByLang
    #: role labels whose pattern takes no place clause before the name: after "نظيره
    #: الليبي في طرابلس" the clause says where they met, and what follows is no name
    roles_without_place: list[str] = Field(default_factory=list)


class StoplistsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    common_words: _ByLang
    name_stopwords: _ByLang
    #: First tokens of KB names never linked alone as given names (common words,
    #: name particles, titles): عبد, علي (= على after folding), Devlet, Metin.
    given_name_stopwords: _ByLang = Field(default_factory=_ByLang)
    #: Words after which a common-word short form reads as the word (في المنفى).
    common_word_contexts: _ByLang = Field(default_factory=_ByLang)
    #: Set phrases whose words are no names (القوة القاهرة, force majeure, is not Cairo)
    fixed_phrases: _ByLang = Field(default_factory=_ByLang)
    #: surnames so common that a KB bearer is no default for them alone (Yılmaz)
    common_surnames: _ByLang = Field(default_factory=_ByLang)
    #: First words of two-word given names and surnames (عبد الحميد, Abdul Hamid):
    #: a short form keeps the word after them (see ``short_forms``).
    compound_name_heads: _ByLang = Field(default_factory=_ByLang)
    #: Verbs a subject follows in news copy (التقى, قال): a weak alias right after one
    #: is its bearer's name, as after a title (والتقى الحداد, اجتمع صالح)
    subject_verbs: _ByLang = Field(default_factory=_ByLang)
    #: verbs after which a given name that is also a word opens a subject's name
    given_name_verbs: _ByLang = Field(default_factory=_ByLang)
    #: given names that fold like a function word (علي, like على), as written
    function_given_names: dict[str, list[str]] = Field(default_factory=dict)
    #: Verbs a headline's subject precedes (المنفي يستقبل): a weak alias opening a
    #: clause right before one is its bearer's name
    verbs_after_subject: _ByLang = Field(default_factory=_ByLang)
    #: Contact nouns a verb and its subject take before "with" (أجرى أردوغان مباحثات
    #: مع المنفي): a weak alias after that "with" is the partner's name
    object_nouns: _ByLang = Field(default_factory=_ByLang)
    #: Head words of an office named by its body (رئيس المجلس الرئاسي): a weak alias
    #: right after "<head> <organisation>" names the bearer whose KB role holds that body
    org_heads: _ByLang = Field(default_factory=_ByLang)
    #: First words of names that are also adjectives (البحرية "the navy" / "naval"):
    #: after a definite noun they are its adjective (المناطق البحرية الليبية)
    adjective_heads: _ByLang = Field(default_factory=_ByLang)
    #: Words right before an organisation's weak alias that make it the body's name
    #: (عضو الرئاسي, المتحدث باسم الوفاق, وأصدر الرئاسي): see
    #: ``EntityDetector._org_short_form``
    org_short_heads: _ByLang = Field(default_factory=_ByLang)


class KinshipFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: phrases right before / right after a family name: نجلي حفتر, Haftar's sons
    before: _ByLang = Field(default_factory=_ByLang)
    after: _ByLang = Field(default_factory=_ByLang)
    #: a parent's child by a pronoun, the parent named just before: "his son, Saddam"
    pronoun: _ByLang = Field(default_factory=_ByLang)
    #: a relative named to describe the person just named ("Saddam Haftar, a son of
    #: Khalifa Haftar"): that mention names no one a later bare surname means
    described: _ByLang = Field(default_factory=_ByLang)


class _BareInstitution(BaseModel):
    model_config = ConfigDict(extra="forbid")

    forms: list[str] = Field(min_length=1)
    titles: list[str] = Field(default_factory=list)
    #: KB term roles of the institution's head ("central bank governor"): a person
    #: of the article who held one ties the bare name to that person's country
    heads: list[str] = Field(default_factory=list)
    by_country: dict[str, str] = Field(min_length=1)
    #: a name only the one listed country's body bears in this news (مؤسسة النفط,
    #: ديوان المحاسبة): the article naming that country is cue enough (cue 6)
    sole: bool = False
    #: words after a form that make it another body: الاستخبارات العسكرية (military
    #: intelligence, a directorate of an army) is no intelligence service
    not_followed_by: list[str] = Field(default_factory=list)


class InstitutionsFile(BaseModel):
    """Institutions named bare (وزارة الدفاع), linked by the article's country cues."""

    model_config = ConfigDict(extra="forbid")

    window: int = Field(default=2, ge=1, le=5)
    stops: _ByLang = Field(default_factory=_ByLang)
    #: languages whose country comes before the institution or title ("Turkish
    #: defence minister", "Libya's Foreign Ministry"): a cue right before counts
    country_before: list[str] = Field(default_factory=list)
    bare: dict[str, list[_BareInstitution]] = Field(default_factory=dict)


@dataclass(frozen=True)
class BareInstitution:
    """One bare institution name of a language, folded: its forms, its head's titles,
    and the KB id of each country's institution."""

    forms: frozenset[str]
    titles: frozenset[str]
    by_country: dict[str, str]
    heads: frozenset[str] = frozenset()
    #: (KB-derived names) the folded adjectives the names were cut from: a form
    #: followed by one is inside the full name (org_forms.bare_forms)
    tails: frozenset[str] = frozenset()
    #: cue 6: the article naming the one listed country ties the name to it
    sole: bool = False


def _fold(text: str) -> str:
    return " ".join(fold_char_string(text).replace(".", " ").split())


def _folds(items: list[str]) -> frozenset[str]:
    return frozenset(_fold(i) for i in items if _fold(i))


@dataclass(frozen=True)
class Nationality:
    country: str
    demonym: str


@dataclass(frozen=True)
class Lexicons:
    #: Proclitic strings allowed before an Arabic name without / with its own article.
    prefixes_plain: frozenset[str]
    prefixes_nat: frozenset[str]
    prefixes_definite: frozenset[str]
    prefixes_lam: frozenset[str]
    tr_suffixes: frozenset[str]
    en_suffixes: frozenset[str]
    #: folded Turkish endings of a place made an adjective ("daki": "Trablus'taki")
    tr_locative_adjective: frozenset[str]
    #: folded adjective -> (lang, nationality)
    nationalities: dict[str, tuple[str, Nationality]]
    demonyms: dict[str, str]
    #: lang -> folded noun -> generic key; labels by key
    nouns: dict[str, dict[str, str]]
    noun_labels: dict[str, str]
    modifiers: dict[str, frozenset[str]]
    #: lang -> folded phrase (space separated) -> role label
    roles: dict[str, dict[str, str]]
    role_max_tokens: int
    ranks: dict[str, frozenset[str]]
    #: ranks that are also everyday words (الفريق = "the team"): no title before a name
    ranks_also_words: dict[str, frozenset[str]]
    place_links: dict[str, frozenset[str]]
    name_particles: dict[str, frozenset[str]]
    common_words: dict[str, frozenset[str]]
    name_stopwords: dict[str, frozenset[str]]
    given_name_stopwords: dict[str, frozenset[str]]
    common_word_contexts: dict[str, frozenset[str]]
    compound_name_heads: dict[str, frozenset[str]]
    #: kinship phrases before / after a family name, by language (folded)
    kinship_before: dict[str, frozenset[str]]
    kinship_after: dict[str, frozenset[str]]
    kinship_pronoun: dict[str, frozenset[str]]
    kinship_described: dict[str, frozenset[str]]

    #: every proclitic string, longest first (و, ف, ب, ل, ك, ال and combinations)
    arabic_clitics: tuple[str, ...]
    #: lang -> bare institution names (institutions.yaml); tokens a cue may follow
    #: by at most ``institution_window``, never past a stop word
    bare_institutions: dict[str, tuple[BareInstitution, ...]] = field(default_factory=dict)
    institution_stops: dict[str, frozenset[str]] = field(default_factory=dict)
    institution_window: int = 2
    institution_country_before: frozenset[str] = frozenset()
    #: set phrases (folded) whose words are no names, by language
    fixed_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    common_surnames: dict[str, frozenset[str]] = field(default_factory=dict)
    #: role labels whose pattern takes no place clause (roles.yaml)
    roles_without_place: frozenset[str] = frozenset()
    #: verbs a subject follows (stoplists.yaml ``subject_verbs``), by language (folded)
    subject_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: verbs after which a given name that is also a word (علي, عمر) is a name
    given_name_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: given names that fold like a function word, as written (not folded), by language
    function_given_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: verbs a headline's subject precedes (stoplists.yaml), by language (folded)
    verbs_after_subject: dict[str, frozenset[str]] = field(default_factory=dict)
    #: contact nouns between a verb's subject and "with" (stoplists.yaml), by language
    object_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    #: head words of an office named by its body (stoplists.yaml), by language
    org_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    #: first words of names that are also adjectives (stoplists.yaml), by language
    adjective_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    #: words making an organisation's weak alias after them its name (stoplists.yaml)
    org_short_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    #: generic.yaml ``from_phrase``: the keys of nouns a "من" phrase may follow before
    #: the nationality (وفد من رجال الأعمال الأتراك), its Arabic words (folded), and how
    #: many words it may hold
    generic_from_keys: frozenset[str] = frozenset()
    generic_from_words: frozenset[str] = frozenset()
    generic_from_max: int = 0

    # Derived from arabic_clitics in __post_init__, and the readings of tokens met.
    _clitic_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _clitic_max: int = field(init=False, repr=False, compare=False)
    _strip_cache: dict[str, tuple[tuple[int, str], ...]] = field(
        init=False, repr=False, compare=False
    )

    def strip_arabic(self, token: str) -> tuple[tuple[int, str], ...]:
        """Readings of an Arabic token as proclitics + bare word: (mention offset, bare).

        The mention offset keeps the article in the mention (و|الوفد -> الوفد); the
        bare word has it removed (وفد). The token itself is the last reading.
        """
        cache = self._strip_cache
        readings = cache.get(token)
        if readings is None:
            if len(cache) >= 65536:
                cache.clear()
            readings = cache[token] = self._strip_arabic(token)
        return readings

    def _strip_arabic(self, token: str) -> tuple[tuple[int, str], ...]:
        out: list[tuple[int, str]] = []
        clitics = self.clitic_set
        for size in range(min(self.clitic_max, len(token) - 2), 0, -1):
            prefix = token[:size]
            if prefix in clitics:
                keep = size - 2 if prefix.endswith(("ال", "لل")) else size
                out.append((keep, token[size:]))
        out.append((0, token))
        return tuple(out)

    @property
    def clitic_set(self) -> frozenset[str]:
        return self._clitic_set

    @property
    def clitic_max(self) -> int:
        return self._clitic_max

    def __post_init__(self) -> None:
        object.__setattr__(self, "_clitic_set", frozenset(self.arabic_clitics))
        object.__setattr__(self, "_clitic_max", max(map(len, self.arabic_clitics)))
        object.__setattr__(self, "_strip_cache", {})  # token -> readings


def _read(path: Path, model: type[BaseModel]) -> BaseModel:
    with path.open(encoding="utf-8") as handle:
        return model.model_validate(safe_load(handle))


def load_lexicons(lexicon_dir: Path) -> Lexicons:
    d = Path(lexicon_dir)
    morph = _read(d / "morphology.yaml", MorphologyFile)
    nats = _read(d / "nationalities.yaml", NationalitiesFile)
    gen = _read(d / "generic.yaml", GenericFile)
    roles = _read(d / "roles.yaml", RolesFile)
    stops = _read(d / "stoplists.yaml", StoplistsFile)
    assert isinstance(morph, MorphologyFile) and isinstance(nats, NationalitiesFile)
    assert isinstance(gen, GenericFile) and isinstance(roles, RolesFile)
    assert isinstance(stops, StoplistsFile)
    kin = _read(d / "kinship.yaml", KinshipFile) if (d / "kinship.yaml").exists() else KinshipFile()
    assert isinstance(kin, KinshipFile)
    inst_path = d / "institutions.yaml"
    inst = _read(inst_path, InstitutionsFile) if inst_path.exists() else InstitutionsFile()
    assert isinstance(inst, InstitutionsFile)
    bare = {
        lang: tuple(
            BareInstitution(
                _folds(b.forms),
                _folds(b.titles),
                dict(b.by_country),
                frozenset(role.lower() for role in b.heads),
                tails=_folds(b.not_followed_by),
                sole=b.sole and len(b.by_country) == 1,
            )
            for b in items
        )
        for lang, items in inst.bare.items()
    }

    conj = ["", *(_fold(c) for c in morph.arabic.conjunctions)]
    prep = ["", *(_fold(p) for p in morph.arabic.prepositions)]
    art = _fold(morph.arabic.article)
    plain = frozenset(c + p for c, p in product(conj, prep))
    with_article: set[str] = set()
    for c, p in product(conj, prep):
        with_article.add(c + ("لل" if p == "ل" else p + art))
    definite = frozenset(c + p for c, p in product(conj, prep) if p != "ل")
    lam = frozenset(conj)

    nationalities: dict[str, tuple[str, Nationality]] = {}
    demonyms: dict[str, str] = {}
    for code, nat in nats.nationalities.items():
        demonyms[code] = nat.demonym
        for lang in LANGS:
            for form in getattr(nat, lang):
                nationalities[_fold(form)] = (lang, Nationality(code, nat.demonym))

    nouns: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    labels: dict[str, str] = {}
    for key, noun in gen.nouns.items():
        labels[key] = noun.label
        for lang in LANGS:
            for form in getattr(noun, lang):
                nouns[lang][_fold(form)] = key

    role_map: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for label, forms in roles.roles.items():
        for lang in LANGS:
            for form in getattr(forms, lang):
                role_map[lang][_fold(form)] = label
    max_tokens = max(len(p.split()) for m in role_map.values() for p in m)

    def by_lang(model: _ByLang) -> dict[str, frozenset[str]]:
        return {lang: _folds(getattr(model, lang)) for lang in LANGS}

    return Lexicons(
        prefixes_plain=plain,
        prefixes_nat=frozenset(plain | with_article),
        prefixes_definite=definite,
        prefixes_lam=lam,
        tr_suffixes=_folds(morph.turkish.suffixes),
        tr_locative_adjective=_folds(morph.turkish.locative_adjective),
        en_suffixes=_folds(morph.english.suffixes),
        nationalities=nationalities,
        demonyms=demonyms,
        nouns=nouns,
        noun_labels=labels,
        modifiers=by_lang(gen.modifiers),
        generic_from_keys=frozenset(gen.from_phrase.keys if gen.from_phrase else ()),
        generic_from_words=_folds(gen.from_phrase.ar if gen.from_phrase else []),
        generic_from_max=gen.from_phrase.max_words if gen.from_phrase else 0,
        roles=role_map,
        role_max_tokens=max_tokens,
        ranks=by_lang(roles.ranks),
        ranks_also_words=by_lang(roles.ranks_also_words),
        place_links=by_lang(roles.place_links),
        name_particles=by_lang(roles.name_particles),
        roles_without_place=frozenset(roles.roles_without_place),
        common_words=by_lang(stops.common_words),
        name_stopwords=by_lang(stops.name_stopwords),
        given_name_stopwords=by_lang(stops.given_name_stopwords),
        common_word_contexts=by_lang(stops.common_word_contexts),
        compound_name_heads=by_lang(stops.compound_name_heads),
        kinship_before=by_lang(kin.before),
        kinship_after=by_lang(kin.after),
        kinship_pronoun=by_lang(kin.pronoun),
        kinship_described=by_lang(kin.described),
        arabic_clitics=tuple(sorted((plain | with_article) - {""}, key=len, reverse=True)),
        bare_institutions=bare,
        institution_stops=by_lang(inst.stops),
        institution_window=inst.window,
        institution_country_before=frozenset(inst.country_before),
        fixed_phrases=by_lang(stops.fixed_phrases),
        common_surnames=by_lang(stops.common_surnames),
        subject_verbs=by_lang(stops.subject_verbs),
        given_name_verbs=by_lang(stops.given_name_verbs),
        function_given_names={k: tuple(v) for k, v in stops.function_given_names.items()},
        verbs_after_subject=by_lang(stops.verbs_after_subject),
        object_nouns=by_lang(stops.object_nouns),
        org_heads=by_lang(stops.org_heads),
        adjective_heads=by_lang(stops.adjective_heads),
        org_short_heads=by_lang(stops.org_short_heads),
    )
