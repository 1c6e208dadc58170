"""A paper of one file, a scanned bundle: the answering letter repeats each question before
its answer ("Zu 1. Gibt es …? Antw.: Ja. …"), is signed, and the forwarding letter and a
copy of the faction's inquiry follow it. The copy is the inquiry, no part of the answer.
Layout imitated, words our own."""

from __future__ import annotations

from anfragen import layouts
from anfragen.imports import copied_inquiry, documents, oparl, questions
from anfragen.parse import parse_inquiry

LETTER = """STELLUNGNAHME ZUR ANFRAGE
Vorlage Nr.: 2031/0007
Verantwortlich: OV Musterdorf
Anfrage der Wiesen-Ortschaftsratsfraktion vom 02.03.2031
Werden die Hallenbäder im Winter geöffnet?

Bäderbetriebe Musterstadt GmbH
Stellungnahme zur Anfrage vom 02.03.2031
Sehr geehrte Frau Beispiel,
gerne nehmen wir zu Ihrer Anfrage Stellung.
Zu 1. Wird das Hallenbad Musterdorf im Winter geöffnet?
Antw.: Ja. Das Bad öffnet von November bis März an fünf Tagen
in der Woche.
Zu 2. Gibt es Pläne, die Wassertemperatur zu senken?
Antw.: Nein. Die Temperatur bleibt bei 28 Grad.
Zu 3. Wir gehen davon aus, dass die Sauna geschlossen bleibt. Trifft das zu?
Antw.: Ja, bis zum Ende der Sanierung.
Mit freundlichen Grüßen
i. A. Otto Muster
Gut gebadet, gut gelaunt.
Ortsverwaltung Musterdorf
an die Bäderbetriebe Musterstadt GmbH
anbei übersenden wir die Anfrage der Wiesen-Ortschaftsratsfraktion.
Hier wird um Prüfung und Beantwortung gebeten.
Anlage
Anfrage
Musterdorf, den 2. März 2031
Anfrage
Werden die Hallenbäder im Winter geöffnet?
Die Fraktion hört von vielen Familien, dass sie im Winter weit fahren müssen.
Wir würden gerne wissen:
1. Wird das Hallenbad Musterdorf im Winter geöffnet?
2. Gibt es Pläne, die Wassertemperatur zu senken?
3. Wir gehen davon aus, dass die Sauna geschlossen bleibt. Trifft das zu?
Mit freundlichen Grüßen
Fraktion Wiese im Ortschaftsrat
Anna Beispiel
Bernd Muster
"""


def _paper(answer: str, more: dict | None = None) -> oparl.PaperFiles:
    files = [{"id": "f/1", "name": "TOP_3_Wiese_Hallenbad"}] + [{"id": key, "name": name}
                                                                  for key, name in (more or {}).items()]
    texts = {"1": answer} | {key.rsplit("/", 1)[1]: "Anfrage\n1. Gibt es eine Rutsche?\n" for key in (more or {})}
    return oparl.PaperFiles({"reference": "2031/0007", "name": "Hallenbäder im Winter", "paperType": "Anfrage",
                             "auxiliaryFile": files}, texts)


def _parsed(answer: str, more: dict | None = None):
    converted = oparl.convert_paper(_paper(answer, more), None)
    return converted, parse_inquiry(documents.render(converted.front, converted.body), "x")


def test_the_copy_of_the_inquiry_after_the_signed_answer_guides_the_questions():
    converted, inquiry = _parsed(LETTER)
    assert [(q.number, q.text, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1", "Wird das Hallenbad Musterdorf im Winter geöffnet?",
         "Ja. Das Bad öffnet von November bis März an fünf Tagen in der Woche."),
        ("2", "Gibt es Pläne, die Wassertemperatur zu senken?", "Nein. Die Temperatur bleibt bei 28 Grad."),
        ("3", "Wir gehen davon aus, dass die Sauna geschlossen bleibt. Trifft das zu?",
         "Ja, bis zum Ende der Sanierung.")]
    assert inquiry.issues == []
    # the signature, the forwarding letter and the copy are no part of the body
    assert "anbei übersenden" not in converted.body and "Mit freundlichen Grüßen" not in converted.body


def test_the_split_ends_the_answer_before_the_letters_closing():
    lines = LETTER.splitlines()
    answer, copy = copied_inquiry.split_copied_inquiry(lines)
    assert answer[-1] == "Antw.: Ja, bis zum Ende der Sanierung."
    assert copy[0] == "Anfrage" and copy[1] == "Werden die Hallenbäder im Winter geöffnet?"


def test_a_copy_whose_questions_the_answer_does_not_repeat_is_not_split_off():
    # Guard: the answer answers in prose; the copy after it is not known to be no answer text
    prose = LETTER.replace("Zu 2. Gibt es Pläne, die Wassertemperatur zu senken?\n", "")
    assert copied_inquiry.split_copied_inquiry(prose.splitlines()) is None


def test_an_inquiry_heading_without_a_closing_before_it_is_not_split_off():
    # Guard: no signed letter ends before the "Anfrage" heading
    unsigned = LETTER.replace("Mit freundlichen Grüßen\ni. A. Otto Muster\n", "")
    assert copied_inquiry.split_copied_inquiry(unsigned.splitlines()) is None


def test_a_copy_with_one_question_is_not_split_off():
    # Guard: one numbered line is too little to tell a copied inquiry from a list
    one = LETTER.split("2. Gibt es Pläne")[0] + "Mit freundlichen Grüßen\nAnna Beispiel\n"
    assert copied_inquiry.split_copied_inquiry(one.splitlines()) is None


def test_a_paper_with_its_own_inquiry_file_keeps_its_answer_file_whole():
    # Guard: where the faction's file is there, it is the guide; the answer file is not cut
    converted = oparl.convert_paper(_paper(LETTER, {"f/2": "Anfrage Wiese"}), None)
    assert "anbei übersenden" in converted.body


def test_antw_is_the_answer_label_of_the_question_just_asked():
    assert layouts.plain_answer_header("Antw.: Ja. Das Bad öffnet im November.") == "Ja. Das Bad öffnet im November."
    assert layouts.plain_answer_header("Antwort: Nein.") == "Nein."
    assert layouts.plain_answer_header("Antwerpen ist weit.") is None


def test_the_answers_header_naming_the_repeated_question_is_no_part_of_it():
    assert questions.without_own_zu_header("Zu 1. Wird das Bad geöffnet?", "1.") == "Wird das Bad geöffnet?"
    assert questions.without_own_zu_header("Zu 2.) Gibt es Pläne?", "2)") == "Gibt es Pläne?"
    assert questions.without_own_zu_header("Zu Frage 3) Wann?", "3.") == "Wann?"
    # Guard: a header naming another question, or no question at all, stays as written
    assert questions.without_own_zu_header("Zu 2. Gibt es Pläne?", "1.") == "Zu 2. Gibt es Pläne?"
    assert questions.without_own_zu_header("Zu 1. und 2. Gibt es Pläne?", "1.") == "Zu 1. und 2. Gibt es Pläne?"
    assert questions.without_own_zu_header("Zu Beginn gibt es Pläne?", "1.") == "Zu Beginn gibt es Pläne?"
