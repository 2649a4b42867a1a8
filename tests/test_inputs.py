"""Inputs a real corpus brings: other file types, PDF and Word files, semicolon CSV and TSV, many bad
JSONL lines, texts not in English or in capitals. Each is told on one line naming the file."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit import BuildReport, build_graph
from graphkit.cli import cli
from graphkit.documents import Fields, csv_delimiter, iter_documents

ENGLISH = ("Finland thanked Estonia for its help on Monday, officials in Helsinki said. "
           "Estonia did not criticize Finland, and the talks went on in Tallinn.")
FRENCH = ("La Finlande a remercié l'Estonie pour son aide lundi, ont indiqué des responsables à Helsinki. "
          "L'Estonie n'a pas critiqué la Finlande, et les discussions ont continué à Tallinn.")
GERMAN = ("Finnland hat Estland am Montag für seine Hilfe gedankt, sagten Beamte in Helsinki. "
          "Estland hat Finnland nicht kritisiert, und die Gespräche in Tallinn gingen weiter.")


@pytest.fixture(autouse=True)
def session_pipeline(nlp, monkeypatch):
    """Builds here parse with the session's pipeline instead of loading one each."""
    from graphkit import parallel

    monkeypatch.setattr(parallel, "load_pipeline", lambda name=None: nlp)


def run(tmp_path: Path, *inputs, args=()) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["build", *map(str, inputs), *args, "-o", str(tmp_path / "g.json")])
    return result.exit_code, result.output.strip().splitlines()


def _docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")


def test_other_file_types_in_a_folder_are_counted_and_pdf_word_get_a_hint(tmp_path):
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    (news / "a.txt").write_text(ENGLISH, encoding="utf-8")
    for name in ("r1.pdf", "r2.PDF", "sub/r3.pdf"):
        (news / name).write_bytes(b"%PDF-1.4\n%\xe2\xe3\n")
    _docx(news / "memo.docx")
    (news / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (news / ".DS_Store").write_bytes(b"\x00\x00")
    (news / ".git").mkdir()
    (news / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    code, lines = run(tmp_path, news)
    assert code == 0, lines
    hints = [line for line in lines if "convert it first" in line]
    assert hints == [
        f"graphkit: skipped {news / 'memo.docx'}: a Word document, not text: convert it first, "
        f"e.g. pandoc {news / 'memo.docx'} -t plain -o {news / 'memo'}.txt",
        f"graphkit: skipped {news / 'r1.pdf'}: a PDF document, not text: convert it first, "
        f"e.g. pdftotext {news / 'r1.pdf'} {news / 'r1'}.txt",
        f"graphkit: skipped {news / 'r2.PDF'}: a PDF document, not text: convert it first, "
        f"e.g. pdftotext {news / 'r2.PDF'} {news / 'r2'}.txt",
        f"graphkit: skipped {news / 'sub' / 'r3.pdf'}: a PDF document, not text: convert it first, "
        f"e.g. pdftotext {news / 'sub' / 'r3.pdf'} {news / 'sub' / 'r3'}.txt",
    ]
    assert len(lines) == 5  # the hints and the summary: nothing about photo.jpg, .DS_Store or .git
    assert lines[-1].startswith("graphkit: 1 document(s) read, skipped 3 .pdf files, 1 .docx file, 1 .jpg file; ")


@pytest.mark.parametrize("name, head, what", [
    ("report.pdf", b"%PDF-1.7\n", "a PDF document"),
    ("scan.txt", b"%PDF-1.4\n", "a PDF document"),  # told by its first bytes, whatever its name
    ("memo.docx", None, "a Word document"),
    ("old.doc", b"\xd0\xcf\x11\xe0", "a Word 97-2003 document"),
])
def test_a_pdf_or_word_file_given_is_skipped_with_a_hint(tmp_path, name, head, what):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    path = tmp_path / name
    _docx(path) if head is None else path.write_bytes(head + b"\x00binary")
    code, lines = run(tmp_path, path, tmp_path / "a.txt")
    assert code == 0
    assert lines[0].startswith(f"graphkit: skipped {path}: {what}, not text: convert it first, e.g. ")
    assert ", 1 skipped (1 needs conversion);" in lines[-1]


@pytest.mark.parametrize("content, delimiter", [
    ("id;title;text\nn1;Talks;Finland thanked Estonia, then Latvia.\n", ";"),
    ("id,title,text\nn1,Talks,\"Finland thanked Estonia; then Latvia.\"\n", ","),
    ("id\ttitle\ttext\nn1\tTalks\tFinland thanked Estonia, then Latvia; all agreed.\n", "\t"),
    ("id|title|text\nn1|Talks|Finland thanked Estonia, then Latvia.\n", "|"),
])
def test_csv_delimiter_is_sniffed(tmp_path, content, delimiter):
    path = tmp_path / "news.csv"
    path.write_text(content, encoding="utf-8")
    assert csv_delimiter(content, path) == delimiter
    docs = list(iter_documents([path]))
    assert [(d.id, d.title) for d in docs] == [("n1", "Talks")]
    assert docs[0].text.startswith("Finland thanked Estonia")


def test_semicolon_csv_and_tsv_are_read_as_such(tmp_path):
    (tmp_path / "eu.csv").write_text("uid;body\ne1;Finland thanked Estonia.\ne2;Latvia praised Lithuania.\n",
                                     encoding="utf-8")
    (tmp_path / "more.tsv").write_text("id\ttext\nt1\tSweden warned Norway, officials said.\n", encoding="utf-8")
    G = build_graph([tmp_path], fields=Fields(text="body", id="uid"), on_error=lambda e: None)
    assert G.has_edge("state:FIN", "state:EST") and G.has_edge("state:LVA", "state:LTU")
    G = build_graph([tmp_path / "more.tsv"])
    assert G.has_edge("state:SWE", "state:NOR") and G.nodes["state:SWE"]["doc"] == "t1"


def test_many_bad_jsonl_lines_are_summarised_after_the_first_five(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"id": "ok", "text": ENGLISH})] + ["{broken"] * 8 + ['{"id": "x"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run(tmp_path, path)
    assert code == 0
    shown = [line for line in out if ":line " in line]
    assert [line.split(":line ")[1].split(":")[0] for line in shown] == ["2", "3", "4", "5", "6"]
    assert f"graphkit: ... and 4 more unreadable lines in {path} (3 invalid JSON, 1 missing text field)" in out
    assert ", 9 skipped (8 invalid JSON, 1 missing text field);" in out[-1]
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    code, out = run(tmp_path, path)
    assert f"graphkit: ... and 3 more invalid JSON lines in {path}" in out


def test_a_text_not_in_english_or_in_capitals_gets_one_warning_line(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (news / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (news / "caps.txt").write_text(ENGLISH.upper(), encoding="utf-8")
    (news / "wire.jsonl").write_text(json.dumps({"id": "w1", "text": GERMAN}) + "\n", encoding="utf-8")
    code, lines = run(tmp_path, news)
    assert code == 0
    assert lines[:-1] == [
        f"graphkit: warning: {news / 'caps.txt'}: mostly upper case: spaCy finds names and sentences poorly "
        "in capitals; use the text in normal case if you have it",
        f"graphkit: warning: {news / 'fr.txt'}: looks like 'fr', not English: graphkit reads English only",
        f"graphkit: warning: {news / 'wire.jsonl'} (w1): looks like 'de', not English: graphkit reads English only",
    ]
    report = BuildReport()
    build_graph([news / "en.txt"], report=report)
    assert report.notices == []


def test_language_is_judged_on_a_sample(monkeypatch):
    from graphkit import language

    seen = []
    monkeypatch.setattr(language, "identifier", lambda: type("I", (), {"classify": lambda self, s: (
        seen.append(len(s)) or ("en", 1.0))})())
    french = "Le Japon a remercié le Canada pour son soutien lundi, ont indiqué des responsables à Tokyo. "
    assert language.text_warnings(french * 2000) == []  # the stand-in identifier says English
    assert seen == [language.SAMPLE_CHARS]


def test_plain_english_is_not_sent_to_the_identifier(monkeypatch):
    from graphkit import language

    monkeypatch.setattr(language, "identifier", lambda: pytest.fail("the identifier was asked"))
    assert language.text_warnings(ENGLISH * 2000) == []
