"""Recognisers for the pieces of an answer document, one small function each.

Every function takes the raw text of one Markdown block and says what it is, or None.
``parse.py`` decides, with the document's numbering, what to do with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .metadata import MONTH_NAMES


@dataclass(frozen=True)
class Label:
    """A question label as printed: ``number`` ("7.1", "a", "1a"), ``style`` one of
    "dot" (1.), "paren" (1)), "letter" (a)), "numletter" (1a)), "frage" (Frage 1:), "roman"
    (II., III.: Roman numerals of more than one letter; "I." and "V." are read as "upper")."""

    number: str
    style: str
    rest: str


_LABELS = [
    ("frage", re.compile(r"^(?:\*\*)?Frage\s+(\d{1,2}[a-z]?)\s*[:.)]\s*(?:\*\*)?\s*(.*)", re.S | re.I)),
    ("dot", re.compile(r"^(\d{1,3}(?:\.\d{1,2})*)\.[ \t]+(.*)", re.S)),
    ("dot", re.compile(r"^(\d{1,2}\.\d{1,2})[ \t]+(?=[A-ZÄÖÜ])(.*)", re.S)),  # "1.2 Welche …?": a sub-number
    ("paren", re.compile(r"^(\d{1,3})\)[ \t]+(.*)", re.S)),
    ("numletter", re.compile(r"^(\d{1,2}\s?[a-z])\)\.?[ \t]+(.*)", re.S)),  # "1a)", "1a)."
    ("letter", re.compile(r"^([a-z])\)[ \t]+(.*)", re.S)),
    ("letter", re.compile(r"^([a-z])\.[ \t]+(?=[A-ZÄÖÜ])(.*)", re.S)),  # "b. Wie …?"
    ("roman", re.compile(r"^(III|II|IV|VIII|VII|VI|IX)\.[ \t]+(.*)", re.S)),  # "II.": "I.", "V." read as "upper"
    ("upper", re.compile(r"^([A-Z])(?:\.\)|[.)])[ \t]+(.*)", re.S)),  # "A.", "A)", "A.)"
    ("section", re.compile(r"^([A-Z]\d{1,2})\.[ \t]+(?=[A-ZÄÖÜ])(.*)", re.S)),  # "B2. Wie …?": question 2 of section B
    ("combined", re.compile(r"^(\d{1,2}\.?\s?(?:\+|und|&)\s?\d{1,2})\.[ \t]+(.*)", re.S)),
]
# "1. Juni 2025", "19. Wahlperiode", "3. Quartal": a number that is part of the sentence.
_DECOY = re.compile(
    rf"^(?:{MONTH_NAMES}|Wahlperiode|Legislaturperiode|Quartal|Halbjahr|Jahrhundert|Sitzung|"
    r"Lesung|Klasse|Stock|Obergeschoss|Etage|Bauabschnitt|Nachtrag|Änderung|Fortschreibung|"
    r"Mal|Platz|Stelle|Liga|Bundesliga|Auflage|Ausgabe|Tag|Woche|Monat|Jahr|Kalenderwoche)\b",
    re.I,
)


def is_decoy(rest: str) -> bool:
    """The words after a number make it part of the sentence ("1. Juni", "19. Wahlperiode")."""
    return bool(_DECOY.match(rest))


_QUESTION_WORD = re.compile(
    r"^(?:\*\*)?(?:Wie|Was|Welche[rsmn]?|Wann|Wo|Wohin|Woher|Warum|Weshalb|Wieso|Wozu|Wer|Wem|Wen|"
    r"Wessen|Inwiefern|Inwieweit|Ob|Ist|Sind|Gibt|Gab|Hat|Haben|Hatte|Kann|Können|Könnte|Soll|Sollen|Wird|"
    r"Werden|Wurde|Wurden|Plant|Sieht|Teilt|Besteht|Bestehen|Liegt|Liegen|Bitte|Nennen|Erläutern|"
    r"Beschreiben|Stellen|Legen|Darstellung|Auflistung|Übersicht|"
    # "Nach welchen Kriterien …", "Von wem …", "Bis wann …": an interrogative after its preposition
    r"(?:Nach|Von|Mit|Für|In|An|Auf|Aus|Bei|Bis|Seit|Ab|Über|Unter|Zu|Um|Durch|Gegen)\s+"
    r"(?:welche[rsmn]?|wem|wen|was|wann|wie))\b",
    re.I,
)
_IMPERATIVE = re.compile(r"\b(?:bitte|gebeten|darzustellen|darzulegen|aufzulisten|zu erläutern|zu beziffern)\b", re.I)
# Requests in running text ("bitten", "erbitten wir …"); verbs in lower case ("auf Bitten von" asks nothing), and not
# a form's "(bitte ankreuzen)". "bittet" not where someone asks for patience or pardon
# ("Die Verwaltung bittet um Verständnis"); "möge(n)" only with a verb of telling ("Das
# Stadtamt möge offenlegen, …", not the form line "… möge diese Anfrage … beantworten");
# "wünschen/möchten/beantragt" only for an account ("Wir wünschen eine genaue Darstellung
# …", "… beantragt einen Sachstandsbericht", "Wir beantragen daher: Sachstandsbericht …"), "fragen … an" for a permission ("fragen eine
# Genehmigung an").
_REQUEST = re.compile(
    r"\b(?:[Bb]itte(?!\s+ankreuzen)|bitten|erbitten|gebeten|darzustellen|darzulegen|aufzulisten|zu erläutern|zu beziffern|"
    r"bittet(?![^.?!]{0,60}?\bum\s+(?:Verständnis|Entschuldigung|Nachsicht|Geduld|Kenntnisnahme))|"
    r"erkundigen|fragen\s+(?:wir\s+)?(?:hiermit\s+|daher\s+|deshalb\s+|von\s+daher\s+|nun\s+)?(?:an|nach)|"
    r"fragen\s+eine[n]?\s+(?:\w+\s+){0,4}?an|stellt\s+(?:hiermit\s+)?die\s+Anfrage\s+nach|"
    r"möchten?\s+(?:\w+\s+){0,6}?(?:wissen|erfahren)|"
    r"(?:wünschen|möchten|beantragt|beantragen)\s+(?:\w+\s+)?eine[nr]?\s+(?:\w+\s+){0,2}?"
    r"(?:Darstellung|Auskunft|Aufstellung|Auswertung|Übersicht|Auflistung|Sachstandsbericht|Bericht)|"
    r"beantragen\s+(?:daher|deshalb)\s*:\s+\w*[Bb]ericht|"  # "Wir beantragen daher: Sachstandsbericht …"
    r"mögen?\s[^.?!]{0,160}?\b(?:darlegen|darstellen|berichten|offenlegen|mitteilen|erläutern|aufzeigen|"
    r"auflisten|beziffern|unterrichten|informieren|Auskunft\s+geben))\b")


def asks(text: str) -> bool:
    """Does the text ask or request something ("…?", "Wir bitten um …", "Die Verwaltung
    wird gebeten, … darzustellen", "Wir möchten wissen, ob …")?"""
    return "?" in text or bool(_REQUEST.search(text))


def question_label(text: str) -> Label | None:
    """The label a block starts with, if it looks like a question label at all."""
    for style, pattern in _LABELS:
        if m := pattern.match(text):
            number = re.sub(r"\s|\.(?=\s?(?:\+|und|&))", "", m.group(1)).replace("und", "+").replace("&", "+")
            number = re.sub(r"(?<!\d)0+(?=\d)", "", number)  # "01." is question 1
            rest = m.group(2).strip()
            # "F. F. Wie …?": the label printed twice (a column and the text itself);
            # "1. 8. Wie …?": a list marker before the document's own number, which counts.
            rest = re.sub(rf"^{re.escape(m.group(1))}[.):]\s+", "", rest)
            if style == "dot" and (inner := re.match(r"(\d{1,2})\.\s+(?=\S)", rest)):
                number, rest = inner.group(1), rest[inner.end():]
            elif style in ("dot", "paren") and (inner := re.match(r"([a-z])\)\s+(?=\S)", rest)):
                number, rest = number + inner.group(1), rest[inner.end():]  # "7. a) Wie …?" is 7a
            if not rest or _DECOY.match(rest):
                return None
            if style == "section":
                number = f"{number[0]}.{number[1:]}"  # "B2." is B.2, as "B." then "2."
            return Label(number, style, rest)
    return None


_BARE_LABEL = re.compile(r"(\d{1,2}(?:\.\d{1,2})*|[A-Za-z])(?:\\[.)]|\))")


def bare_label(text: str) -> str | None:
    """"2\\.", "3)", "b\\)": a block that is only a label, escaped as the importer writes it
    or closed by a parenthesis → its number. ("18." or "A." unescaped may be an answer.)"""
    m = _BARE_LABEL.fullmatch(text.strip())
    return m.group(1) if m else None


def quoted_question(block_kind: str, text: str) -> str | None:
    """A question written as a quote ("> Wie viele …?"): the format's way to mark a
    question the document itself does not number."""
    if block_kind != "blockquote" or "\n" in text.strip():
        return None  # one line, as the importer writes it: the question stands in the file as is
    inner = re.sub(r"^>\s?", "", text).strip()
    if askers_quote(text) is not None:
        return None  # "> Fragesteller: Und ggf. …?": the askers' words, not a question of the document's
    return inner if is_bare_question(inner) else None


_QUOTED_LABELS = [
    re.compile(r"^(\d{1,2})\s*[.)]?\s*([a-z])[.)]\s+(.*)", re.S),  # "1) a. …", "1 b) …", "5c) …"
    re.compile(r"^()([a-z])[.)]\s+(.*)", re.S),  # "b. …" under the current number
    re.compile(r"^(\d{1,2})()(?:\.\)|[.)])\s+(.*)", re.S),  # "3) …", "2.) …"
    re.compile(r"^(\d{1,2}\.\d{1,2})()\.?\s+(.*)", re.S),  # "1.2. …", "4.3 …"
]


_ASKERS_QUOTE = re.compile(r"^Fragesteller(?:in|innen)?\s*:\s*", re.I)


def askers_quote(text: str) -> str | None:
    """"> Fragesteller: Die drei Anlagen …": the askers' own words copied into the answer
    document (the importer marks them so) → the words; None for any other quote (a quote
    inside an answer, e.g. of a law, stays in the answer)."""
    inner = re.sub(r"(?m)^>\s?", "", text).strip()
    m = _ASKERS_QUOTE.match(inner)
    return inner[m.end():].strip() if m else None


_UNREPEATED = re.compile(r"^Nicht\s+wiederholt\s*:\s*", re.I)


def unrepeated_question(text: str) -> str | None:
    """"> Nicht wiederholt: 5. Wird …?": a question of the inquiry that the answer document
    does not repeat (the importer writes it where the inquiry asks it) → the question."""
    inner = re.sub(r"(?m)^>\s?", "", text).strip()
    m = _UNREPEATED.match(inner)
    return inner[m.end():].strip() if m else None


def quoted_label(text: str) -> tuple[str, str, str]:
    """(number, letter, rest) of a label a quoted question starts with; ("", "", text)
    when it has none. The caller puts a bare letter under the current number."""
    for pattern in _QUOTED_LABELS:
        if m := pattern.match(text):
            return m.group(1), m.group(2), m.group(3).strip()
    return "", "", text


def is_bare_question(text: str) -> bool:
    """An unlabelled paragraph that is one question (documents that repeat the questions
    without numbers, each followed by its answer)."""
    return text.rstrip().endswith("?") and len(text) < 700 and "\n\n" not in text



# "Seminar: Schon 50? So bleiben Sie dran …", "… eine Broschüre veröffentlicht: Wie schütze
# ich mein Haus gegen Grundwasser? Hier werden …": the title of an event or a publication the
# answer names, not a question of anyone's. A paragraph opening with the kind of event or
# publication and a colon is such a title as a whole; a publication named right before a
# colon in a sentence has its title after it, up to the first "?".
_TITLE_ITEM = re.compile(r"^(?:Seminar|Vortrag|Workshop|Kurs|Informationsveranstaltung|Fortbildung|"
                         r"Lesung|Ausstellung|Podiumsdiskussion|Broschüre|Titel|Motto)\s*:\s+\S")
_NAMED_TITLE = re.compile(r"\b(?:Broschüre|Faltblatt|Flyer|Leitfaden|Ratgeber|Titel|Motto)\b"
                          r"[^.!?:\n]{0,60}:\s+[A-ZÄÖÜ][^.!?:\n]{0,120}\?")


def titles_as_statements(text: str) -> str:
    """``text`` with the "?" of the titles it names read as a full stop: a paragraph that
    only lists "Seminar: Schon 50? …" or cites a brochure "…: Wie schütze ich …?" does not
    look like a question for that."""
    if _TITLE_ITEM.match(text.strip()):
        return text.replace("?", ".")
    return _NAMED_TITLE.sub(lambda m: m.group()[:-1] + ".", text)


# A first sentence that asks, then more text in the same paragraph: "Ist der Bauhof in der
# Lage …? Aufgrund neuer Aufgaben …" (no "." or "!" before its "?", so an answer that
# only quotes a question later on does not count).
_OPENING_QUESTION = re.compile(r"^(?:[-•–]\s*)?[^.!?\n]{8,300}\?\s+\S.{19,}", re.S)


def opens_with_question(text: str) -> bool:
    """A paragraph that opens with a question and goes on: a question the layout ran into
    the text after it (its answer, as a rule)."""
    return bool(_OPENING_QUESTION.match(text.strip()))


# "Bitte benennen Sie diese.", "Bitte Angabe in Abständen von 1 Euro / qm.": one sentence
# in which the askers say how they want the answer; the administration does not open
# its answer that way.
_ASKERS_REQUEST = re.compile(r"^[\s–-]*bitte\s+[^?]{3,180}$", re.I | re.S)


def is_askers_request(text: str) -> bool:
    """One sentence of the askers' asking for the answer's form, standing on its own."""
    plain = unescaped(text.strip())
    return bool(_ASKERS_REQUEST.match(plain)) and not re.search(r"[.!;]\s+\S", plain)


# The askers' own ways of going on after their question's "?": their items ("a) … b) …",
# "- …"), a request ("Bitte …", "bitten wir um …"), a condition ("wenn ja, …"), a bracket.
# (also their request as a noun: "…? Auflistung nach Projekt/Träger mit den jeweiligen Summen",
# or how they want it shown: "…? Dargestellt für Steigerungen über 500.000 Euro im Bereich:")
_ASKERS_TAIL = re.compile(r"^\W{0,3}(?:[a-z]{1,2}[.)]\s|[-–•]\s?|\(|bitte|wenn\b|falls\b|und\b|oder\b|"
                          r"(?:jeweils\s+)?dargestellt\s+(?:für|nach)\b|"
                          r"(?:Auflistung|Aufschlüsselung|Aufstellung)\s+(?:nach|der|aller)\b)|"
                          r"\b(?:[Bb]itte|bitten|aufschlüsseln|auflisten|aufgeschlüsselt)\b", re.I)


def goes_on_as_askers(text: str) -> bool:
    """Does ``text``, right after a question's "?", go on the way the askers go on with
    their question (items, a request, a condition, a bracket) rather than start an answer?"""
    return bool(_ASKERS_TAIL.search(unescaped(text.strip())))


def runs_on_unfinished(question: str) -> str | None:
    """The text after a question's last "?" when it runs on and stops mid-sentence ("…
    genau aus? Das Gutachten sieht eine Einbahnstraße bergauf auf der"): the start of the
    answer, run into the question by text extraction, as a rule (reading audit 14). None
    for the askers' own ways of going on (their items, a request, a condition)."""
    head, mark, tail = question.rpartition("?")
    tail = unescaped(tail.strip())
    if not mark or len(tail) < 30 or re.search(r"[.!?)\]\"“»]$", tail) or _ASKERS_TAIL.search(tail):
        return None
    return tail

_FOLLOW_UP = re.compile(
    r"^\W*(?:und\s+|oder\s+)?(?:wenn|falls|sofern)\s+(?:ja|nein|nicht|dies\s+(?:nicht\s+)?der\s+fall\s+ist|"
    r"dem\s+(?:nicht\s+)?so\s+ist|das\s+(?:nicht\s+)?der\s+fall\s+ist)\b",
    re.I,
)


_CONDITIONAL = re.compile(r"^\W*(?:und\s+|oder\s+)?(?:wenn|falls|sofern|soweit)\b", re.I)


def is_conditional(text: str) -> bool:
    """"Falls 1. mit Ja beantwortet …", "Wenn ja, …": asked only for one answer to an
    earlier question, so the administration may skip it."""
    return bool(_CONDITIONAL.match(text))


# "Falls ja, fallen Gebühren an?": what a conditional question asks after its condition
_CONDITION_CLAUSE = re.compile(r"^\W*(?:und\s+|oder\s+)?(?:wenn|falls|sofern|soweit)\s+(?:ja|nein|nicht)\s*[,:]\s*", re.I)
_W_QUESTION = re.compile(r"^\W*(?:Wie|Was|Welche[rsmn]?|Wann|Wo\w*|Warum|Weshalb|Wieso|Wer|Wen|Wem|Wessen|"
                         r"Inwiefern|Inwieweit|Aus\s+welche[mnr]?|In\s+welche[mnr]?|Auf\s+welche[mnr]?)\b")
_YES_NO_OPENING = re.compile(r"^\W*(?:Ja|Nein)\s*[,.;]")


def asks_with_w_word(question: str) -> bool:
    """"Welche Rechtsgrundlage besteht …?": asked with a question word, so "Ja" or "Nein" is
    no answer to it."""
    return bool(_W_QUESTION.match(question))


def conditional_yes_no_question(question: str) -> bool:
    """"Falls ja, fallen für diese Kontrollen Gebühren an?": a conditional question whose
    question after the condition is answered with yes or no (no question word)."""
    rest = _CONDITION_CLAUSE.sub("", question, count=1)
    return rest != question and not asks_with_w_word(rest)


def opens_with_yes_or_no(text: str) -> bool:
    """"Ja, es fallen Gebühren an.", "Nein. …": an answer that opens with yes or no."""
    return bool(_YES_NO_OPENING.match(unescaped(text)))


_BRANCH = re.compile(r"^\W*(?:und\s+|oder\s+)?(?:wenn|falls|sofern)\s+(ja|nein|nicht)\b", re.I)


def are_either_or(first: str, second: str) -> bool:
    """"Wenn ja, welches?" then "Wenn nein, warum nicht?": the two branches of one
    either-or on the same earlier question; one of them always applies."""
    a, b = _BRANCH.match(first), _BRANCH.match(second)
    return bool(a and b) and {a.group(1).lower(), b.group(1).lower()} in ({"ja", "nein"}, {"ja", "nicht"})


# "Aufgelistet nach Schulen.", "Jeweils aufgeschlüsselt nach Jahren.": how the askers
# want the answer laid out.
_SPECIFICATION = re.compile(r"^\W*(?:jeweils\s+)?(?:aufgelistet|aufgeschlüsselt|aufgeteilt|getrennt|"
                            r"differenziert|gegliedert)\s+nach\b", re.I)


_POINTING = re.compile(r"^[\s–-]*(?:siehe|s\.|vgl\.)\s", re.I)  # not "(siehe Bericht …)": theirs


_BARE_YES_NO = re.compile(r"(?:Ja|Nein)\W*")  # "… zur Verfügung zu stellen? Nein", without its full stop


def may_hold_its_answer(question: str) -> bool:
    """"Soll …? Nein." / "Gibt es …? Da der Antrag fehlt, …": a statement after the
    question's last "?" may be its answer, run into the question by text extraction.
    Not a request ("– bitte pro Jahr angeben.") or how the askers want the answer laid
    out ("Aufgelistet nach Schulen."): those are the askers' own, never an answer."""
    head, mark, tail = question.rpartition("?")
    if mark and _POINTING.match(tail):
        return True  # "… angesetzt? Siehe unter a)": an answer that points elsewhere
    if not mark or asks(tail) or _SPECIFICATION.match(tail):
        return False
    return states_something(tail) or bool(_BARE_YES_NO.fullmatch(unescaped(tail.strip())))


_DIVISION = re.compile(r"^\W{0,2}(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Za-z])\s?\\?[.)]\\?\)?\s")
_NAMED_PART = re.compile(r"\b(?:Zu|Zur|Betreff|Punkt|Frage|Ziffer|Nr\.)\s+(?:den\s+)?(?:Punkt(?:en)?|Fragen?|Ziffer|Nr\.)?"
                         r"\s*(?:\d{1,2}|[A-Ea-e])\b[.):]?|\bwie\s+folgt\b|\bim\s+Einzelnen\b", re.I)


# Words that look like a named part or an announcement but divide nothing: the form's fixed
# line of its costs box ("Die Finanzierung wird auf Dauer wie folgt sichergestellt und ist in
# den ergänzenden Erläuterungen auszuführen:", printed under every answer of that form, its
# boxes unticked or not), and a rule cited by its year and number ("… der
# Verkehrslärmschutzrichtlinie 1997 Nr. 46 …": a paragraph of the rule, no part of the answer).
_NOT_A_DIVISION = re.compile(r"\bFinanzierung\s+wird\s+auf\s+Dauer\s+wie\s+folgt\s+sichergestellt\b"
                             r"|(?<=\b(?:19|20)\d\d\s)Nr\.\s*\d+\b")


# "Bezugnehmend auf die Anfrage … nimmt das Tiefbauamt wie folgt Stellung: Grundsätzlich hat …":
# the set phrase of a statement's opening, the statement going on after its colon in the same
# paragraph (a list or parts it announced would stand apart, labelled or named)
_OPENING_STATEMENT = re.compile(r"\bwie\s+folgt\s+Stellung\s*:\s+(?=[A-ZÄÖÜ][a-zäöüß])")


def _named_part(paragraph: str, first: bool = False) -> bool:
    """Does ``paragraph`` name a part ("Zu Punkt 3:", "Frage 2") or announce one ("wie
    folgt"), outside the form's fixed lines and a rule's citation (``_NOT_A_DIVISION``)?
    In the answer's ``first`` paragraph, "… nimmt … wie folgt Stellung: Grundsätzlich …"
    opens the statement and announces no part."""
    plain = _NOT_A_DIVISION.sub(" ", paragraph)
    if first:
        plain = _OPENING_STATEMENT.sub(" ", plain, count=1)
    return bool(_NAMED_PART.search(plain))


# "… aufgenommen. 1. Konkret zu der Situation …": a numbered part run into the paragraph
# before it by text extraction.
_INLINE_PART = re.compile(r"(?<=[.!:]\s)(\d{1,2})\\?\.\s+(?=[A-ZÄÖÜ])")


def divides_by_question(paragraphs: list[str]) -> bool:
    """Does an answer that follows all questions show signs of its own division: a
    question repeated in it ("?"), paragraphs labelled "1.)", "A)", "a\\)", parts named
    ("Zu Punkt 3:", "Frage 2"), an announcement ("antwortet wie folgt"), or parts numbered
    one after the other inside its paragraphs ("… aufgenommen. 1. Konkret …", then "2. …":
    reading audit 15)?"""
    if any("?" in p or _DIVISION.match(p.strip()) or _named_part(p, first=position == 0)
           for position, p in enumerate(paragraphs)):
        return True
    numbers = {int(n) for p in paragraphs for n in _INLINE_PART.findall(p)}
    return any(n + 1 in numbers for n in numbers)


_SECTION_LABEL = re.compile(r"^(\d{1,2}|[A-H])(?:\.\)|[.)])\s+(?=\S)")


# "… befriedigendem Zustand. 2.) Bei der Brücke …": a labelled part of an answer run into the
# paragraph before it by text extraction ("2.", "2)", "2.)" after a sentence's end).
_INLINE_SECTION = re.compile(r"(?<=[.!:]\s)(\d{1,2})(?:\.\)|[.)])\s+(?=[A-ZÄÖÜ])")


def split_run_in_sections(paragraphs: list[str], labels: list[str]) -> list[str]:
    """The paragraphs of an answer, each labelled part run into a paragraph by extraction
    ("… aufgenommen. 2. Im Zuge …") set apart as a paragraph of its own — only when the
    labels at paragraph starts and inside paragraphs together are ``labels`` (the
    questions' numbers), each once, in this order: any other such label ("… im Jahr. 3.
    Quartal …", a list of the administration's own) leaves the paragraphs as they are."""
    found: list[str] = []
    for paragraph in paragraphs:
        plain = unescaped(paragraph.strip())
        if m := _SECTION_LABEL.match(plain):
            found.append(m.group(1))
        found += [m.group(1) for m in _INLINE_SECTION.finditer(plain)]
    if found != labels or not any(_INLINE_SECTION.search(unescaped(p.strip())) for p in paragraphs):
        return paragraphs
    out: list[str] = []
    for paragraph in paragraphs:
        plain = unescaped(paragraph.strip())
        cuts = [m.start() for m in _INLINE_SECTION.finditer(plain)]
        if not cuts:
            out.append(paragraph)
            continue
        bounds = zip([0, *cuts], [*cuts, len(plain)], strict=True)
        out += [piece for piece in (plain[a:b].strip() for a, b in bounds) if piece]
    return out


def labelled_sections(paragraphs: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """An answer divided by labels ("A. Für die Nutzung …", "2\\) Im Jahr 2031 …") →
    (the paragraphs before the first label, [(label, its paragraphs without the label)]);
    an unlabelled paragraph belongs to the label before it."""
    preface: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for paragraph in paragraphs:
        plain = unescaped(paragraph.strip())
        if m := _SECTION_LABEL.match(plain):
            sections.append((m.group(1), [plain[m.end():]]))
        elif sections:
            sections[-1][1].append(paragraph)
        else:
            preface.append(paragraph)
    return preface, sections


_NOT_SENTENCE_END = {"ca", "bzw", "vgl", "ggf", "nr", "inkl", "usw", "evtl", "z", "b", "u", "d", "s", "str", "abs"}


def letters(text: str) -> str:
    """Only the letters and digits of ``text``, lower-cased: words as they stand, whatever
    extraction (or a Markdown escape) did to spaces, hyphens and punctuation."""
    return re.sub(r"[^0-9a-zäöüß]", "", text.lower())


# a sentence that asks: everything up to a "?" that ends it (followed by a space or the end)
ASKING_SENTENCE = re.compile(r"[^?]*?\?(?=\s|$)")


# "und", "und/oder", "zu": words that join, and say nothing by themselves
_CONNECTING_WORDS = re.compile(r"(?:(?:und|oder|sowie|zu|bzw\.?|und/oder|&)[\s,]*)+", re.I)


def is_connecting_words(text: str) -> bool:
    """Does ``text`` hold only connecting words ("und", "und/oder", "zu")? The pieces of a
    header "Zu 1. und zu 2." split around the questions it names."""
    return bool(_CONNECTING_WORDS.fullmatch(text.strip()))


def unescaped(text: str) -> str:
    """Text without the Markdown escapes the importer writes ("1\\.", "a\\)", "\\-")."""
    return re.sub(r"\\([.)!\-])", r"\1", text)


def states_something(text: str) -> bool:
    """Does the text hold a finished statement ("Es sind 40.", "Nein.")? Answers do;
    the rest of a question set out in pieces ("a) Bei der Stadt b) … im Hinblick auf")
    does not."""
    plain = unescaped(text.strip())
    if plain.endswith((":", "?")):
        return False
    if pointers(plain) or re.fullmatch(r"(?:Siehe|Vgl\.)\s+(?:Nr\.\s*|Ziff(?:er|\.)\s*)?\d{1,2}[a-z]?\)?\.?", plain, re.I):
        return True  # "Siehe Antwort zu Frage 1.", "Siehe 6."
    for m in re.finditer(r"(\S*?)[.!](?=\s|$)", plain):
        word = m.group(1).lower().split(".")[-1]
        if word in _NOT_SENTENCE_END or len(word) == 1:
            continue
        if word.isdigit() and len(word) <= 2 and re.match(r"\s+(?:\d|[A-ZÄÖÜ][a-zä]+\s+\d)", plain[m.end():]):
            continue  # "1. Juli 2025", "3. 4."
        return True
    return False


_QUESTION_THEN_TEXT = re.compile(r"([^?]+\?)\s+(\S.*)", re.S)


def question_run_into_answer(rest: str) -> tuple[str, str] | None:
    """"Zu Frage 5: Was tut die Stadt, um …? In Absprache mit … veröffentlicht …": after the
    header, the question (one sentence, opening with an interrogative, up to its "?") and,
    run into the same paragraph, text that states something and asks or requests nothing
    (not the askers' "Wenn ja, welche?" or "Bitte nach Jahren aufschlüsseln."): the
    question and its answer. ``None`` for anything else."""
    m = _QUESTION_THEN_TEXT.fullmatch(rest.strip())
    if not m:
        return None
    question, answer = m.group(1).strip(), m.group(2).strip()
    if not starts_asking(question) or re.search(r"[.!:;]\s+[A-ZÄÖÜ]", question):
        return None  # no single asking sentence ("Wir gehen davon aus, … . Stimmt das?")
    if asks(answer) or _IMPERATIVE.search(answer) or not states_something(answer):
        return None
    return question, answer


def states_something_before_a_list(text: str) -> bool:
    """"Es sind 800 Gebäude. Die Volkswohnung nennt folgende Zahlen:": a finished statement,
    then the lead-in of a table or list. Answers do this; the rest of a question
    ("a) bei der Stadt b) … je im Hinblick auf:") has no finished sentence before its colon.
    So does one sentence that announces the table or list it leads into ("Die Miethöhen
    verteilen sich wie folgt:", see ``announces_what_follows``)."""
    plain = text.rstrip()
    return plain.endswith(":") and (states_something(plain[:-1]) or announces_what_follows(plain))


_FIGURE = re.compile(r"^[(]?[-+–]?\d[\d.,/%–-]*[)€%²³]*$")


def is_table_of_figures(text: str) -> bool:
    """"2017 1.412 820 329 263 2018 1.401 798 304 299": a table of figures flattened by
    extraction (at least eight figures, and more than half of its words), which states
    what it counts; the askers' words around a question are not made of figures."""
    words = unescaped(text).split()
    figures = sum(1 for word in words if _FIGURE.match(word))
    return figures >= 8 and figures * 2 > len(words) and "?" not in text


def lists_figures(text: str) -> bool:
    """"Firma Grünweg 12.400,00 € 9.100,00 € Firma Laubfrei …": a table flattened by
    extraction whose names may outnumber its figures (at least eight figures, no "?")."""
    return sum(1 for word in unescaped(text).split() if _FIGURE.match(word)) >= 8 and "?" not in text


# "… verteilen sich wie folgt:", "… zeigen folgendes Bild:", "… geben die Werte in nachfolgender
# Tabelle:": a sentence that says what the text after it shows
_WHAT_FOLLOWS = re.compile(r"\b(?:wie\s+folgt(?:\s+(?:Stellung|auf|zusammen|dar))?|(?:nach)?folgende[nrs]?\s+(?:Tabelle|Übersicht|Aufstellung|"
                           r"Auflistung|Bild|Zahlen|Werte|Darstellung|Grafik|Statistik))\s*:$", re.I)
# how the askers lead into their items or want the answer laid out ("Bitte wie folgt
# aufschlüsseln:", "Die Verwaltung möge wie folgt berichten:", "Wir fragen daher wie folgt:")
_ASKERS_LEAD = re.compile(r"\b(?:bitte|gebeten|frage[nt]?|fragt|möge[n]?|möchte[n]?|soll(?:en|te|ten)?|wissen|"
                          r"aufgeschlüsselt|aufgelistet|aufgeteilt|gegliedert|getrennt|differenziert)\b", re.I)


def announces_what_follows(text: str) -> bool:
    """"Die Miethöhen verteilen sich wie folgt:", "Die Daten der Mieterbefragung zeigen
    folgendes Bild:": one sentence of four words or more, starting with a capital, that
    announces the table or list after it, as the administration does before its figures.
    Not a question's rest or the askers' lead-in to their items: nothing that asks,
    requests, starts as a question does, or says how the answer is to be laid out."""
    plain = unescaped(text.strip())
    return bool(_WHAT_FOLLOWS.search(plain)) and bool(re.match(r"[A-ZÄÖÜ]", plain)) \
        and len(plain.split()) >= 4 and not re.search(r"[.!?;]\s", plain) \
        and not is_question_like(plain) and not _ASKERS_LEAD.search(plain)


def leads_into_figures(text: str) -> bool:
    """"Die zehn … können … nur für die Jahre 2022 bis 2025 geliefert werden: 2022 Rang …
    1 syrisch 41 0,22 …": one sentence of six words or more, starting with a capital, whose
    colon leads into a table of figures that extraction ran on in the same paragraph
    (``is_table_of_figures``), as the administration lays out its figures. Not a question's
    rest or the askers' lead-in: nothing that asks, requests or says how the answer is to be
    laid out."""
    plain = unescaped(text.strip())
    lead, colon, rest = plain.partition(": ")
    return bool(colon) and bool(re.match(r"[A-ZÄÖÜ]", lead)) and len(lead.split()) >= 6 \
        and not re.search(r"[.!?;]\s", lead) and not is_question_like(lead) \
        and not _ASKERS_LEAD.search(lead) and is_table_of_figures(rest)


_BARE_CONDITION = re.compile(r"^(?:wenn|falls|sofern)\s+(?:ja|nein|nicht)\s*:$", re.I)


def is_bare_condition(text: str) -> bool:
    """"Wenn nein:" alone between two questions: the condition of the one after it."""
    return bool(_BARE_CONDITION.match(unescaped(text.strip())))


def is_follow_up(text: str) -> bool:
    """"Wenn nicht: Welche Begründung …?", "Falls ja, …": a question that only makes sense
    with the one before it, so the document answers both at once."""
    return bool(_FOLLOW_UP.match(text))


_LEFTOVER_PREFIX = re.compile(
    r"^(?:Anfrage(?:\s*\(Kurzfassung\))?\s*:|[Zz]u\s+(?:Frage\s+)?[A-Z0-9]{1,3}[.)]*\s*:)\s+(?=\S)")


def question_text(rest: str) -> str:
    """The question without a label a form or a repeated heading left in front of it
    ("Anfrage: Wie …?", "zu Frage 2: Wie …?")."""
    return _LEFTOVER_PREFIX.sub("", rest, count=1)


# "Die Verwaltung stellt die Kosten … gegenüber.": a request to the administration worded as
# a statement of what it does, one sentence. Not read as a question (an answer says the
# same of the administration), but no answer text either where it carries the next label.
_STATEMENT_REQUEST = re.compile(r"^(?:Die\s+(?:Stadt|Orts)?[Vv]erwaltung|Sie)\s+[a-zäöü]\w*\b[^!?]{10,300}\.$")


def requests_as_statement(text: str) -> bool:
    """One sentence with the administration as its subject ("Die Verwaltung zeigt Gründe …
    auf.", "Sie stellt dar, …"), that does not ask."""
    plain = unescaped(text.strip())
    return bool(_STATEMENT_REQUEST.match(plain)) and not re.search(r"[.:;]\s+[A-ZÄÖÜ]", plain) \
        and not is_question_like(plain)


# "Die Stadtverwaltung legt dar, wie …", "Sie stellt dar, in welchen …", "Die Verwaltung berichtet
# über …", "Es wird aufgezeigt, bei welchen …", "Speziell sollen … dargestellt werden.": the
# askers' request worded as a statement of what the administration tells them (not "…
# stellt dar, dass …", a statement of what it holds).
_IN_SENTENCE = r"(?:[^.!?]|\.(?!\s+[A-ZÄÖÜ]))"  # "p. a." goes on, "… fehlen. Die" ends it
_TELLING_VERB = (rf"(?:berichtet|beziffert|erläutert|informiert|benennt|"
                 rf"(?:gibt|erteilt)\b{_IN_SENTENCE}{{0,40}}?\bAuskunft|stellt\b{_IN_SENTENCE}{{0,200}}?\b(?:dar|gegenüber)|"
                 rf"legt\b{_IN_SENTENCE}{{0,200}}?\b(?:dar|vor|offen)|"
                 rf"(?:zeigt|listet|schlüsselt)\b{_IN_SENTENCE}{{0,200}}?\bauf|"
                 rf"führt\b{_IN_SENTENCE}{{0,60}}?\baus|teilt\b{_IN_SENTENCE}{{0,200}}?\bmit)\b(?!,?\s+dass\b)")
_TELLING_PARTICIPLE = r"(?:dargestellt|dargelegt|aufgezeigt|aufgelistet|erläutert|berichtet|beziffert|beschrieben)"
_TELLS_AS_REQUEST = re.compile(
    rf"^(?:(?:Die\s+(?:Stadt|Orts)?[Vv]erwaltung(?:\s+Karlsruhe)?|Sie)\s+{_TELLING_VERB}"
    rf"|Es\s+wird\s+{_TELLING_PARTICIPLE}\b(?!,?\s+dass\b)"
    rf"|[A-ZÄÖÜ]\w*(?:\s+\w+){{0,2}}?\s+soll(?:en)?\s[^.!?]{{5,300}}?\b{_TELLING_PARTICIPLE}\s+werden\b)")


def tells_as_request(text: str) -> bool:
    """Does ``text`` open with the askers' request worded as a statement of what the
    administration tells them ("1. Die Stadtverwaltung gibt Auskunft darüber, …", "Die
    Verwaltung legt … dem Ortschaftsrat vor.", "2. Speziell sollen … dargestellt werden.", "2. Für
    jede Dienststelle soll … beschrieben werden.")?
    An answer says the same of the administration: only the inquiry's own wording, or its
    repetition the importer confirmed in the inquiry, counts so (``askers_request``)."""
    plain = unescaped(text.strip())
    return "?" not in plain and bool(_TELLS_AS_REQUEST.match(plain))


_MARKED_REQUEST = re.compile(r"^Ersuchen\s*:\s*")


def askers_request(text: str) -> str | None:
    """"> Ersuchen: 1. Die Stadtverwaltung legt dar, …": the askers' request worded as a
    statement, which the importer found in their inquiry as it stands → the request (with its
    label); None for any other text. Without the mark such a paragraph is never a question:
    the administration's own "1. Die Verwaltung legt dar, …" reads the same."""
    inner = re.sub(r"(?m)^>\s?", "", text).strip()
    m = _MARKED_REQUEST.match(inner)
    return inner[m.end():].strip() if m and text.lstrip().startswith(">") else None


_AS_ASKED = re.compile(r"^Wortlaut\s+der\s+Anfrage\s*:\s*")


def question_as_asked(text: str) -> str | None:
    """"> Wortlaut der Anfrage: 3. Wie ist …? Die Uhr … nicht aktiv.": a question the importer
    found whole in the inquiry, its statement after the "?" included (the askers' own, no
    answer run into it) → the question (with its label); None for any other text."""
    inner = re.sub(r"(?m)^>\s?", "", text).strip()
    m = _AS_ASKED.match(inner)
    return inner[m.end():].strip() if m and text.lstrip().startswith(">") else None


def opens_with_question_word(text: str) -> bool:
    """"Wie viele …", "Welche …", "Gibt es …": an interrogative first word."""
    return bool(_QUESTION_WORD.match(text))


def label_asks(rest: str) -> bool:
    """The text after a question label is question-like once a label the form or a
    repeated heading left in front of it is read past ("Zu 2.: Wie hoch sind …")."""
    return is_question_like(question_text(rest))


def starts_asking(text: str) -> bool:
    """Does the text open with an interrogative or a request ("Welche …", "Bitte …"), not
    only end in "?" ("nach Fertigstellung des Tunnels?", an item of the question before)?"""
    return bool(_QUESTION_WORD.match(text))


def is_question_like(text: str) -> bool:
    """A question mark, an interrogative start or a request ("Bitte nennen Sie …")."""
    return asks(text) or bool(_QUESTION_WORD.match(text)) or bool(_IMPERATIVE.search(text))


# "3a", "3 a", "7.1", and "2. c)" (the number, its full stop, then the item's letter and bracket)
_NUM = r"\d{1,2}(?!\d)(?:\.\d{1,2})*(?:\s?[a-z](?![a-zäöüß])|\.\s?[a-z](?=\)|$))?"
_NUMLIST = rf"{_NUM}\.?(?:\s*(?:,|/|und|bis|sowie|&|-|–)\s*(?:Frage\s+|Nr\.\s*|Ziffer\s+)?{_NUM}\.?)*"
_ANSWER_HEADER = re.compile(
    rf"^(?:\*\*)?(?:Antwort\s+(?:der\s+Verwaltung\s+)?(?:zu|auf)\s+|Zu\s+)(?:den\s+|der\s+)?"
    rf"(?:Fragen?|Ziffern?|Ziff\.|Nrn?\.|Nummern?|Punkte?n?)?\s*({_NUMLIST})\s*(?:\([^()\n]{{1,60}}\)\s*(?=:))?"
    rf"(?:\*\*)?\s*[:.)]?\s*(?:\*\*)?\s*(.*)",
    re.S | re.I,
)
_QUESTIONS_HEADER = re.compile(rf"^(?:\*\*)?Fragen\s+({_NUMLIST})\s*(?:\*\*)?:\s*(?:\*\*)?$")
# "Antwort:", also abbreviated "Antw.:"
_ANSWER_PLAIN = re.compile(r"^(?:\*\*)?Antw(?:ort|\.)(?:\s+der\s+Verwaltung)?\s*(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*)", re.S | re.I)


def numbers_in(numlist: str) -> list[str]:
    """'1. und 2.' → ['1', '2']; '3 bis 5' → ['3', '4', '5']; '4a, 4b' → ['4a', '4b']."""
    parts = re.findall(rf"({_NUM})\.?|(bis|-|–)", numlist)
    out: list[str] = []
    pending_range = False
    for num, dash in parts:
        if dash:
            pending_range = bool(out)
            continue
        num = re.sub(r"\.(?=[a-z]$)", "", re.sub(r"\s", "", num))  # "2. c" → "2c"
        if pending_range and out[-1].isdigit() and num.isdigit() and int(num) > int(out[-1]):
            out.extend(str(n) for n in range(int(out[-1]) + 1, int(num) + 1))
        else:
            out.append(num)
        pending_range = False
    return out


_JOINED_LABELS = re.compile(r"^(\d{1,2})\\?\.\s*(?:,\s*\d{1,2}\.?\s*)*(?:und|u\.|&|/|,)\s*(\d{1,2})\.\s+(?=[A-ZÄÖÜ])")


def joined_labels(text: str) -> list[str]:
    """"3\\. und 4. Es bestehen …" → ["3", "4"]: an answer opening with the labels of
    the questions it answers, joined by "und" (or "/", ","); a capital word must follow
    ("1. und 2. Juni" is a date, and its month is kept out by the capital alone only
    with the walker's own guard: see ``Walker._run_named_by_labels``)."""
    m = _JOINED_LABELS.match(text.strip())
    if not m:
        return []
    return numbers_in(unescaped(m.group(0)))


def answer_header(text: str) -> tuple[list[str], str] | None:
    """"Zu 1.:", "Zu Frage 1:", "Zu den Fragen 3 bis 5:", "Antwort zu 1:", "Zu Punkt 4 (Ursachen):"
    → (numbers, rest)."""
    if (m := _QUESTIONS_HEADER.match(text)) and len(numbers := numbers_in(m.group(1))) >= 2:
        return numbers, ""  # "Fragen 1, 2 und 4:" alone, above the questions it answers
    m = _ANSWER_HEADER.match(text)
    if not m:
        return None
    head = text[: m.start(2)]
    # "Zu 1990 …" or "Zu diesem Punkt" are sentences, not headers: need a terminator or a label word.
    if not re.search(r"[:)]|Frage|Ziffer|Nr\.|Antwort", head, re.I) and not re.search(r"\.\s*$", head):
        return None
    numbers = numbers_in(m.group(1))
    if not numbers or any(int(re.match(r"\d+", n).group()) > 60 for n in numbers):
        return None
    return numbers, m.group(2).strip()


# Capital letters only: "Zu a):" names a sub-question under a number.
_LETTER_HEADER = re.compile(
    r"^(?:\*\*)?(?:[Aa]ntwort\s+(?:zu|auf)\s+|[Zz]u\s+)(?:den\s+|der\s+)?(?:Fragen?\s+|Punkte?n?\s+)?"
    r"([A-H](?:\.?\s*(?:,|und|bis|-|–)\s*[A-H])*)\.?\s*(?:\*\*)?\s*[:)]\s*(?:\*\*)?\s*(.*)",
    re.S,
)


def letter_answer_header(text: str) -> tuple[list[str], str] | None:
    """"Zu A):", "Antwort zu A. und B.:", "zu C – E:", "Zu Punkt D:" → (letters, rest):
    the answer header of questions labelled with capital letters. A colon or parenthesis
    must close the letters ("Zu A bis C hat die Stadt …" is a sentence)."""
    m = _LETTER_HEADER.match(text)
    if not m:
        return None
    letters: list[str] = []
    in_range = False
    for token in re.findall(r"[A-H]|bis|-|–", m.group(1)):
        if token in ("bis", "-", "–"):
            in_range = True
        elif in_range:
            if token <= letters[-1]:
                return None  # "C bis A": not a range
            letters.extend(chr(c) for c in range(ord(letters[-1]) + 1, ord(token) + 1))
            in_range = False
        else:
            letters.append(token)
    return letters, m.group(2).strip()


def numbers_roman(texts: list[str]) -> bool:
    """Does the document number its questions with Roman numerals ("I.", "II.", …)? Only
    where a paragraph opens with one of more than one letter ("II.") and none with an
    Arabic number or another label under the numeral ("I. 1) Wann …?"): there the numerals
    head sections over numbered questions ("I. Kulturkonzept …" / "1. Wurden …?")."""
    labels = [label for text in texts if (label := question_label(text)) is not None]
    if not any(label.style == "roman" for label in labels):
        return False
    return not any(label.style in ("dot", "paren", "numletter", "frage", "combined") for label in labels) \
        and not any(label.style in ("roman", "upper") and question_label(label.rest) is not None for label in labels)


ROMAN_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]  # in order: index + 1 is the value
_ROMAN_NUMERAL = r"(?:VIII|VII|VI|IV|IX|III|II|I|V|X)"
_ROMAN_HEADER = re.compile(
    rf"^(?:\*\*)?(?:[Aa]ntwort\s+(?:zu|auf)\s+|[Zz]u\s+)(?:der\s+|den\s+)?Fragen?\s+"
    rf"({_ROMAN_NUMERAL}\.?(?:\s*(?:,|und|&)\s*{_ROMAN_NUMERAL}\.?)*)\s*(?:\*\*)?\s*(?::\s*(?:\*\*)?\s*(.*)|$)",
    re.S,
)


def roman_answer_header(text: str) -> tuple[list[str], str] | None:
    """"Zu Frage I. und II.", "Zu Frage III.:" → (numerals, rest): the answer header of
    questions numbered with Roman numerals, alone in its paragraph or closed by a colon
    ("Zu Frage II. hat die Stadt …" is a sentence). The walker takes it only where every
    numeral names a question already asked."""
    m = _ROMAN_HEADER.match(text.strip())
    if not m:
        return None
    return re.findall(_ROMAN_NUMERAL, m.group(1)), (m.group(2) or "").strip()


_WHOLE_ANSWER = re.compile(r"^(?:#+\s*)?(?:\*\*)?(?:Stellungnahme|Antwort)(?:\s+der\s+Verwaltung)?(?:\*\*)?\s*:?\s*$", re.I)


_WHOLE_ANSWER_LINE = re.compile(r"^(?:\*\*)?Stellungnahme(?:\s+der\s+Verwaltung)?(?:\*\*)?\s*:\s*(?:\*\*)?$", re.I)


def whole_answer_heading(block_kind: str, text: str) -> bool:
    """"## Stellungnahme" (or "Stellungnahme:" alone on its line): what follows answers
    the inquiry as a whole, not question by question (the importer writes the heading
    when the answer does not follow the questions)."""
    if block_kind == "heading":
        return bool(_WHOLE_ANSWER.match(text.strip()))
    return block_kind == "paragraph" and bool(_WHOLE_ANSWER_LINE.match(text.strip()))


def plain_answer_header(text: str) -> str | None:
    """"Antwort:" or "Antw.:" (the answer to the question just asked) → the rest of the block."""
    m = _ANSWER_PLAIN.match(text)
    return m.group(1).strip() if m else None


_JOINT_NUMBERED = re.compile(
    rf"\bDie\s+Fragen\s+({_NUMLIST})\s+werden\s+(?:gemeinsam|zusammen)\s+beantwortet", re.I
)
_JOINT_IN_SENTENCE = re.compile(
    rf"^[^.?!:]{{0,80}}\bwerden\s+die\s+Fragen\s+({_NUMLIST})\s+(?:gemeinsam|zusammen)\s+beantwortet\b", re.I
)
_JOINT_THESE = re.compile(
    r"^\W*(?:(?:Diese|Die\s+vorstehenden|Beide|Die)\s+Fragen\s+werden\s+(?:gemeinsam|zusammen)\s+beantwortet"
    r"|(?:(?:Antwort|Stellungnahme)\s+)?zu\s+(?:allen|sämtlichen|beiden)\s+Fragen\s*:)", re.I)


_THESE_QUESTIONS = re.compile(r"^(?:Diese|Beide|Diese\s+beiden)\s+Fragen\s+\w", re.I)


def answers_both_together(text: str) -> bool:
    """"Vom Polizeipräsidium wird dazu - beide Fragen zusammengefasst - Folgendes
    mitgeteilt:": the answer's first sentence says it answers both questions at once."""
    first = re.split(r"(?<=[.!?:])\s", text.strip(), maxsplit=1)[0]
    return bool(re.search(r"\bbeide(?:n)?\s+Fragen\s+(?:zusammengefasst|gemeinsam|zusammen)\b", first, re.I))


def speaks_of_these_questions(text: str) -> bool:
    """An answer that opens by naming the questions just asked ("Diese Fragen fallen in die
    Zuständigkeit …", "Beide Fragen betreffen …")."""
    return bool(_THESE_QUESTIONS.match(text))


def joint_answer(text: str) -> list[str] | None:
    """Numbers of a joint answer ("Die Fragen 1 und 2 werden gemeinsam beantwortet"), [] for
    "Diese Fragen werden gemeinsam beantwortet" (the run before it), None otherwise."""
    if m := _JOINT_NUMBERED.search(text[:300]):
        return numbers_in(m.group(1))
    if _JOINT_THESE.match(text):
        return []
    return None


def joint_answer_in_sentence(text: str) -> list[str] | None:
    """"Aufgrund des Zusammenhangs werden die Fragen 3 und 3.1 zusammen beantwortet." at the
    start of an answer → ["3", "3.1"]; None for a range over sub-numbers ("1 bis 1.3":
    which sub-questions lie between is not written)."""
    m = _JOINT_IN_SENTENCE.match(text)
    if not m or (re.search(r"\d\.\d", m.group(1)) and re.search(r"\bbis\b|[-–]", m.group(1))):
        return None
    return numbers_in(m.group(1))


_POINTER = re.compile(
    r"\b(?:siehe|s\.|vgl\.|vergleiche|wie\s+in|verwiesen\s+auf)\s+(?:hierzu\s+)?(?:auch\s+)?"
    r"(?:(?:die\s+)?(?:Antwort(?:en)?|Ausführungen|Beantwortung|Stellungnahme)\s+(?:zu|auf|unter)\s+)?"
    rf"(?:(?:der|den)\s+)?(?:Fragen?|Ziffern?|Ziff\.|Nrn?\.|Nummern?|Punkte?)\s*({_NUMLIST})",
    re.I,
)


def pointers(text: str) -> list[str]:
    """Question numbers the text refers to ("siehe Antwort zu Nr. 7", "vgl. Frage 2")."""
    found: list[str] = []
    for m in _POINTER.finditer(text):
        for n in numbers_in(m.group(1)):
            if n not in found:
                found.append(n)
    return found


# "… Karlsruhe? a. bei den städtischen Kitas", "… wirksam:\n\na) auf den Haushalt?", "… die
# a) vom Bund … b) …": item labels inside a question's (or an answer's) text. "a)" stands
# after any space; "a." only where an item can begin: a line's start or after "?", ":", "!"
# or a closing quote ("u. a. die Kosten" is no item), a later letter also after a sentence's
# full stop ("… Summe. b. Warum …"), and only once the items before it stand.
# "… ein im Hinblick auf a. die Kritik …": the words that open the items let an item "a." begin
_ITEM_START = {"first": r"(?:^|(?<=[?:!\"“”])\s+|(?<=\bim Hinblick auf)\s+|\n\s*)", "later": r"(?:^|(?<=[?:!.\"“”])\s+|\n\s*)"}


def inline_items(text: str) -> str:
    """The letters of the items labelled inside ``text``, in order from "a" ("a) … b) …" →
    "ab"); empty when no item "a" opens a run."""
    plain = unescaped(text)
    found = ""
    position = 0
    for letter in "abcdefghij":
        start = _ITEM_START["first" if letter == "a" else "later"]
        m = re.compile(rf"(?:(?:^|\s){letter}\)|{start}{letter}\.)\s").search(plain, position)
        if m is None:
            break
        found += letter
        position = m.end()
    return found


def is_pure_pointer(text: str) -> bool:
    """The whole answer is a reference elsewhere: nothing but the pointer remains."""
    rest = _POINTER.sub("", text)
    rest = re.sub(r"[\s().:;,*_\-–]|\bdazu\b|\bhierzu\b|\boben\b", "", rest, flags=re.I)
    return bool(_POINTER.search(text)) and len(rest) <= 3


_PREAMBLE = re.compile(
    r"^(?:#+\s*)?(?:\*\*)?(Vorbemerkung(?:en)?(?:\s+(?:der|des)\s+([A-ZÄÖÜ][\wäöüß\- ]+?))?|"
    r"(?:Sachverhalt\s*/\s*)?Begründung(?:\s*/\s*(?:Einordnung|Sachverhalt))?|"
    r"Sachverhalt|Erläuterung(?:en)?|Ergänzende\s+Hinweise|Stellungnahme\s+zur\s+Begründung)\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*(?:\n|$)(.*)",
    re.S,
)
_ASKING_SIDE = re.compile(r"Fragesteller|Antragsteller|Fraktion|Abgeordneten|Anfragenden|Stadtr", re.I)


def preamble(text: str) -> tuple[str, str, str] | None:
    """A preamble heading on a line of its own → (kind as written, side, rest of block)."""
    m = _PREAMBLE.match(text)
    if not m:
        return None
    kind = m.group(1).strip()
    if kind.startswith("Vorbemerkung") and m.group(2):
        side = "asking" if _ASKING_SIDE.search(m.group(2)) else "answering"
    elif kind.startswith(("Vorbemerkung", "Stellungnahme", "Erläuterung", "Ergänzende")):
        # "Stellungnahme zur Begründung": the administration on the askers' reasons;
        # "Erläuterungen": the administration's details after its "Kurzfassung" (the form);
        # "Ergänzende Hinweise:" after the last answer: its notes on the inquiry as a whole
        side = "answering"
    else:
        side = "asking"
    return kind, side, m.group(3).strip()


_ASKING_INTRO = re.compile(
    r"^\W*(?:Dazu|Daher|Deshalb|Hierzu|Vor diesem Hintergrund|In diesem Zusammenhang)?\s*"
    r"(?:fragen|frage)\s+(?:wir|ich)\b.*:?\s*$|^\W*Wir\s+(?:fragen|bitten)\b.*:\s*$",
    re.I,
)


def is_asking_intro(text: str) -> bool:
    """"Dazu fragen wir:", "Wir fragen die Verwaltung:" — the askers speaking."""
    return len(text) < 200 and bool(_ASKING_INTRO.match(text.strip()))


def is_topic_heading(block_kind: str, text: str) -> bool:
    """A heading, a short bold-only line or "Zum Thema …:", that may group the questions after it."""
    if block_kind == "heading":
        return True
    # "Zum Thema Leiharbeit:": the answer's line naming the topic of the questions after it
    return bool(re.fullmatch(r"\*\*[^*\n]{2,120}\*\*:?|Zum\s+Thema\s+[^.?!:\n]{2,60}:", text.strip()))


def is_short_title(text: str) -> bool:
    """"Amt für Abfallwirtschaft", "Schul- und Sportamt": a short line naming what the
    text after it is about — no sentence, no label, no list item, nothing asked, not cut
    off at a hyphen ("Investitions- und Projektgeschwindigkeit -")."""
    plain = unescaped(text.strip())
    return len(plain) <= 60 and "\n" not in plain and bool(re.match(r"[A-ZÄÖÜ]", plain)) \
        and not re.search(r"[.:;,?!\-–]$", plain) and question_label(plain) is None and not states_something(plain)
