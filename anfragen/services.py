"""Public services named in inquiries: the vocabulary and the mention matcher.

The vocabulary (``services.yml``) lists services with a stable id, a kind and aliases.
``ServiceMatcher.find`` is a pure function of the text: it returns the places where a
service is named, as character offsets into the text it was given.

How a word is matched (see ``docs/services.md`` for the why):

* Text is cut into *words*: runs of letters/digits, with hyphens inside a word kept
  ("BundID-Rückkanals", "E-Payment-Komponente", PDF breaks like "Wohn-\\ngeld").
* A word's *key* is its normalised form: lower case, ä→ae, ö→oe, ü→ue, ß→ss, hyphens
  and line breaks removed. Every alias is indexed under this form and under the plain
  form (ä→a, …) so that texts written without umlauts match too.
* An alias matches a word when it is the whole word, the whole word plus an inflection
  ending, the modifier of a compound (alias + optional linking "s"/"n"/… + a word of at
  least four letters), or the head of a compound (a prefix of at least three letters,
  only for aliases of seven or more letters). Hyphens are always boundaries.
* If nothing matched exactly, rapidfuzz's Levenshtein distance tolerates one typo in
  long aliases (ten or more letters), but only on the whole word, never inside it.

Results per distinct word are cached, so a corpus costs one regex pass plus one dict
lookup per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz.distance import Levenshtein

KINDS = ("Verwaltungsleistung", "Basiskomponente", "Programm")

# A word: letters/digits, optionally joined by hyphens; a hyphen at a line end followed
# by the rest of the word (PDF hyphenation) keeps the word together.
WORD = re.compile(r"[^\W_]+(?:-(?:[ \t]*\r?\n[ \t]*)?[^\W_]+)*")
_JOINER = re.compile(r"-(?:[ \t]*\r?\n[ \t]*)?")
# Only whitespace may separate the words of a multi-word alias ("E-Payment Komponente"),
# after a dangling hyphen at most ("Bürger- und Unternehmensservice").
_GAP = re.compile(r"-?\s+")
# Text right before an offset that continues a word across it ("Wohn-" + "geld").
_INSIDE = re.compile(r"[^\W_](?:-(?:[ \t]*\r?\n[ \t]*)?)?\Z")

INFLECTIONS = ("", "s", "es", "e", "en", "n", "er", "ern", "ns", "se", "sen")
LINKS = ("", "s", "es", "n", "en", "e", "er")
MIN_COMPOUND_REST = 4  # letters a compound needs beyond the alias ("antrag": ok, "te": no)
MIN_HEAD_ALIAS = 7  # shorter aliases ("Kita", "Meldung") only start a word
MIN_MODIFIER_ALIAS = 5  # "pass"+"iert" is a verb, not a compound of "Pass"
MIN_HEAD_PREFIX = 3  # "An"+"meldung" is a verb prefix, not a compound
MIN_FUZZY_ALIAS = 10  # typo tolerance only where one letter cannot change the meaning
INDEX_LEN = 4

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


@dataclass(frozen=True)
class Service:
    """One entry of the vocabulary; ``kind`` is one of KINDS."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    description: str
    ozg_id: str | None
    leika: str | None


@dataclass(frozen=True)
class Mention:
    """A service named in a text; ``text == source[start:end]`` (whole words)."""

    service_id: str
    start: int
    end: int
    text: str


def normalise(word: str, plain: bool = False) -> str:
    """Key of a word: lower case, umlauts spelled out (or dropped), hyphens removed."""
    table = _PLAIN if plain else _UMLAUTS
    return _JOINER.sub("", word.lower()).translate(table).replace("-", "")


def _boundaries(word: str) -> frozenset[int]:
    """Positions in the key where a real hyphen separated two parts.

    A line-end hyphen followed by a lower-case letter is PDF hyphenation, not a boundary.
    """
    cuts, pos, previous = set(), 0, 0
    for joiner in _JOINER.finditer(word):
        pos += len(normalise(word[previous : joiner.start()]))
        previous = joiner.end()
        if "\n" not in joiner.group() or word[previous : previous + 1].isupper():
            cuts.add(pos)
    return frozenset(cuts)


def load_vocabulary(path: str | Path) -> list[Service]:
    """Read and validate ``services.yml``.

    Raises ValueError naming the file and the entry for: a missing or non-list top level,
    missing id/name/kind, unknown kinds, duplicate ids, non-slug ids, non-list aliases.
    """
    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of services at the top level")  # noqa: TRY004 (contract: ValueError)
    services, seen = [], set()
    for number, entry in enumerate(data, start=1):
        label = f"{path}: entry {number} ({(entry or {}).get('id', '?')})"
        services.append(_service(entry, label))
        if services[-1].id in seen:
            raise ValueError(f"{label}: duplicate id {services[-1].id!r}")
        seen.add(services[-1].id)
    return services


def _service(entry: object, label: str) -> Service:
    """One validated Service from a YAML mapping (see load_vocabulary)."""
    if not isinstance(entry, dict):
        raise ValueError(f"{label}: expected a mapping")  # noqa: TRY004
    unknown = set(entry) - {"id", "name", "kind", "aliases", "description", "ozg_id", "leika"}
    if unknown:
        raise ValueError(f"{label}: unknown keys {sorted(unknown)}")
    for key in ("id", "name", "kind"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ValueError(f"{label}: missing {key!r}")
    if not re.fullmatch(r"[a-z0-9_]+", entry["id"]):
        raise ValueError(f"{label}: id must be a lower-case ascii slug")
    if entry["kind"] not in KINDS:
        raise ValueError(f"{label}: unknown kind {entry['kind']!r}, expected one of {KINDS}")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ValueError(f"{label}: aliases must be a list of strings")
    ids = {k: None if entry.get(k) is None else str(entry[k]) for k in ("ozg_id", "leika")}
    return Service(
        id=entry["id"],
        name=entry["name"],
        kind=entry["kind"],
        aliases=tuple(aliases),
        description=str(entry.get("description") or ""),
        ozg_id=ids["ozg_id"],
        leika=ids["leika"],
    )


@dataclass(frozen=True)
class _Alias:
    service_id: str
    key: str  # normalised key of the alias word (the last word for multi-word aliases)
    lead: tuple[str, ...]  # normalised preceding words of a multi-word alias
    plain: bool = False  # the umlaut-less variant: exact matches only, never fuzzy
    negative: bool = False  # a "!word": a look-alike that is not the service
    lower: bool = False  # written lower-case first ("ePayBL"), so lower-case words may match


class ServiceMatcher:
    """Finds service mentions; build once per vocabulary, then call ``find`` per text."""

    def __init__(self, services: list[Service]):
        self._by_prefix: dict[str, list[_Alias]] = {}
        self._short: dict[str, list[_Alias]] = {}  # aliases shorter than INDEX_LEN
        self._cache: dict[str, tuple[_Alias, ...]] = {}
        self._misses: set[str] = set()  # words known to name no service (most words)
        for service in services:
            for alias in (service.name, *service.aliases):
                for entry in _alias_entries(service.id, alias):
                    self._index(entry)

    def _index(self, alias: _Alias) -> None:
        if len(alias.key) < INDEX_LEN:
            bucket = self._short.setdefault(alias.key, [])
        else:
            bucket = self._by_prefix.setdefault(alias.key[:INDEX_LEN], [])
        if alias not in bucket:
            bucket.append(alias)
            bucket.sort(key=_rank)

    def find(self, text: str) -> list[Mention]:
        """Mentions in ``text``: sorted by start, non-overlapping, whole words.

        Multi-word aliases win over single-word ones ending at the same word; within a
        word the longest alias wins. Offsets index the text exactly as given.
        """
        # Decide from the distinct words (found at C speed) which ones name a service,
        # then visit only their occurrences: most words of a text are never looked at.
        # Words already known to name nothing are dropped by one set difference, so only
        # new words and hits cost a Python call.
        hits = set()
        for word in set(WORD.findall(text)) - self._misses:
            if self._candidates(word):
                hits.add(word)
            else:
                self._misses.add(word)
        mentions: list[Mention] = []
        for start, word in sorted(o for w in hits for o in _occurrences(text, w)):
            if mentions and start < mentions[-1].end:
                continue
            end = start + len(word)
            for alias in self._candidates(word):
                begin = _lead_start(text, start, alias.lead) if alias.lead else start
                if begin is None or (mentions and begin < mentions[-1].end):
                    continue
                mentions.append(Mention(alias.service_id, begin, end, text[begin:end]))
                break
        return mentions

    def _candidates(self, word: str) -> tuple[_Alias, ...]:
        """Aliases that match ``word`` as its last word, best first (cached per word)."""
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = tuple(self._match_word(word))
        return cached

    def _match_word(self, word: str) -> list[_Alias]:
        """Matching aliases, best first; none past the best-fitting negative alias."""
        key, cuts = normalise(word), _boundaries(word)
        found = sorted(self._exact_candidates(key, cuts), key=_rank)
        if not found and len(key) >= MIN_FUZZY_ALIAS:
            found = self._fuzzy_candidates(key)
        if word[0].islower():  # German nouns are capitalised: "ausweisen" is a verb
            found = [alias for alias in found if alias.lower]
        for index, alias in enumerate(found):
            if alias.negative:  # "Hundeführerschein" hides the shorter "Führerschein"
                return found[:index]
        return found

    def _exact_candidates(self, key: str, cuts: frozenset[int]):
        seen: set[_Alias] = set()
        for pos in range(max(1, len(key) - 1)):
            head_ok = pos == 0 or pos in cuts
            if not head_ok and pos < MIN_HEAD_PREFIX:
                continue
            aliases = self._by_prefix.get(key[pos : pos + INDEX_LEN], [])
            if head_ok:
                short = [a for n in (2, 3) for a in self._short.get(key[pos : pos + n], [])]
                aliases = aliases + short
            for alias in aliases:
                if alias in seen or not key.startswith(alias.key, pos):
                    continue
                if _fits(key, pos, alias, cuts, head_ok):
                    seen.add(alias)
                    yield alias

    def _fuzzy_candidates(self, key: str) -> list[_Alias]:
        """Long aliases one edit away from the whole word (minus an inflection ending)."""
        stems = {key[: len(key) - len(e)] for e in INFLECTIONS if e and key.endswith(e)}
        stems.add(key)
        found = []
        for alias in self._by_prefix.get(key[:INDEX_LEN], []):
            if len(alias.key) < MIN_FUZZY_ALIAS or alias.plain or alias.negative:
                continue
            if any(Levenshtein.distance(alias.key, s, score_cutoff=1) <= 1 for s in stems):
                found.append(alias)
        return found


def _fits(key: str, pos: int, alias: _Alias, cuts: frozenset[int], head_ok: bool) -> bool:
    """Whether ``alias`` found at ``pos`` in ``key`` sits at plausible word boundaries."""
    size = len(alias.key)
    if not head_ok and (size < MIN_HEAD_ALIAS or alias.lead):
        return False  # too short to be the head of a compound ("Anmeldung" ≠ "Meldung")
    end = pos + size
    rest = key[end:]
    if rest in INFLECTIONS or end in cuts:
        return True
    # Modifier of a compound: a linking element, then a word of its own. Not for the last
    # word of a multi-word alias ("Hilfe zur Pflegekasse" is not "Hilfe zur Pflege").
    if size < MIN_MODIFIER_ALIAS or alias.lead:
        return False
    return any(
        rest.startswith(link) and len(rest) - len(link) >= MIN_COMPOUND_REST for link in LINKS
    )


def _occurrences(text: str, word: str):
    """(offset, word) for every place where ``word`` is a whole WORD token of ``text``."""
    pos = text.find(word)
    while pos != -1:
        token = WORD.match(text, pos)
        if token.end() == pos + len(word) and not _INSIDE.search(text, max(0, pos - 40), pos):
            yield pos, word
        pos = text.find(word, pos + 1)


def _lead_start(text: str, start: int, lead: tuple[str, ...]) -> int | None:
    """Start of the alias's leading words right before ``start``, or None if absent.

    The leading words must be separated by whitespace only (or a dangling hyphen).
    """
    window = text[max(0, start - 60 * len(lead)) : start]
    before = list(WORD.finditer(window))[-len(lead) :]
    if len(before) < len(lead):
        return None
    ends = [m.start() for m in before[1:]] + [len(window)]
    for token, expected, gap_end in zip(before, lead, ends, strict=True):
        if expected not in (normalise(token.group()), normalise(token.group(), True)):
            return None
        if not _GAP.fullmatch(window[token.end() : gap_end]):
            return None
    return start - len(window) + before[0].start()


def _rank(alias: _Alias) -> tuple[int, int, bool]:
    """Sort key, best first: more words, then longer ("Personalausweis" before "Ausweis"),
    then a negative alias before a positive one of the same length."""
    return (-len(alias.lead), -len(alias.key), not alias.negative)


def display_aliases(service: Service) -> tuple[str, ...]:
    """The aliases to show to readers: without the negative "!" entries."""
    return tuple(a for a in service.aliases if not a.startswith("!"))


def _alias_entries(service_id: str, alias: str) -> set[_Alias]:
    """Index entries for an alias: umlaut and plain forms; multi-word also joined.

    An alias starting with "!" is negative: a word that looks like the service but is not.
    """
    negative = alias.startswith("!")
    words = WORD.findall(alias.lstrip("!"))
    lower = bool(words) and words[-1][0].islower()
    entries = set()
    umlaut_keys = tuple(normalise(w) for w in words)
    for plain in (False, True):
        keys = tuple(normalise(w, plain) for w in words)
        if not keys or not all(keys) or (plain and keys == umlaut_keys):
            continue
        entries.add(_Alias(service_id, keys[-1], keys[:-1], plain, negative, lower))
        if len(keys) > 1:  # "E-Payment Komponente" also as "E-Payment-Komponente"
            lower_joined = words[0][0].islower()
            entries.add(_Alias(service_id, "".join(keys), (), plain, negative, lower_joined))
    return entries
