"""Single answer documents (.txt, .pdf, .docx) → inquiry Markdown with facts read from the text.

The PDF and DOCX files are made by the tests (fpdf2, python-docx) from an invented answer.
"""

from __future__ import annotations

import pytest
import yaml
from docx import Document
from fpdf import FPDF

from anfragen.imports import cli, documents
from anfragen.parse import parse_inquiry

ANSWER = [
    "Antwort zur Anfrage Nr. 0815/2025 der Parkfreunde-Fraktion betreffend Bänke am Rheinufer",
    "Die Anfrage wird wie folgt beantwortet:",
    "1. Wie viele Bänke stehen am Rheinufer?",
    "Am Rheinufer stehen 34 Bänke.",
    "2. Wann werden die beschädigten Bänke ersetzt?",
    "Die Bänke werden bis Ende Mai ersetzt.",
    "Musterstadt, 03.04.2025",
    "gez.",
    "Erika Beispiel",
    "Bürgermeisterin",
]


def front_and_body(path):
    text = path.read_text(encoding="utf-8")
    _, head, body = text.split("---", 2)
    return yaml.safe_load(head), body


def check_answer_file(path, source_name):
    front, _ = front_and_body(path)
    assert front["reference"] == "0815/2025"
    assert front["title"] == "Bänke am Rheinufer"
    assert front["submitter"] == "Parkfreunde-Fraktion"
    assert (front["place"], front["answered_on"]) == ("Musterstadt", "2025-04-03")
    assert (front["signed_by"], front["signer_role"]) == ("Erika Beispiel", "Bürgermeisterin")
    assert front["files"] == [source_name]
    inquiry = parse_inquiry(path.read_text(encoding="utf-8"), str(path))
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert inquiry.answers[inquiry.questions[0].answer].text.startswith("Am Rheinufer stehen 34 Bänke.")


def test_txt_answer_is_imported(tmp_path):
    source = tmp_path / "antwort.txt"
    source.write_text("\n\n".join(ANSWER) + "\n", encoding="utf-8")
    assert cli.run_import([str(source), "--to", str(tmp_path / "out")]) == 0
    check_answer_file(tmp_path / "out" / "2025" / "0815.md", "antwort.txt")


def test_pdf_answer_is_imported(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in ANSWER:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    source = tmp_path / "antwort.pdf"
    pdf.output(str(source))
    assert cli.run_import([str(source), "--to", str(tmp_path / "out")]) == 0
    check_answer_file(tmp_path / "out" / "2025" / "0815.md", "antwort.pdf")


def test_docx_answer_is_imported_with_lists_kept(tmp_path):
    document = Document()
    for paragraph in ANSWER[:4]:
        document.add_paragraph(paragraph)
    document.add_paragraph("Standorte:")
    document.add_paragraph("Nordufer", style="List Bullet")
    document.add_paragraph("Südufer", style="List Bullet")
    for paragraph in ANSWER[4:]:
        document.add_paragraph(paragraph)
    source = tmp_path / "antwort.docx"
    document.save(str(source))
    assert cli.run_import([str(source), "--to", str(tmp_path / "out")]) == 0
    check_answer_file(tmp_path / "out" / "2025" / "0815.md", "antwort.docx")
    assert "- Nordufer\n\n- Südufer" in front_and_body(tmp_path / "out" / "2025" / "0815.md")[1]


def test_document_without_reference_is_an_error_with_path(tmp_path, capsys):
    source = tmp_path / "ohne.txt"
    source.write_text("1. Eine Frage?\n\nEine Antwort.\n", encoding="utf-8")
    assert cli.run_import([str(source), "--to", str(tmp_path / "out")]) == 1
    assert f"{source}:1: no reference found" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_unsupported_file_type_is_an_error(tmp_path, capsys):
    source = tmp_path / "antwort.odt"
    source.write_bytes(b"x")
    assert cli.run_import([str(source), "--to", str(tmp_path)]) == 1
    assert "unsupported file type .odt" in capsys.readouterr().err


@pytest.mark.parametrize("paragraph, written", [
    ("1. Juni 2025 beginnt der Umbau.", "1\\. Juni 2025 beginnt der Umbau."),
    ("2) Zweitens die Kosten.", "2\\) Zweitens die Kosten."),
    ("7.1 Millionen Euro fließen.", "7\\.1 Millionen Euro fließen."),
    ("a) erstens", "a\\) erstens"),
    ("* nur geschätzt", "\\* nur geschätzt"),
    ("# Hinweis", "\\# Hinweis"),
    ("> Zitat", "\\> Zitat"),
    ("- ein Listenpunkt", "- ein Listenpunkt"),
    ("Normaler Satz.", "Normaler Satz."),
])
def test_answer_text_markdown_would_misread_is_escaped(paragraph, written):
    assert documents.escape_paragraph(paragraph) == written


@pytest.mark.parametrize("paragraph", [
    "5. Konnten die Taten Gruppen zugeordnet werden?",
    "5. „Konnten die Taten Gruppen zugeordnet werden?“",  # the askers' question in quotation marks
    "2. Wird der Platz umgebaut? Wenn ja:",
])
def test_a_labelled_question_the_document_numbers_itself_is_kept_as_written(paragraph):
    assert documents.escape_paragraph(paragraph) == paragraph


def test_a_labelled_quotation_that_asks_nothing_is_still_escaped():
    assert documents.escape_paragraph("5. „Die Taten sind aufgeklärt.“") == "5\\. „Die Taten sind aufgeklärt.“"


@pytest.mark.parametrize("reference, path", [
    ("2017/0786", "2017/0786.md"), ("1424/2024", "2024/1424.md"),
    ("2022/0851/1", "2022/0851-1.md"), ("ANF2022/2001", "2022/ANF-2001.md"),
])
def test_output_path_puts_the_year_first(tmp_path, reference, path):
    assert documents.output_path(tmp_path, reference) == tmp_path / path
