"""Shared fixtures: models are loaded once per test session."""
from __future__ import annotations

import pytest

from factdesk.nlp import load_spacy


@pytest.fixture(scope="session")
def nlp():
    return load_spacy("en")


@pytest.fixture(scope="session")
def archive_of(tmp_path_factory):
    """Builds a real SQLite archive from article files and folders: archive_of(name, paths)."""
    from factdesk.archive_ops import ingest_analyses
    from factdesk.ingest import read_paths
    from factdesk.pipeline import analyze_articles
    from factdesk.store import Archive

    def build(name: str, paths: list[str]) -> Archive:
        archive = Archive(tmp_path_factory.mktemp(name) / f"{name}.db")
        assert all(err is None for *_, err in ingest_analyses(archive, analyze_articles(list(read_paths(paths)))))
        return archive

    return build
