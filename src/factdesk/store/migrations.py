"""Schema migrations, numbered. The database's PRAGMA user_version is the last one applied."""
from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, their sentences (with a full-text index), quotes and claims.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT, source TEXT, published TEXT, author TEXT, language TEXT, path TEXT,
        text TEXT NOT NULL,
        analysis TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (article_id, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        kind TEXT NOT NULL, text TEXT NOT NULL,
        speaker TEXT, role TEXT, cue TEXT
    );
    CREATE INDEX quotes_article ON quotes(article_id);
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL,
        text TEXT NOT NULL, score REAL NOT NULL, type TEXT, assertion TEXT, claimant TEXT
    );
    CREATE INDEX claims_article ON claims(article_id);
    """,
    # 2: a sentence embedding per sentence (float16 bytes), for dense evidence search.
    """
    CREATE TABLE sentence_vectors (
        sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
        vector BLOB NOT NULL
    );
    """,
]


def migrate(conn) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with conn:
            conn.executescript("BEGIN;" + script + f"PRAGMA user_version = {number}; COMMIT;")
