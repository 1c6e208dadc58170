"""Deterministic generator of synthetic council inquiries for benchmarks.

    python bench/generate.py --inquiries 10000 --seed 1 --to /tmp/synthetic

writes ``DIR/<council>/<year>/<number>.md`` files in the format of docs/format.md: front
matter, a title line, numbered questions each followed by its answer (sometimes a
pointer answer, a joint answer, a bullet list, a preamble, or the "Zu 1.:" layout).
About 10 questions per inquiry, so 100 000 inquiries hold about a million questions.

Inquiry ``i`` depends only on ``(seed, i)``: the first 10 000 inquiries of a 100 000 run
are the 10 000 of a smaller run. The vocabulary is invented for this file (municipal
topics, services, districts, factions); questions are built from templates with
synonyms, so the same concern recurs in different words, as in real councils.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from pathlib import Path

# Word lists, packed several to a line.
# fmt: off
COUNCILS = [
    "Gemeinderat Musterstadt", "Stadtrat Beispielheim", "Gemeinderat Neustadt am Fluss",
    "Stadtrat Lindenberg", "Gemeinderat Talhausen", "Stadtrat Kirchfeld",
]
# Districts as the phrase a sentence needs ("in der Nordstadt", "in Mühlburg").
DISTRICTS = [
    "in der Nordstadt", "in der Südstadt", "in der Weststadt", "in der Oststadt",
    "in der Innenstadt", "in der Altstadt", "im Hafenviertel", "in Mühlburg", "in Lindenau",
    "in Eichwald", "in Bergdorf", "in Rheinau", "in Grünwinkel", "in Hagsfeld", "auf der Rosenhöhe",
    "im Schlossviertel", "in der Auenwiese", "in Durchbach",
]
FACTIONS = [
    "SPD-Fraktion", "CDU-Fraktion", "Fraktion GRÜNE", "FDP-Fraktion", "Fraktion DIE LINKE",
    "Freie Wähler", "Volt-Fraktion", "AfD-Fraktion", "Fraktion Für Musterstadt", "ÖDP",
]
FIRST = [
    "Anna", "Bernd", "Carla", "Deniz", "Elif", "Frank", "Greta", "Hakan", "Ines", "Jonas", "Katrin",
    "Lukas", "Mira", "Nils", "Olga", "Paul", "Rita", "Sven", "Tanja", "Ümit",
]
LAST = [
    "Bauer", "Schäfer", "Yılmaz", "Neumann", "Keller", "Wagner", "Öztürk", "Hoffmann", "Lang",
    "Brückner", "Weiß", "Kraus", "Fuchs", "Nowak", "Scholz", "Graf", "Roth", "Vogel",
]
UNITS = [
    "Dezernat 1", "Dezernat 2", "Dezernat 3", "Dezernat 4", "Dezernat 5", "Bürgeramt",
    "Amt für Umwelt", "Tiefbauamt", "Schul- und Sportamt", "Sozial- und Jugendamt", "Ordnungsamt",
    "Stadtplanungsamt", "Amt für Abfallwirtschaft", "Personal- und Organisationsamt",
]
# (feminine -ung action, object in the genitive): "die Sanierung des Hallenbads"
ACTIONS = [
    "Sanierung", "Erweiterung", "Modernisierung", "Umgestaltung", "Digitalisierung",
    "Barrierefreiheit", "Instandsetzung", "Finanzierung", "Planung", "Öffnung", "Beleuchtung",
]
OBJECTS = [
    "des Hallenbads", "der Stadtbibliothek", "der Grundschule", "des Jugendzentrums",
    "der Sporthalle", "des Bürgerbüros", "der Kindertagesstätte", "des Friedhofs",
    "der Fußgängerzone", "des Bahnhofsvorplatzes", "der Radwege", "der Spielplätze",
    "des Stadtparks", "der Feuerwache", "des Rathauses", "der Musikschule",
    "der Straßenbahnhaltestellen", "der E-Ladeinfrastruktur", "des Seniorentreffs",
    "der Sammelunterkunft", "des Wertstoffhofs", "der Ganztagsbetreuung",
]
# Plural nouns that can be counted: "Wie viele Ladesäulen gibt es …"
COUNTABLES = [
    "Kitaplätze", "Ladesäulen", "Sozialwohnungen", "Parkplätze", "Fahrradbügel", "Stadtbäume",
    "Schulsozialarbeiterinnen und Schulsozialarbeiter", "Notunterkünfte", "Trinkbrunnen",
    "öffentliche Toiletten", "Hundekotbeutelspender", "Glascontainer", "Blitzer",
    "Carsharing-Stellplätze", "Streetworker", "Ganztagsplätze", "Pflegeplätze",
    "unbesetzte Stellen in der Verwaltung", "Baustellen", "Wohnungslose",
]
# (gender, service): asked about waiting times, online access and fees
SERVICES = [
    ("f", "Wohnsitzanmeldung"), ("n", "Führungszeugnis"), ("f", "Eheschließung"),
    ("m", "Personalausweis"), ("f", "Gewerbeanmeldung"), ("m", "Bewohnerparkausweis"),
    ("n", "Wohngeld"), ("f", "Baugenehmigung"), ("f", "Sperrmüllabholung"),
    ("f", "Hundesteuer-Anmeldung"), ("m", "Reisepass"), ("f", "Kfz-Zulassung"),
    ("f", "Einbürgerung"), ("m", "Aufenthaltstitel"), ("f", "Geburtsurkunde"),
    ("f", "Fahrerlaubnis"), ("m", "Kita-Gutschein"), ("n", "E-Payment-Verfahren"),
]
ARTICLES = {"m": ("der", "den"), "f": ("die", "die"), "n": ("das", "das")}  # nominative, accusative
CONCERNS = [
    "Lärmbelastung", "Vermüllung", "Verkehrssicherheit", "Hitzebelastung", "Parksituation",
    "Luftqualität", "Sauberkeit", "Drogenproblematik", "Wohnungsnot", "Schulwegsicherheit",
]
TOPIC_TITLES = [
    "{action} {obj}", "{concern} {district}", "Wartezeiten für {service}", "{countable} {district}",
    "{action} {obj} {district}",
]

# Intents: (paraphrases of the question, answers that fit it). Paraphrases make the
# same concern recur in different words across inquiries, as "similar questions" do.
INTENTS = [
    (
        [
            "Wie viele {countable} gibt es derzeit {district}?",
            "Wie hoch ist die aktuelle Zahl der {countable} {district}?",
            "Über wie viele {countable} verfügt die Stadt {district}?",
        ],
        [
            "Derzeit gibt es {district} {n} {countable}; stadtweit sind es {m}.",
            "Nach Angaben der Fachverwaltung bestehen {district} {n} {countable}.",
        ],
    ),
    (
        [
            "Wie hat sich die Zahl der {countable} seit {year} entwickelt?",
            "Welche Entwicklung gab es bei den {countable} in den Jahren seit {year}?",
        ],
        [
            "Die Zahl ist seit {year} von {n} auf {m} gestiegen.",
            "Seit {year} ist die Zahl nahezu unverändert geblieben; aktuell sind es {n}.",
        ],
    ),
    (
        [
            "Wann ist mit dem Abschluss der {action} {obj} zu rechnen?",
            "Bis wann wird die {action} {obj} abgeschlossen sein?",
            "Welcher Zeitplan gilt für die {action} {obj}?",
        ],
        [
            "Die Arbeiten sollen bis Ende {future} abgeschlossen sein.",
            "Der Baubeginn ist für {month} {future} vorgesehen, die Fertigstellung für {future_late}.",
        ],
    ),
    (
        [
            "Welche Kosten sind für die {action} {obj} veranschlagt?",
            "Mit welchen Gesamtkosten rechnet die Verwaltung bei der {action} {obj}?",
        ],
        [
            "Die Kosten für die {action} {obj} werden auf rund {euro} Euro geschätzt.",
            "Im Haushalt {future} sind hierfür {euro} Euro eingeplant.",
        ],
    ),
    (
        [
            "Wie lange beträgt die durchschnittliche Wartezeit auf einen Termin für {service}?",
            "Wie lange müssen Bürgerinnen und Bürger derzeit auf einen Termin für {service} warten?",
        ],
        [
            "Die durchschnittliche Wartezeit beträgt derzeit {n} Werktage.",
            "Termine sind in der Regel innerhalb von {small} Wochen verfügbar; Notfalltermine werden am selben Tag vergeben.",
        ],
    ),
    (
        [
            "Kann {service_nom} inzwischen vollständig online beantragt werden?",
            "Ist für {service} ein digitaler Antrag über das Serviceportal möglich?",
        ],
        [
            "Der Antrag kann seit {year} über das Serviceportal gestellt werden, die Zahlung erfolgt per E-Payment.",
            "Eine Online-Beantragung ist bis {month} {future} geplant; derzeit ist eine persönliche Vorsprache erforderlich.",
        ],
    ),
    (
        [
            "Welche Gebühren erhebt die Stadt für {service}?",
            "Was kostet {service_nom} die Antragstellenden?",
        ],
        [
            "Die Gebühr beträgt {n} Euro und richtet sich nach der Gebührensatzung.",
            "Die Gebühren sind bundesrechtlich festgelegt und betragen derzeit {small} Euro.",
        ],
    ),
    (
        [
            "Welche Maßnahmen ergreift die Verwaltung gegen die {concern} {district}?",
            "Was unternimmt die Stadt, um die {concern} {district} zu verbessern?",
        ],
        [
            "Hierzu finden regelmäßige Abstimmungen zwischen dem {unit} und der Polizei statt.",
            "Die Verwaltung hat ein Maßnahmenpaket geschnürt, das bis {month} {future} umgesetzt wird.",
        ],
    ),
    (
        [
            "Wie bewertet die Verwaltung die {concern} {district}?",
            "Wie schätzt die Stadtverwaltung die aktuelle {concern} {district} ein?",
        ],
        [
            "Die Verwaltung sieht derzeit keinen besonderen Handlungsbedarf.",
            "Die Lage hat sich seit {year} spürbar verschlechtert und wird genau beobachtet.",
        ],
    ),
    (
        [
            "Liegen der Verwaltung Beschwerden über die {concern} {district} vor, und wenn ja, wie viele?",
            "Wie viele Beschwerden zur {concern} {district} sind bei der Stadt eingegangen?",
        ],
        [
            "Im Jahr {year} gingen {n} Beschwerden ein, überwiegend zur {concern}.",
            "Eine Auswertung nach Stadtteilen liegt der Verwaltung nicht vor.",
        ],
    ),
    (
        [
            "Welche Fördermittel von Land und Bund stehen für die {action} {obj} zur Verfügung?",
            "Kann die Stadt für die {action} {obj} Zuschüsse beantragen?",
        ],
        [
            "Die Verwaltung prüft derzeit, ob Mittel aus dem Landesprogramm beantragt werden können.",
            "Ein Förderbescheid über {euro} Euro liegt seit {year} vor.",
        ],
    ),
    (
        [
            "Ist eine Beteiligung der Bürgerinnen und Bürger an der {action} {obj} vorgesehen?",
            "Wie werden die Anwohnenden in die {action} {obj} eingebunden?",
        ],
        [
            "Eine Beteiligung ist im Rahmen einer Online-Umfrage und zweier Stadtteilgespräche geplant.",
            "Der Ortschaftsrat wird im {month} {future} informiert.",
        ],
    ),
    (
        [
            "Wie viele Stellen sind im {unit} derzeit unbesetzt?",
            "Wie ist die Personalsituation im {unit}?",
        ],
        [
            "Im {unit} sind {n} von {m} Stellen besetzt; die übrigen Stellen sind ausgeschrieben.",
            "Der Krankenstand im {unit} lag im Jahr {year} bei {small} Prozent.",
        ],
    ),
    (
        [
            "Welche Stadtteile sind von der {concern} besonders betroffen?",
            "Wo im Stadtgebiet ist die {concern} am größten?",
        ],
        [
            "Besonders betroffen sind die Innenstadt und die Stadtteile entlang der Bahnlinie.",
            "Eine kleinräumige Auswertung ist mit vertretbarem Aufwand nicht möglich.",
        ],
    ),
    (
        [
            "Plant die Verwaltung, zusätzliche {countable} {district} zu schaffen?",
            "Sollen {district} weitere {countable} entstehen?",
        ],
        [
            "Die Verwaltung wird dem Gemeinderat bis {month} {future} einen Bericht vorlegen.",
            "Bis {future_late} sollen {district} {small} weitere {countable} hinzukommen.",
        ],
    ),
]
LIST_ITEMS = [
    "Kontrollen durch den Kommunalen Ordnungsdienst", "zusätzliche Beleuchtung",
    "Aufstellung weiterer Abfallbehälter", "Informationskampagne {district}",
    "Einstellung von {n} zusätzlichen Fachkräften", "Prüfung eines Förderantrags",
    "Verlängerung der Öffnungszeiten", "Ausbau des Online-Angebots",
]
PREAMBLES = [
    "Die Verwaltung beantwortet die Anfrage in Abstimmung mit dem {unit} wie folgt.",
    "Vorab ist darauf hinzuweisen, dass die {action} {obj} bereits im Haushalt berücksichtigt ist.",
]
MONTHS = ["Januar", "März", "Mai", "Juli", "September", "November", "Ende des Jahres"]
# fmt: on


def _slots(rng: random.Random, year: int) -> dict[str, str]:
    """One inquiry's topic: the fillers its questions and answers share."""
    gender, service = rng.choice(SERVICES)
    nominative, accusative = ARTICLES[gender]
    return {
        "district": rng.choice(DISTRICTS),
        "countable": rng.choice(COUNTABLES),
        "action": rng.choice(ACTIONS),
        "obj": rng.choice(OBJECTS),
        "unit": rng.choice(UNITS),
        "service": f"{accusative} {service}",
        "service_nom": f"{nominative} {service}",
        "concern": rng.choice(CONCERNS),
        "year": str(year - rng.randint(2, 8)),
        "future": str(year + rng.randint(0, 2)),
        "future_late": str(year + rng.randint(3, 5)),
    }


GENERIC = [
    "Eine Auswertung nach Stadtteilen liegt der Verwaltung nicht vor.",
    "Die Verwaltung wird den zuständigen Ausschuss im {month} {future} erneut informieren.",
    "Weitere Angaben sind aus Gründen des Datenschutzes nicht möglich.",
    "Die Zahlen beruhen auf einer Abfrage beim {unit} zum Stichtag 30. Juni {year}.",
]


def _vary(rng: random.Random, slots: dict[str, str]) -> dict[str, str]:
    """Fillers for one question and its answer: numbers, sometimes another district."""
    n = rng.randint(2, 400)
    values = dict(
        slots,
        n=str(n),
        m=str(n + rng.randint(1, 900)),
        small=str(rng.randint(2, 12)),
        month=rng.choice(MONTHS),
        euro=f"{rng.randint(1, 950) * 1000:,}".replace(",", "."),
    )
    if rng.random() < 0.3:  # the concern shifts within an inquiry
        values["district"] = rng.choice(DISTRICTS)
    return values


def _fill(template: str, values: dict[str, str]) -> str:
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _answer(rng: random.Random, intent: int, values: dict[str, str]) -> str:
    """One to three paragraphs answering ``intent``, sometimes with a bullet list."""
    fitting = INTENTS[intent][1]
    first = rng.choice(fitting)
    paragraphs = [_fill(first, values)]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        sentences = rng.sample([t for t in fitting + GENERIC if t != first], rng.randint(1, 2))
        paragraphs.append(" ".join(_fill(t, values) for t in sentences))
    if rng.random() < 0.12:
        items = rng.sample(LIST_ITEMS, rng.randint(2, 4))
        bullets = "\n".join(f"- {_fill(i, values)}" for i in items)
        paragraphs.append(f"Vorgesehen sind:\n\n{bullets}")
    return "\n\n".join(paragraphs)


def _questions(rng: random.Random, slots: dict[str, str]) -> list[tuple[str, int, dict]]:
    """(question, intent, fillers) for about 10 questions, intents mostly distinct."""
    count = min(24, max(2, round(rng.gauss(10, 4))))
    intents = rng.sample(range(len(INTENTS)), min(count, len(INTENTS)))
    intents += [rng.randrange(len(INTENTS)) for _ in range(count - len(intents))]
    out = []
    for intent in intents:
        values = _vary(rng, slots)
        out.append((_fill(rng.choice(INTENTS[intent][0]), values), intent, values))
    return out


def _body(rng: random.Random, questions: list[tuple[str, int, dict]]) -> list[str]:
    """Questions with answers in one of the layouts the parser knows."""
    n = len(questions)
    if rng.random() < 0.2:  # all questions first, then "Zu 1.:" sections
        out = [f"{i}. {q}" for i, (q, _, _) in enumerate(questions, 1)]
        return out + [
            f"Zu {i}.:\n\n{_answer(rng, t, v)}" for i, (_, t, v) in enumerate(questions, 1)
        ]
    out, i = [], 1
    while i <= n:
        text, intent, values = questions[i - 1]
        if i < n and rng.random() < 0.08:  # joint answer to two questions
            joint = f"Die Fragen {i} und {i + 1} werden gemeinsam beantwortet."
            out += [
                f"{i}. {text}",
                f"{i + 1}. {questions[i][0]}",
                joint,
                _answer(rng, intent, values),
            ]
            i += 2
            continue
        out.append(f"{i}. {text}")
        if i > 1 and rng.random() < 0.06:
            out.append(f"Siehe Antwort zu Nr. {rng.randint(1, i - 1)}.")
        else:
            out.append(_answer(rng, intent, values))
        i += 1
    return out


def inquiry(seed: int, index: int) -> tuple[str, str]:
    """(relative path, Markdown text) of synthetic inquiry ``index``; pure and deterministic."""
    rng = random.Random(f"{seed}:{index}")
    council = COUNCILS[index % len(COUNCILS)]
    year = 2013 + (index // len(COUNCILS)) % 13
    number = index // (len(COUNCILS) * 13) + 1
    slots = _slots(rng, year)
    title = _fill(rng.choice(TOPIC_TITLES), slots)
    submitter = rng.choice(FACTIONS)
    asked = date(year, 1, 1) + timedelta(days=rng.randint(0, 300))
    answered = asked + timedelta(days=rng.randint(14, 60))
    reference = f"{year}/{number:04d}"
    front = [
        "---",
        f"body: {council}",
        f'reference: "{reference}"',
        f'title: "{title}"',
        f"kind: {rng.choice(['Anfrage', 'Anfrage', 'Kleine Anfrage', 'Große Anfrage'])}",
        f"submitter: {submitter}",
        f"submitter_persons: [{rng.choice(FIRST)} {rng.choice(LAST)}]",
        f"asked_on: {asked}",
        f"answered_on: {answered}",
        f"unit: {slots['unit']}",
        "---",
    ]
    lines = [f"Stellungnahme zur Anfrage Nr. {reference} ({submitter}) betreffend **{title}**"]
    if rng.random() < 0.15:
        lines += ["Vorbemerkung der Verwaltung:", _fill(rng.choice(PREAMBLES), _vary(rng, slots))]
    lines += _body(rng, _questions(rng, slots))
    lines.append(f"gez. {rng.choice(FIRST)} {rng.choice(LAST)}")
    slug = council.split(" ", 1)[1].lower().replace(" ", "-").replace("ü", "ue")
    return f"{slug}/{year}/{number:04d}.md", "\n".join(front) + "\n\n" + "\n\n".join(lines) + "\n"


def generate(count: int, seed: int, target: Path) -> tuple[int, int]:
    """Write ``count`` inquiries below ``target``; return (files, questions)."""
    questions = 0
    made: set[Path] = set()
    for index in range(count):
        relative, text = inquiry(seed, index)
        path = target / relative
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_text(text, encoding="utf-8")
        questions += text.count("?\n")
    return count, questions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inquiries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--to", type=Path, required=True, help="target directory")
    args = parser.parse_args()
    started = time.perf_counter()
    files, questions = generate(args.inquiries, args.seed, args.to)
    seconds = time.perf_counter() - started
    print(f"{files} inquiries, {questions} questions in {args.to} ({seconds:.1f} s)")


if __name__ == "__main__":
    main()
