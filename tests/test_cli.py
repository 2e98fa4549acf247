"""The CLI as a user runs it: the installed `factdesk` command, a real SQLite file."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests_helpers import run

pytestmark = pytest.mark.slow
EXAMPLES = Path("examples/articles")


def test_analyze_json_has_the_documented_keys_and_offsets():
    code, out, err = run("analyze", EXAMPLES / "mexico-cartels-analysis.txt", "--format", "json")
    assert code == 0, err
    [doc] = [json.loads(line) for line in out.splitlines()]
    assert set(doc) >= {"article", "entities", "quotes", "claims"}
    assert set(doc["article"]) >= {"id", "title", "url", "source", "published", "language",
                                   "path", "text"}
    assert doc["article"]["language"] == "en"
    text = doc["article"]["text"]
    people = {e["text"] for e in doc["entities"] if e["label"] == "PERSON"}
    assert "Carlos Pérez Ricart" in people
    for e in doc["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
        assert not e["text"].startswith("the ") and not e["text"].endswith("'s")  # names, as listed
    assert "United States" in {e["text"] for e in doc["entities"]}  # written "the United States"


def test_analyze_folder_prints_json_lines_and_reads_stdin():
    code, out, _ = run("analyze", EXAMPLES, "--format", "json")
    assert code == 0
    assert len(out.splitlines()) == 6  # 5 files, the JSONL holds 2 articles
    code, out, _ = run("analyze", "-", "--format", "json",
                       stdin=b"The mayor said the bridge will open in May.")
    assert code == 0 and json.loads(out)["article"]["text"].startswith("The mayor")


def test_spanish_is_recognized_and_said_plainly():
    code, out, _ = run("analyze", EXAMPLES / "nota-es.txt", "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert doc["article"]["language"] == "es"
    assert doc["entities"] == [] and "Spanish" in doc["notes"][0]


def test_bad_files_get_one_line_each_and_good_ones_are_still_stored(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-good.txt").write_text("The council voted 7 to 2 to close the plant on Tuesday.")
    (batch / "b-binary.txt").write_bytes(os.urandom(2048))
    (batch / "c-empty.html").write_text("")
    (batch / "d-good.txt").write_text("Police said 12 people were arrested after the march.")
    db = tmp_path / "desk.db"
    code, _, err = run("ingest", batch, "--db", db)
    assert code == 1
    lines = err.strip().splitlines()
    assert any("b-binary.txt" in l and "binary" in l for l in lines)
    assert any("c-empty.html" in l and "empty" in l for l in lines)
    assert "Traceback" not in err
    code, out, _ = run("articles", "--db", db, "--format", "json")
    assert code == 0 and len(out.splitlines()) == 2


def test_ingest_twice_stores_once_and_show_prints_it(tmp_path):
    db = tmp_path / "desk.db"
    assert run("ingest", EXAMPLES / "sentencing-report.html", "--db", db)[0] == 0
    code, _, err = run("ingest", EXAMPLES / "sentencing-report.html", "--db", db)
    assert code == 0 and "stored 0 new article(s), 1 already" in err
    rows = [json.loads(l) for l in run("articles", "--db", db, "--format", "json")[1].splitlines()]
    assert len(rows) == 1
    code, out, _ = run("show", rows[0]["id"][:10], "--db", db)
    assert code == 0 and "Former security chief sentenced in New York" in out
    code, _, err = run("show", "nope", "--db", db)
    assert code != 0 and "no article 'nope'" in err


def test_env_var_chooses_the_archive(tmp_path):
    db = tmp_path / "env.db"
    code, _, _ = run("ingest", EXAMPLES / "election-violence.md", env={"FACTDESK_DB": str(db)})
    assert code == 0 and db.exists()


def test_missing_path_and_oversize_exit_nonzero_without_traceback(tmp_path):
    code, _, err = run("analyze", tmp_path / "nope.txt")
    assert code == 1 and "no such file" in err and "Traceback" not in err
    big = tmp_path / "big.txt"
    big.write_text("word " * 400_000)
    code, _, err = run("analyze", big, "--max-size", "1")
    assert code == 1 and "over the 1.0 MB limit" in err
