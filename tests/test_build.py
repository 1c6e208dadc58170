"""build.py: counts, bad input with path:line, and a failed build never replaces a good one."""

import shutil
import sqlite3
import subprocess
import sys

import pytest

from conftest import MAINZ_1424, ROOT


def run_build(*args, cwd=ROOT):
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *map(str, args)],
                          cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def folder(tmp_path):
    inquiries = tmp_path / "inquiries" / "mainz" / "2024"
    inquiries.mkdir(parents=True)
    shutil.copy(MAINZ_1424, inquiries / "1424.md")
    return tmp_path


def table_count(db, table):
    with sqlite3.connect(db) as conn:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]


def test_build_prints_what_it_built(folder):
    result = run_build("--inquiries", folder / "inquiries", "--db", folder / "a.db")
    assert result.returncode == 0, result.stderr
    assert "1 inquiries, 16 questions, 16 answers, 2 answer_references" in result.stdout
    assert table_count(folder / "a.db", "questions") == 16


def test_file_without_questions_fails_with_path_and_line_and_keeps_the_database(folder):
    db = folder / "a.db"
    assert run_build("--inquiries", folder / "inquiries", "--db", db).returncode == 0
    before = db.read_bytes()
    bad = folder / "inquiries" / "mainz" / "2024" / "9999.md"
    bad.write_text("---\nbody: Stadtrat Mainz\n---\n\nNur ein Absatz ohne jede Frage.\n", encoding="utf-8")
    result = run_build("--inquiries", folder / "inquiries", "--db", db)
    assert result.returncode != 0
    assert f"{bad}:4: no recognisable question" in result.stderr
    assert db.read_bytes() == before
    assert not list(folder.glob(".a.db.tmp*"))


def test_unknown_front_matter_key_is_named_with_its_line(folder):
    bad = folder / "inquiries" / "x.md"
    bad.write_text("---\nbody: Stadtrat Mainz\nanswerd_on: 2024-11-11\n---\n\n1. Frage?\n\nAntwort.\n",
                   encoding="utf-8")
    result = run_build("--inquiries", folder / "inquiries", "--db", folder / "a.db")
    assert result.returncode == 1
    assert f"{bad}:3: unknown front matter key 'answerd_on'" in result.stderr
    assert not (folder / "a.db").exists()


def test_unknown_command_is_refused():
    result = run_build("frobnicate")
    assert result.returncode == 2 and "unknown command" in result.stderr


def test_check_lists_parse_issues_as_path_and_line(folder):
    doubtful = folder / "inquiries" / "doubt.md"
    doubtful.write_text("1. Wie viele Anträge gab es?\n\nRund 300.\n\n2. Wie lange dauerte die Bearbeitung?\n",
                        encoding="utf-8")
    result = run_build("check", "--inquiries", folder / "inquiries")
    assert f"{doubtful}:5: answers: no answer found for question 2" in result.stdout


def test_a_changed_parser_forces_a_full_build(folder, monkeypatch):
    from anfragen import builder

    db = folder / "a.db"
    assert run_build("--inquiries", folder / "inquiries", "--db", db).returncode == 0
    vocabulary = ROOT / "services.yml"
    report = builder.build([folder / "inquiries"], db, vocabulary)
    assert report.incremental and report.unchanged == 1
    monkeypatch.setattr(builder, "code_fingerprint", lambda: "another parser")
    report = builder.build([folder / "inquiries"], db, vocabulary)
    assert not report.incremental and report.parsed == 1
