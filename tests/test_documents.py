"""Reading real corpora: encodings, HTML, JSONL, CSV, and every kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import cli
from graphkit.documents import Fields, decode_bytes, html_to_text, iter_documents
from graphkit.errors import InputError
from graphkit.export.json import read_json
from graphkit.nlp import split_text


def collect(inputs, **kw):
    """The documents read, and each skipped input's one line as users see it."""
    docs, errors = read_all(inputs, **kw)
    return docs, [f"{e.source}: {e.reason}" for e in errors]


def read_all(inputs, **kw):
    errors: list[InputError] = []
    docs = list(iter_documents(inputs, on_error=errors.append, **kw))
    return docs, errors


def kinds(inputs, **kw) -> list[str]:
    return [e.kind for e in read_all(inputs, **kw)[1]]


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""),
                                          ("cp1252", b""), ("latin-1", b""), ("cp1251", b"")])
def test_common_encodings_decode(tmp_path, encoding, bom):
    text = "Ministers in Zürich and São Paulo — «Привет» — criticized the plan." if encoding in ("utf-8", "utf-16") \
        else ("Ministers in Zürich criticized the café plan, the minister’s aide said." if encoding == "cp1252"
              else ("Les ministres réunis à Genève ont critiqué le plan français ; "
                    "à Zürich, la délégation a répété son opposition à la réforme." if encoding == "latin-1"
              else "Министр иностранных дел России раскритиковал план Германии."))
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    docs, errors = collect([path])
    assert errors == []
    assert docs[0].text == text


def test_html_article_drops_scripts_and_styles(tmp_path):
    page = ("<html><head><title>Peru and Chile</title><style>p{color:red}</style></head><body>"
            "<nav>Home | World</nav><script>alert('x')</script><h1>Peru and Chile</h1>"
            "<p>Peru thanked Chile on Monday.</p><p>Chile&#39;s president replied.</p></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    docs, errors = collect([tmp_path])
    assert errors == []
    assert docs[0].title == "Peru and Chile"
    assert docs[0].text == "Peru and Chile\n\nPeru thanked Chile on Monday.\n\nChile's president replied."
    assert html_to_text("<p>a<script>b</script>c</p>") == ("", "ac")


def test_jsonl_records_with_fields_and_bad_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([
        json.dumps({"uid": "n1", "body": "Peru thanked Chile.", "published": "2025-06-01", "headline": "Thanks"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"uid": "n4", "other": "no text here"}),
        json.dumps({"uid": "n5", "body": "Chile thanked Peru."}),
    ]) + "\n", encoding="utf-8")
    docs, errors = collect([path], fields=Fields(text="body", id="uid", date="published", title="headline"))
    assert [(d.id, d.date, d.title) for d in docs] == [("n1", "2025-06-01", "Thanks"), ("n5", "", "Chile thanked Peru.")]
    assert errors == [
        f"{path}:line 2: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{path}:line 3: expected a JSON object, got list",
        f"{path}:line 4: no text in field 'body' (fields: other, uid); see --text-field",
    ]
    assert kinds([path], fields=Fields(text="body")) == ["invalid JSON", "not a JSON object", "missing text field"]


def test_csv_rows_and_malformed_rows(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('id,text,date\nc1,"Peru thanked Chile, again.",2025-01-02\nc2,too,many,fields,here\n'
                    'c3,Chile thanked Peru.,2025-01-03\n', encoding="utf-8")
    docs, errors = collect([path])
    assert [(d.id, d.text, d.date) for d in docs] == [("c1", "Peru thanked Chile, again.", "2025-01-02"),
                                                      ("c3", "Chile thanked Peru.", "2025-01-03")]
    assert errors == [f"{path}:line 3: row has 2 extra or missing fields for a header of 3"]
    assert kinds([path]) == ["wrong number of fields"]
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,body\n1,x\n", encoding="utf-8")
    _, errors = collect([wrong])
    assert errors == [f"{wrong}: no column 'text' (columns: id, body); see --text-field"]
    assert kinds([wrong]) == ["missing text field"]
    broken = tmp_path / "broken.csv"
    broken.write_text('id,text\n1,"' + "a" * 140_000 + '"\n2,Peru thanked Chile.\n', encoding="utf-8")
    docs, errors = read_all([broken])
    assert [(e.kind, e.reason) for e in errors] == [("malformed CSV",
                                                     "malformed CSV (field larger than field limit (131072))")]
    assert [d.text for d in docs] == ["Peru thanked Chile."]


BAD = [
    ("empty.txt", b"", "empty file: no text to read", "empty file"),
    ("blank.txt", b"  \n\t\n", "empty file: no text to read", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes), not text",
     "binary file"),
    ("controls.txt", bytes(range(1, 32)) * 40, "binary file (mostly control characters), not text", "binary file"),
    ("utf16.txt", b"\xff\xfe\x00\xd8", "cannot decode: broken UTF-16 text", "cannot decode"),
    ("empty.jsonl", b"\n\n", "empty file: no records to read", "empty file"),
    ("empty.csv", b"", "empty file: no header line", "empty file"),
]


@pytest.mark.parametrize("name,data,reason,kind", BAD)
def test_bad_files_get_one_line_naming_file_and_reason(tmp_path, name, data, reason, kind):
    path = tmp_path / name
    path.write_bytes(data)
    docs, errors = collect([path])
    assert docs == [] and errors == [f"{path}: {reason}"]
    assert kinds([path]) == [kind]


def test_missing_and_unreadable_paths(tmp_path, monkeypatch):
    docs, errors = collect([tmp_path / "nope.txt"])
    assert errors == [f"{tmp_path / 'nope.txt'}: no such file or folder"]
    assert kinds([tmp_path / "nope.txt"]) == ["no such file or folder"]
    locked = tmp_path / "locked.txt"
    locked.write_text("Peru thanked Chile.", encoding="utf-8")
    real = Path.read_bytes

    def deny(self):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    docs, errors = collect([locked])
    assert errors == [f"{locked}: permission denied"]
    assert kinds([locked]) == ["permission denied"]


def test_empty_folder_and_stdin(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    _, errors = read_all([tmp_path])
    assert [(e.kind, e.reason) for e in errors] == [("empty folder", "folder holds no .txt, .md, .html, .htm, "
                                                                     ".jsonl, .csv, .tsv files")]
    _, errors = read_all(["-"], stdin=[" \n"])
    assert [(e.kind, e.source, e.reason) for e in errors] == [("empty input", "<stdin>", "empty input: no text to read")]


def test_input_error_kinds_are_from_the_catalogue_and_survive_pickling():
    import pickle

    from graphkit.errors import INPUT_KINDS

    err = pickle.loads(pickle.dumps(InputError("a.csv:line 3", "malformed CSV (x)", kind="malformed CSV")))
    assert (err.source, err.reason, err.kind, str(err)) == ("a.csv:line 3", "malformed CSV (x)", "malformed CSV",
                                                            "[G003] a.csv:line 3: malformed CSV (x)")
    assert len(set(INPUT_KINDS)) == len(INPUT_KINDS)
    with pytest.raises(ValueError, match="kind 'empty' is not one of 'no such file or folder'"):
        InputError("a.txt", "empty", kind="empty")


def test_undecodable_bytes_are_reported(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(1, 32)) * 40)
    with pytest.raises(InputError, match=r"binary file \(mostly control characters\), not text$") as caught:
        decode_bytes(path.read_bytes(), str(path))
    assert caught.value.kind == "binary file" and caught.value.source == str(path)


def test_same_name_in_two_inputs_stays_two_documents(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(f"{sub} text", encoding="utf-8")
    docs, _ = collect([tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"])
    assert [d.id for d in docs] == ["x.txt", "x.txt#2"]


def test_long_text_is_split_at_paragraphs_not_dropped():
    text = "\n\n".join(f"Paragraph {i} says Peru thanked Chile." for i in range(100))
    parts = split_text(text, 500)
    assert "".join(parts) == text
    assert all(len(p) < 500 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_text_over_max_length_is_parsed_in_parts(nlp, tmp_path):
    from graphkit import build_graph

    old = nlp.max_length
    nlp.max_length = 400
    try:
        path = tmp_path / "long.txt"
        path.write_text("\n\n".join(["Peru thanked Chile on Monday."] * 30 + ["Norway criticized Sweden."]), encoding="utf-8")
        G = build_graph([path], nlp=nlp)
    finally:
        nlp.max_length = old
    assert G.has_edge("state:NOR", "state:SWE") and G.has_edge("state:PER", "state:CHL")
    assert G.nodes["state:PER"]["mentions"] == 30


def test_cli_goes_on_reports_and_summarises(tmp_path):
    good = tmp_path / "in"
    good.mkdir()
    (good / "a.txt").write_text("Finland thanked Estonia.", encoding="utf-8")
    (good / "b.txt").write_bytes(b"")
    (good / "c.jsonl").write_text('{"id": "j1", "text": "Latvia praised Lithuania."}\n{oops\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(good), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0] == f"graphkit: skipped {good / 'b.txt'}: empty file: no text to read"
    assert lines[1].startswith(f"graphkit: skipped {good / 'c.jsonl'}:line 2: invalid JSON")
    assert lines[2].startswith("graphkit: 2 document(s) read, 2 skipped (1 empty file, 1 invalid JSON); ")
    G = read_json(tmp_path / "g.json")
    assert G.has_edge("state:FIN", "state:EST") and G.nodes["state:LVA"]["doc"] == "j1"


def test_strict_makes_a_skip_an_error_and_keeps_the_old_output(tmp_path):
    (tmp_path / "a.txt").write_text("Finland thanked Estonia.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    out = tmp_path / "g.json"
    out.write_text("previous graph", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--strict", "-o", str(out)])
    assert result.exit_code == 1
    assert "--strict" in result.output.splitlines()[-1]
    assert out.read_text(encoding="utf-8") == "previous graph"


def test_a_failing_write_leaves_the_existing_output_whole(tmp_path, monkeypatch):
    import graphkit.export.json as jexport

    (tmp_path / "a.txt").write_text("Finland thanked Estonia.", encoding="utf-8")
    out = tmp_path / "g.json"
    out.write_text("previous graph", encoding="utf-8")

    def broken(G):
        raise OSError("disk full")

    monkeypatch.setattr(jexport, "to_json", broken)
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "previous graph"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "g.json"]  # no temp file left


def test_dates_travel_into_provenance(tmp_path):
    from graphkit import build_graph

    path = tmp_path / "n.jsonl"
    path.write_text(json.dumps({"id": "n1", "text": "Peru thanked Chile.", "date": "2025-06-01"}) + "\n", encoding="utf-8")
    G = build_graph([path])
    assert G.nodes["state:PER"]["date"] == "2025-06-01"
    edge = G.edges["state:PER", "state:CHL", "action:thank"]
    assert (edge["first_date"], edge["last_date"], edge["dates"]) == ("2025-06-01",) * 3
    assert "date" not in edge  # an edge's dates are those of its reports
