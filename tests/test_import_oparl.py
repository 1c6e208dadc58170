"""OParl import: papers and their file texts → inquiry Markdown the parser reads.

Fixtures in tests/fixtures/oparl are invented papers imitating the Karlsruhe layouts:
9001 new layout with numbered questions, 9002 old layout with unnumbered (once bold)
questions, 9003 an answer of "Zu 1.:" sections only, 9004 a paper without answer.
"""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from anfragen.imports import cli, documents, oparl
from anfragen.parse import parse_inquiry

from corpus import corpus_dir

FIXTURES = Path(__file__).parent / "fixtures" / "oparl"


def converted(paper_id: str) -> oparl.Converted:
    items = {i.paper["id"].rsplit("/", 1)[1]: i for i in oparl.papers_from_dir(FIXTURES)}
    return oparl.convert_paper(items[paper_id], "Gemeinderat Musterstadt")


def parsed(result: oparl.Converted):
    return parse_inquiry(documents.render(result.front, result.body), "test.md")


def test_front_matter_comes_from_the_paper_and_the_answer_header():
    front = converted("9001").front
    assert front["reference"] == "2024/0229"
    assert front["title"] == "Beleuchtung der Radwege im Stadtpark"
    assert front["body"] == "Gemeinderat Musterstadt"
    assert front["source_url"] == front["oparl"]["paper"] == "https://oparl.example.org/bodies/1/papers/9001"
    assert (front["asked_on"], front["answered_on"]) == ("2024-03-04", "2024-03-20")
    assert front["files"] == ["Anfrage", "Stellungnahme zur Anfrage", "Protokoll GR TOP 12"]
    assert front["submitter"] == "Parkfreunde-Fraktion"
    assert front["meeting"] == "Gemeinderat 16.04.2024, TOP 12"
    assert set(front) <= set(documents.FRONT_MATTER_KEYS)


def test_body_is_cleaned_and_header_values_rejoined():
    body = converted("9001").body
    assert body.startswith("Vorlage Nr.: 2024/0229\nVerantwortlich: Dez. 6\nDienststelle: Gartenbauamt\n\n")
    assert "Recyclingpapier" not in body and "Seite 2" not in body
    assert "aus den Jahren 1998 bis 2003" in body
    assert "für Bundes- und Landesstraßen" in body and "KVV-Bereich" in body
    assert "- Masten und Kabel\n\n- Anschluss an das Netz" in body
    assert "\n\n3. Welche Kosten entstünden für eine Beleuchtung mit Bewegungsmeldern?\n\n" in body


def test_numbered_questions_pair_with_their_answers():
    inquiry = parsed(converted("9001"))
    assert [q.number for q in inquiry.questions] == ["1", "2", "3"]
    assert all(q.answer is not None for q in inquiry.questions)
    assert inquiry.answers[inquiry.questions[1].answer].text.startswith("Die vier defekten Leuchten")


def test_unnumbered_questions_are_found_by_matching_the_inquiry():
    result = converted("9002")
    assert result.how == "matched"
    assert "\n\n2. Plant die Verwaltung zusätzliche Öffnungszeiten am Samstag?\n\n" in result.body
    assert "\\# Termine werden online vergeben." in result.body
    inquiry = parsed(result)
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert inquiry.answers[inquiry.questions[0].answer].text == (
        "Im Januar lag die Wartezeit bei durchschnittlich neun Arbeitstagen.")


def test_old_header_states_persons_and_faction():
    front = converted("9002").front
    assert front["submitter_persons"] == ["Paula Probe"]
    assert front["submitter"] == "Musterliste"
    assert front["unit"] == "Dez. 1"


def test_questions_are_taken_from_the_inquiry_when_the_answer_has_zu_sections():
    result = converted("9003")
    assert result.how == "prepended"
    inquiry = parsed(result)
    assert [q.answer for q in inquiry.questions] == [0, 1]
    assert not inquiry.issues


def test_paper_without_answer_text_is_skipped_with_reason():
    assert converted("9004").skipped == "no Stellungnahme text"


def test_scanned_answer_without_text_layer_is_skipped_with_reason():
    scan = "\n\n \n\uf0b7 \n\uf0b7 \n\n \n"  # what text extraction gives for a scanned PDF
    item = oparl.PaperFiles(
        {"reference": "2022/0001", "name": "Thema", "mainFile": {"id": "f/1", "name": "TOP 7 Stellungnahme Thema"},
         "auxiliaryFile": [{"id": "f/2", "name": "TOP 7 Anfrage Thema"}]},
        {"1": scan, "2": scan})
    assert oparl.convert_paper(item, None).skipped == "Stellungnahme without text layer (a scan)"


def test_answer_without_questions_is_kept_as_read_without_pairing():
    item = oparl.PaperFiles(
        {"reference": "2020/0001", "name": "Thema", "mainFile": {"id": "f/1", "name": "Stellungnahme"}},
        {"1": "STELLUNGNAHME zur Anfrage\n\nDie Verwaltung berichtet im Ausschuss.\n"})
    result = oparl.convert_paper(item, None)
    assert result.how == "none"
    assert "1." not in result.body and "Die Verwaltung berichtet im Ausschuss." in result.body


@pytest.mark.parametrize("name, submitter", [
    ("Linke-Personelle Ausstattung Ausländerbehörde", "Linke"),
    ("GfK-Parken auf Gehwegen", "GfK"),
    ("Die Linke-Sicherheitsdienste", "Die Linke"),
    ("Stellungnahme TOP 31", None), ("TOP 17.1", None), ("Anfrage", None),
])
def test_submitter_only_from_a_file_name_that_states_it(name, submitter):
    assert oparl.submitter_from_file_name(name) == submitter


def test_cli_imports_a_folder_and_reports_counts(tmp_path, capsys):
    assert cli.run_import_oparl([str(FIXTURES), "--to", str(tmp_path)]) == 0
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.md"))
    assert written == ["2014/0101.md", "2019/0555.md", "2024/0229.md"]
    out = capsys.readouterr().out
    assert "3 written" in out and "1 skipped: no Stellungnahme text" in out
    front = yaml.safe_load((tmp_path / "2024/0229.md").read_text().split("---")[1])
    assert front["body"] == "Gemeinderat Karlsruhe"


def test_cli_reports_a_folder_that_is_not_oparl(tmp_path, capsys):
    assert cli.run_import_oparl([str(tmp_path), "--to", str(tmp_path / "out")]) != 0
    assert f"{tmp_path}:1: not an OParl folder" in capsys.readouterr().err


# --- a live endpoint: OParl JSON served by a real HTTP server on 127.0.0.1 ----------


def _site(root: Path, base: str) -> None:
    """Write a Body, a paper list in two pages (linked by links.next) and file texts."""
    papers = []
    for path in sorted((FIXTURES / "papers").glob("*.json")):
        paper = json.loads(path.read_text(encoding="utf-8"))
        for file in oparl.paper_files(paper):
            text = FIXTURES / "files" / f"{oparl.file_key(file)}.txt"
            if text.exists():
                file["text"] = text.read_text(encoding="utf-8")
        papers.append(paper)
    papers.append({"id": f"{base}/papers/x", "paperType": "Antrag", "reference": "2024/0001"})
    (root / "body").write_text(json.dumps({
        "id": f"{base}/body", "type": "https://schema.oparl.org/1.1/Body",
        "name": "Gemeinderat Musterstadt", "paper": f"{base}/papers1"}))
    (root / "papers1").write_text(json.dumps({"data": papers[:2], "links": {"next": f"{base}/papers2"}}))
    (root / "papers2").write_text(json.dumps({"data": papers[2:], "links": {}}))


@pytest.fixture
def oparl_server(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _site(root, base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


def test_live_endpoint_is_read_page_by_page(oparl_server, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.run_import_oparl([f"{oparl_server}/body", "--to", str(out)]) == 0
    assert sorted(p.name for p in out.rglob("*.md")) == ["0101.md", "0229.md", "0555.md"]
    text = (out / "2019/0555.md").read_text()
    assert "body: Gemeinderat Musterstadt" in text  # the Body object's name
    assert not parse_inquiry(text, "0555.md").issues
    assert "3 written" in capsys.readouterr().out


def test_unreachable_endpoint_is_an_error(capsys, tmp_path):
    assert cli.run_import_oparl(["http://127.0.0.1:9/body", "--to", str(tmp_path)]) != 0
    assert "http://127.0.0.1:9/body:1:" in capsys.readouterr().err


# --- the real corpus (read in place, never committed) -------------------------------


@pytest.mark.corpus
def test_whole_corpus_imports_into_files_the_parser_reads(tmp_path):
    folder = corpus_dir()
    assert cli.run_import_oparl([str(folder), "--to", str(tmp_path)]) == 0
    files = list(tmp_path.rglob("*.md"))
    kept_aside = list((tmp_path / cli.UNPARSED).rglob("*.txt"))
    assert len(files) + len(kept_aside) > 1350  # nothing lost: refused files are kept aside
    assert len(files) > 1100
    with_pairs = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert set(yaml.safe_load(text.split("---")[1])) <= set(documents.FRONT_MATTER_KEYS)
        inquiry = parse_inquiry(text, str(path))  # every written file builds
        with_pairs += any(q.answer is not None for q in inquiry.questions)
    assert with_pairs / len(files) > 0.95


def test_submitter_from_the_factions_own_file_when_the_answer_names_none():
    answer = ("Stellungnahme zur Anfrage\nVorlage Nr.: 2024/0001\nVerantwortlich: Dez. 6\n\nBänke am Rheinufer\n"
              "Gremien Termin TOP Ö / N Zuständigkeit\nGemeinderat 23.04.2024 7 Ö Kenntnisnahme\n\n"
              "1. Wie viele Bänke fehlen?\n\nEs fehlen zwei.\n")
    inquiry = ("Anfrage\nVorlage Nr.: 2024/0001\nEingang: 02.04.2024\nBänke am Rheinufer\nAnfrage: Uferliste\n"
               "Gremien Termin TOP Ö / N Zuständigkeit\nGemeinderat 23.04.2024 7 Ö Kenntnisnahme\n\n"
               "1. Wie viele Bänke fehlen?\n")
    item = oparl.PaperFiles(
        {"reference": "2024/0001", "name": "Bänke am Rheinufer", "mainFile": {"id": "f/1", "name": "Stellungnahme"},
         "auxiliaryFile": [{"id": "f/2", "name": "Anfrage"}]},
        {"1": answer, "2": inquiry})
    assert oparl.convert_paper(item, None).front["submitter"] == "Uferliste"


# A motion filed as an inquiry: the answer heads itself "STELLUNGNAHME zum Antrag" and
# nothing in the paper asks (the faction moves that the administration does something).
MOTION = "ANTRAG\nBaumfraktion\n\nDie Fraktion beantragt:\n1. Die Stadt pflanzt im Stadtpark zwanzig Linden.\n"
ON_MOTION = ("STELLUNGNAHME zum Antrag\nBaumfraktion\n\n1. Die Stadt pflanzt im Stadtpark zwanzig Linden.\n\n"
             "Die Verwaltung schlägt vor, zunächst zehn Linden zu pflanzen.\n")


def _paper(answer_text: str, inquiry_text: str, answer_name: str = "Stellungnahme TOP 5") -> oparl.PaperFiles:
    return oparl.PaperFiles(
        {"reference": "2021/0001", "name": "Linden", "mainFile": {"id": "f/1", "name": "Baumfraktion Linden"},
         "auxiliaryFile": [{"id": "f/2", "name": answer_name}]},
        {"1": inquiry_text, "2": answer_text})


def test_a_motion_that_asks_nothing_is_skipped_with_its_reason():
    result = oparl.convert_paper(_paper(ON_MOTION, MOTION), None)
    assert result.skipped == "a motion (Stellungnahme zum Antrag): no text of it asks"


def test_a_motion_with_questions_stays_an_inquiry():
    asking = MOTION + "\nWie viele Linden stehen heute im Stadtpark?\n"
    assert not oparl.convert_paper(_paper(ON_MOTION, asking), None).skipped


def test_an_answer_to_an_inquiry_is_never_skipped_as_a_motion():
    on_inquiry = ON_MOTION.replace("zum Antrag", "zur Anfrage")
    assert not oparl.convert_paper(_paper(on_inquiry, MOTION), None).skipped


def test_an_attachment_named_after_the_answer_is_not_the_answer():
    item = oparl.PaperFiles(
        {"reference": "2022/0002", "name": "Thema", "mainFile": {"id": "f/1", "name": "TOP 7 Stellungnahme Thema"},
         "auxiliaryFile": [{"id": "f/2", "name": "TOP 7 Anlage Stellungnahme Thema"}]},
        {"1": "", "2": "Folie 1\nUmgriff\nGeplanter Zeitraum: 2027\n"})
    assert oparl.convert_paper(item, None).skipped == "no Stellungnahme text"


def test_the_factions_file_headed_pruefantrag_guides_the_questions():
    inquiry = ("Prüfantrag\n\nVorlage Nr.: 2025/0001\n\nAntrag\nWir beantragen einen Bericht und haben "
               "hierzu vorab folgende Fragen:\n\n- Wie oft wurde der Brunnen gereinigt?\n\n"
               "- Wer bezahlt die Reinigung?\n\nunterzeichnet von\nA. Muster\n")
    answer = "Stellungnahme zum Prüfantrag\n\nDer Brunnen wird zweimal im Jahr vom Gartenbauamt gereinigt.\n"
    result = oparl.convert_paper(_paper(answer, inquiry, "Stellungnahme Brunnen"), None)
    assert not result.skipped
    inquiry_read = parsed(result)
    assert [q.text for q in inquiry_read.questions] == ["Wie oft wurde der Brunnen gereinigt?",
                                                         "Wer bezahlt die Reinigung?"]
    assert {q.answer for q in inquiry_read.questions} == {0}
    assert inquiry_read.answers[0].grouping == "whole"


def test_an_answer_file_of_page_marks_only_is_no_text():
    # 2026/0019: a scan without a text layer, extracted as "-- 1 of 4 --" … and nothing else
    assert not oparl.has_text("\n\n-- 1 of 4 --\n\n\n\n-- 2 of 4 --\n\n")
    assert oparl.has_text("-- 1 of 2 --\nZu 1.: Es sind elf.\n-- 2 of 2 --")
