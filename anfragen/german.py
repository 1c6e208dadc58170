"""German-aware normalisation for full-text search.

SQLite FTS5 cannot load a Python tokenizer, so German handling happens here, on both
sides of the index:

- ``index_text(text)`` turns a text into the normalised token stream an FTS5 column
  indexes (tokenize ``unicode61 remove_diacritics 0``; the output is plain ASCII
  lowercase words, so any ``unicode61`` setting tokenises it the same way);
- ``fts_query(query)`` turns what a person typed into an FTS5 MATCH expression over
  that column. It never produces a syntax error, whatever the input.

Normalisation of one word: NFC, lower case, ß → ss, Snowball German stem (which also
folds ä/ö/ü and their spellings ae/oe/ue, so "Fuehrungszeugnis" ≡ "Führungszeugnis"),
plural -s after a vowel dropped ("Kitas"). Hyphenated compounds ("E-Payment-Komponente")
are indexed as the joined whole and as each part. Every stem of at least
``MIN_REVERSED`` letters is indexed a second time reversed, behind ``MARKER``: a
query for a compound's head ("Anmeldung") then becomes an FTS5 prefix query on
reversed stems and finds "Wohnsitzanmeldung". Query words also match as prefixes
("Kita" finds "Kitaplätze"), from ``MIN_PREFIX`` letters on.

``highlight`` and ``snippet`` mark the words of the original text that match a query,
because FTS5's snippet() would show the unreadable normalised column.
"""

from __future__ import annotations

import html
import re
import sqlite3
import threading
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice

import snowballstemmer

MARKER = "0"  # reversed stems start with a digit: no normalised word does (see _stem)
MIN_REVERSED = 5  # shorter heads ("amt", "rat") would match far too many compounds
MIN_PREFIX = 4  # shorter stems are matched exactly, not as prefixes
# A stem found exactly in more questions than this is matched exactly only: its prefix and
# suffix expansions would merge hundreds of posting lists ("stadt"* at 1 M questions: every
# Stadtbahn, Stadtrat, Innenstadt …) for a result set far too large to read anyway.
COMMON_STEM = 20_000
# Searches rank (bm25) only the newest RANKED hits of each full-text table: ordering all
# 300 000 hits of a common word costs 0.3–0.5 s at 1 M questions, the newest 5 000 about 10 ms.
RANKED = 5_000
NOTHING = '"0nothing0"'  # a valid MATCH expression no indexed token can satisfy

# Words and hyphenated compounds; digits count as word characters ("B10", "U5").
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_QUOTED = re.compile(r'"([^"]*)"')
_STEMMER = snowballstemmer.stemmer("german")

# Dropped from unquoted queries (not from the index, so phrases keep working): a
# search for "Wie viele Kitaplätze gibt es" should not require "gibt" and "es".
_STOPWORD_TEXT = """
     aber als am an auch auf aus bei bis da das dass dem den der des die dies diese
     dieser dieses durch ein eine einem einen einer eines es für gibt hat haben im in ist
     kann können mit nach nicht noch nur ob oder seit sich sie sind so soll sollen über
     um und unter viele vom von vor wann warum was welche welchem welchen welcher welches
     wer werden wie wird wo wurde wurden zu zum zur and or not near
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """Stem of one word without hyphens: ASCII, lower case, never starting with MARKER."""
    word = unicodedata.normalize("NFC", word).lower().replace("ß", "ss")
    stem = _STEMMER.stemWord(word) if word.isalpha() else word
    if len(stem) >= 5 and stem[-1] == "s" and stem[-2] in "aioy":
        stem = stem[:-1]  # plural -s after a vowel, which Snowball keeps: "Kitas", "Autos"
    # Snowball folds umlauts; strip any other diacritics (é, ç) so the index is ASCII.
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    if stem.startswith(MARKER) and not stem.isdigit():
        stem = stem.lstrip(MARKER) or "0"  # "0a" would look like a reversed stem
    return stem


@lru_cache(maxsize=200_000)
def _word_stems(word: str) -> tuple[str, ...]:
    """Stems indexed for one word as written: the whole, then the hyphen parts."""
    parts = [p for p in word.split("-") if p]
    whole = _stem("".join(parts))
    if len(parts) == 1:
        return (whole,) if whole else ()
    return tuple(s for s in dict.fromkeys([whole, *map(_stem, parts)]) if s)


def _reversed(stem: str) -> str | None:
    if len(stem) >= MIN_REVERSED and stem.isalpha():
        return MARKER + stem[::-1]
    return None


def tokens(text: str) -> list[str]:
    """Normalised stems of ``text`` in reading order (compounds: whole, then parts)."""
    return [s for w in _WORD.findall(text) for s in _word_stems(w)]


@lru_cache(maxsize=200_000)
def _index_word(word: str) -> str:
    out = []
    for stem in _word_stems(word):
        out.append(stem)
        rev = _reversed(stem)
        if rev:
            out.append(rev)
    return " ".join(out)


def index_text(text: str | None) -> str:
    """The text to store in an FTS5 column: each stem, followed by its reversed form.

    Deterministic per word, so the index text of a phrase is also its phrase query.
    """
    if not text:
        return ""
    return " ".join(filter(None, map(_index_word, _WORD.findall(text))))


@lru_cache(maxsize=50_000)
def _head_stem(word: str) -> str:
    """Stem of ``word`` as the head of a compound.

    Snowball only strips endings inside its region R1, which starts later in a short
    word: "Schienen" stems to "schien" but "Stadtbahnschienen" to "stadtbahnschi". A
    dummy modifier in front stems the word the way it is stemmed inside a compound.
    """
    return _stem("abab" + word.replace("-", ""))[4:]


@dataclass(frozen=True)
class Term:
    """One query word: matches a stem equal to it, starting with it, or ending in it.

    ``head`` is the word's stem as a compound head (see _head_stem), used for suffixes.
    """

    stem: str
    head: str = ""

    @property
    def prefix(self) -> bool:
        return len(self.stem) >= MIN_PREFIX and self.stem.isalnum()

    def suffixes(self) -> list[str]:
        """Heads a matching stem may end in; none for short words (too many compounds)."""
        if _reversed(self.stem) is None:
            return []
        heads = [self.stem] + ([self.head] if self.head and len(self.head) >= MIN_PREFIX else [])
        return [h for h in dict.fromkeys(heads) if h.isalpha()]

    def fts(self, common: bool = False) -> str:
        """The MATCH alternatives; ``common``: the stem alone (see COMMON_STEM)."""
        if not self.prefix or common:
            return f'"{self.stem}"'
        alternatives = [f'"{self.stem}"*'] + [f'"{MARKER}{h[::-1]}"*' for h in self.suffixes()]
        return "(" + " OR ".join(alternatives) + ")"

    def matches(self, stem: str) -> bool:
        if self.prefix and stem.startswith(self.stem):
            return True
        return stem == self.stem or any(stem.endswith(h) for h in self.suffixes())


def _parse(query: str) -> tuple[list[list[str]], list[list[Term]]]:
    """Split a query into quoted phrases (lists of words) and terms per free word.

    A free hyphenated word yields one group: its joined whole (first) and its parts.
    Unbalanced quotes are ignored, so what follows them counts as free words.
    """
    phrases = [_WORD.findall(p) for p in _QUOTED.findall(query)]
    free_text = _QUOTED.sub(" ", query).replace('"', " ")
    words = _WORD.findall(free_text)
    content = [w for w in words if w.lower() not in STOPWORDS]
    groups = []
    for word in content or words:
        stems = _word_stems(word)
        if stems:
            groups.append([Term(stems[0], _head_stem(word)), *map(Term, stems[1:])])
    return [p for p in phrases if p], groups


def fts_query(query: str | None, frequency: Callable[[str], int] | None = None) -> str:
    """An FTS5 MATCH expression for ``query`` over a column filled by ``index_text``.

    Free words are ANDed; each matches its stem exactly, as a prefix (compound
    modifier) and, from MIN_REVERSED letters on, as a suffix (compound head). A
    hyphenated word matches its joined form. Quoted text is a phrase of exact stems.
    FTS operators, brackets, "*" and SQL in the input are treated as plain words or
    dropped; input without any word yields NOTHING, which matches no row.

    ``frequency(stem)``, if given, is the number of indexed texts containing ``stem``;
    a stem in more than COMMON_STEM of them is matched exactly, without expansions.
    """
    phrases, groups = _parse(query or "")
    parts = [f'"{index_text(" ".join(words))}"' for words in phrases]
    parts = [p for p in parts if p != '""']
    parts += [g[0].fts(common=frequency is not None and frequency(g[0].stem) > COMMON_STEM)
              for g in groups]
    return " AND ".join(parts) if parts else NOTHING


def frequencies(conn, table: str = "questions_fts") -> Callable[[str], int]:
    """``stem → number of rows of ``table`` containing it``, for ``fts_query``.

    Reads an ``fts5vocab`` table created in the connection's temp schema (the database
    may be immutable), cached per stem. Without ``table`` every stem counts 0.
    """
    vocab = f"temp.anfragen_{table}_rows"
    try:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, '{table}', 'row')")
        conn.execute(f"SELECT doc FROM {vocab} WHERE term = 'x'").fetchall()
    except sqlite3.Error:
        return lambda stem: 0

    @lru_cache(maxsize=10_000)
    def frequency(stem: str) -> int:
        try:
            row = conn.execute(f"SELECT doc FROM {vocab} WHERE term = ?", (stem,)).fetchone()
        except sqlite3.Error:
            return 0
        return row[0] if row else 0

    return frequency


def _query_terms(query: str) -> list[Term]:
    phrases, groups = _parse(query or "")
    terms = [Term(s) for words in phrases for w in words for s in _word_stems(w)]
    return terms + [t for group in groups for t in group]


# Highlighting runs on up to a hundred answers per search. Instead of testing word by word
# in Python, each word of a text becomes its stems (``_word_stems``), each framed as
# START stem END, all in one line; a query becomes one pattern that matches a framed stem
# equal to, starting with or ending in one of the query's stems (``Term.matches``), which
# the regular expression engine finds in C. Every match lies within one frame, so scanning
# never skips a word. A text's words and line are kept (``_words``): the same answers
# come up in many searches, and splitting a text into words is the costly part.
_FRAME_START, _FRAME_END = "\x00", "\x01"
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")  # separators and words, alternating
_NON_SPACE = re.compile(r"\S+")  # what a snippet counts as a word
KEPT_TEXT = 6_000_000  # characters of text whose words are kept (``_words``)


class _FramedWords(dict):
    """word as written → its framed stems; bounded, cleared when full."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 200_000:
            self.clear()
        framed = self[word] = "".join(f"{_FRAME_START}{s}{_FRAME_END}" for s in _word_stems(word))
        return framed


_framed = _FramedWords()


@lru_cache(maxsize=1024)
def _pattern(query: str) -> re.Pattern | None:
    """A pattern over framed stems: a frame matches when its stem equals, starts with or
    ends in a stem of ``query`` (``Term.matches``); None when no stem can match."""
    terms = _query_terms(query)
    exact = sorted({t.stem for t in terms})
    prefixes = sorted({t.stem for t in terms if t.prefix})
    suffixes = sorted({h for t in terms for h in t.suffixes()})
    alternatives = []
    if exact:
        alternatives.append(f"{_FRAME_START}(?:{'|'.join(map(re.escape, exact))}){_FRAME_END}")
    if prefixes:
        alternatives.append(f"{_FRAME_START}(?:{'|'.join(map(re.escape, prefixes))})")
    if suffixes:
        alternatives.append(f"(?:{'|'.join(map(re.escape, suffixes))}){_FRAME_END}")
    return re.compile("|".join(alternatives)) if alternatives else None


class _Words:
    """The words (``_WORD``) of a text: word ``i`` spans ``positions[2i + 1]`` to
    ``positions[2i + 2]``; its framed stems are ``line[offsets[i]:offsets[i + 1]]``."""

    __slots__ = ("positions", "line", "offsets", "count")

    def __init__(self, text: str):
        parts = _WORD_SPLIT.split(text)
        frames = list(map(_framed.__getitem__, parts[1::2]))
        self.line = "".join(frames)
        kind = "H" if max(len(text), len(self.line)) < 1 << 16 else "I"  # compact when kept
        self.positions = array(kind, accumulate(map(len, parts), initial=0))
        self.offsets = array(kind, accumulate(map(len, frames), initial=0))
        self.count = len(text.split())  # whitespace-separated words, as a snippet counts

    def packed(self) -> tuple:
        """The words as a tuple of str, bytes and int only, which the garbage collector
        stops tracking (``_KeptWords`` keeps thousands: anfragen/heap.py says why)."""
        return (self.line, self.positions.typecode, self.positions.tobytes(),
                self.offsets.tobytes(), self.count)

    @classmethod
    def unpacked(cls, packed: tuple) -> _Words:
        words = cls.__new__(cls)
        words.line, kind, positions, offsets, words.count = packed
        # read-only views on the kept bytes: indexing, len and bisect as on the arrays
        words.positions = memoryview(positions).cast(kind)
        words.offsets = memoryview(offsets).cast(kind)
        return words

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def span(self, i: int) -> tuple[int, int]:
        return self.positions[2 * i + 1], self.positions[2 * i + 2]

    def at(self, position: int) -> int:
        """Index of the word whose frames contain ``position`` of the line."""
        return bisect_right(self.offsets, position) - 1

    def matching(self, pattern: re.Pattern | None, first: int = 0,
                 last: int | None = None) -> list[int]:
        """Indices of the words ``first`` .. ``last`` (exclusive) that match, in order."""
        if pattern is None:
            return []
        last = len(self) if last is None else last
        found: list[int] = []
        for m in pattern.finditer(self.line, self.offsets[first], self.offsets[last]):
            i = self.at(m.start())
            if not found or found[-1] != i:
                found.append(i)
        return found

    def first_at_or_after(self, position: int) -> int:
        """Index of the first word starting at or after ``position`` of the text."""
        # word starts are positions[1], positions[3], …; separators' at the even indices
        return bisect_left(self.positions, position, 1, len(self.positions) - 1) // 2


class _KeptWords:
    """``_Words`` of the texts seen last, at most ``budget`` characters of text in all
    (with their words about four bytes per character), least recently used out first.
    Kept packed (``_Words.packed``): as plain tuples they cost a full garbage collection
    nothing, where thousands of arrays and objects cost it tens of milliseconds."""

    def __init__(self, budget: int):
        self.budget, self.size = budget, 0
        self.entries: OrderedDict[str, tuple] = OrderedDict()
        self.lock = threading.Lock()  # SQL functions may run in Datasette's threads

    def __call__(self, text: str) -> _Words:
        with self.lock:
            packed = self.entries.get(text)
            if packed is not None:
                self.entries.move_to_end(text)
        if packed is not None:
            return _Words.unpacked(packed)
        words = _Words(text)
        if len(text) <= self.budget:
            packed = words.packed()
            with self.lock:
                if text not in self.entries:
                    self.entries[text] = packed
                    self.size += len(text)
                    while self.size > self.budget:
                        old, _ = self.entries.popitem(last=False)
                        self.size -= len(old)
        return words


_words = _KeptWords(KEPT_TEXT)


def _render(text: str, spans: list[tuple[int, int]], start: str, end: str) -> str:
    out, pos = [], 0
    for a, b in spans:
        out += [html.escape(text[pos:a]), start, html.escape(text[a:b]), end]
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


def highlight(text: str | None, query: str | None, start="<mark>", end="</mark>") -> str:
    """``text`` HTML-escaped, with the words matching ``query`` between start and end.

    A word matches when one of its stems (whole or hyphen part) equals, starts with or
    ends in a query stem, by the same rules as ``fts_query``.
    """
    if not text:
        return ""
    words = _words(text)
    return _render(text, [words.span(i) for i in words.matching(_pattern(query or ""))],
                   start, end)


def snippet(
    text: str | None, query: str | None, words: int = 30, start="<mark>", end="</mark>"
) -> str:
    """An escaped, highlighted excerpt of about ``words`` words around the first match.

    Without a match it is the text's beginning. "…" marks cut ends. Words here are
    whitespace-separated (``str.split`` and ``\\S+`` agree on whitespace).
    """
    if not text:
        return ""
    found, pattern = _words(text), _pattern(query or "")
    count = found.count
    if count <= words:
        return _render(text, [found.span(i) for i in found.matching(pattern)], start, end)
    hit = pattern.search(found.line) if pattern is not None else None
    first = 0
    if hit is not None:
        # the first whitespace-separated word ending after the match's start: those before
        # it, minus the one the match starts in (if the match does not start it)
        at = found.span(found.at(hit.start()))[0]
        first = len(_NON_SPACE.findall(text, 0, at))
        if at > 0 and not text[at - 1].isspace():
            first -= 1
    lo = max(0, min(first - words // 3, count - words))
    hi = lo + words
    window = list(islice(_NON_SPACE.finditer(text), lo, hi))
    a, b = window[0].start(), window[-1].end()
    # words never contain whitespace: those starting in [a, b) lie within the excerpt
    inside = found.matching(pattern, found.first_at_or_after(a), found.first_at_or_after(b))
    body = _render(text[a:b], [(x - a, y - a) for x, y in map(found.span, inside)], start, end)
    return ("…" if lo > 0 else "") + body + ("…" if hi < count else "")
