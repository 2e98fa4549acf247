"""The archive is a real SQLite file: dedup, whole-article transactions, full-text search."""
from __future__ import annotations

import numpy as np
import pytest

from factdesk.models import Analysis, Article, Sentence
from factdesk.store import Archive


def _analysis(text: str, url: str | None = None) -> Analysis:
    article = Article(text=text, url=url, title="t")
    sentences = [Sentence(article.id, 0, 0, len(text), text)]
    return Analysis(article, sentences=sentences)


def test_same_article_is_stored_once_by_url_else_by_text(tmp_path):
    archive = Archive(tmp_path / "a.db")
    assert archive.add(_analysis("Version one.", url="https://n.example/1"))[1] is True
    assert archive.add(_analysis("Version two, edited.", url="https://n.example/1"))[1] is False
    assert archive.add(_analysis("No url here."))[1] is True
    assert archive.add(_analysis("No url here."))[1] is False
    assert archive.count() == 2


def test_article_is_stored_whole_or_not_at_all(tmp_path):
    archive = Archive(tmp_path / "a.db")
    archive.add(_analysis("The first article stays."))
    broken = _analysis("This one breaks half way.")
    broken.sentences.append(Sentence(broken.article.id, 1, 0, 4, "This"))
    one_vector_for_two_sentences = np.zeros((1, 384), dtype=np.float32)  # crashes mid-insert
    with pytest.raises(IndexError):
        archive.add(broken, one_vector_for_two_sentences)
    assert archive.count() == 1
    assert [r["title"] for r in archive.list_articles()] == ["t"]
    assert archive.search_sentences("breaks") == []
    assert archive.search_sentences("stays")[0].text == "The first article stays."


def test_full_text_search_is_parameterized(tmp_path):
    archive = Archive(tmp_path / "a.db")
    archive.add(_analysis("Over 30 candidates were assassinated in 2024."))
    hits = archive.search_sentences("candidates assassinated'); DROP TABLE articles; --")
    assert hits and hits[0].text.startswith("Over 30 candidates")
    assert archive.count() == 1


def test_reopened_archive_keeps_everything(tmp_path):
    path = tmp_path / "a.db"
    a = Archive(path)
    article_id, _ = a.add(_analysis("Kept across restarts."))
    a.close()
    b = Archive(path)
    assert b.get_analysis(article_id[:8]).article.text == "Kept across restarts."


def test_not_a_database_is_a_clear_error(tmp_path):
    from factdesk.errors import StoreError

    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="cannot open the archive"):
        Archive(bad)


def test_what_an_article_names_and_where(tmp_path):
    from factdesk.models import Entity

    text = "Texas passed SB4 in Austin on Monday."
    analysis = _analysis(text)
    analysis.entities = [Entity("Texas", "GPE", 0, 5), Entity("SB4", "ORG", 13, 16),
                         Entity("Austin", "GPE", 20, 26), Entity("Monday", "DATE", 30, 36)]
    archive = Archive(tmp_path / "a.db")
    archive.add(analysis)
    article_id = analysis.article.id
    assert archive.names(article_id) == {"sb4"}  # places apart
    assert sorted(archive.places(article_id)) == [("Austin", 20, 26), ("Texas", 0, 5)]
