"""The SQLite archive: one file, one writer, parameterized SQL, one transaction per article."""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from factdesk.errors import StoreError
from factdesk.models import Analysis
from factdesk.store.migrations import migrate

_WORD = re.compile(r"\w+", re.UNICODE)


def default_db_path() -> str:
    return os.environ.get("FACTDESK_DB") or "factdesk.db"


@dataclass
class SentenceHit:
    sentence_id: int
    article_id: str
    index: int
    start: int
    end: int
    text: str
    score: float


class Archive:
    """Articles with their analysis, sentences (full-text indexed), quotes, claims, vectors."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = str(path or default_db_path())
        if self.path != ":memory:" and Path(self.path).is_dir():
            raise StoreError(f"{self.path} is a folder; give --db a file path like ./factdesk.db")
        try:
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA journal_mode = WAL")
            migrate(self._conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open the archive {self.path}: {exc} (is it a factdesk database?)"
            ) from exc
        self._lock = threading.RLock()
        self._vector_cache = None

    def close(self) -> None:
        self._conn.close()

    # -- writing ---------------------------------------------------------------------------
    def add(self, analysis: Analysis, vectors=None) -> tuple[str, bool]:
        """Store one analyzed article whole, or not at all. Returns (article id, newly stored).

        The same article is stored once: matched by URL when it has one, else by its text.
        `vectors` (optional) holds one embedding per sentence, in sentence order.
        """
        article = analysis.article
        content_hash = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
        with self._lock:
            existing = self._conn.execute(
                "SELECT id FROM articles WHERE (url IS NOT NULL AND url = ?) OR content_hash = ?",
                (article.url, content_hash),
            ).fetchone()
            if existing:
                return existing["id"], False
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                self._insert(analysis, content_hash, vectors)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._vector_cache = None
            return article.id, True

    def _insert(self, analysis: Analysis, content_hash: str, vectors) -> None:
        a = analysis.article
        c = self._conn
        c.execute(
            "INSERT INTO articles (id, url, content_hash, title, source, published, author,"
            " language, path, text, analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.url, content_hash, a.title, a.source, a.published, a.author, a.language,
             a.path, a.text, json.dumps(analysis.to_dict(), ensure_ascii=False)),
        )
        for i, s in enumerate(analysis.sentences):
            cur = c.execute(
                "INSERT INTO sentences (article_id, idx, start, end, text) VALUES (?,?,?,?,?)",
                (a.id, s.index, s.start, s.end, s.text),
            )
            if vectors is not None:
                c.execute(
                    "INSERT INTO sentence_vectors (sentence_id, vector) VALUES (?, ?)",
                    (cur.lastrowid, vectors[i].astype("float16").tobytes()),
                )
        for q in analysis.quotes:
            c.execute(
                "INSERT OR IGNORE INTO quotes (id, article_id, start, end, kind, text, speaker,"
                " role, cue) VALUES (?,?,?,?,?,?,?,?,?)",
                (q.id, a.id, q.start, q.end, q.kind.value, q.text,
                 q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None,
                 q.cue.text if q.cue else None),
            )
        for cl in analysis.claims:
            c.execute(
                "INSERT OR IGNORE INTO claims (id, article_id, start, end, text, score, type,"
                " assertion, claimant) VALUES (?,?,?,?,?,?,?,?,?)",
                (cl.id, a.id, cl.start, cl.end, cl.text, cl.score, cl.type.value,
                 cl.assertion.value, cl.claimant),
            )

    # -- reading ---------------------------------------------------------------------------
    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def list_articles(self, limit: int = 100, offset: int = 0) -> list[dict]:
        rows = self._conn.execute(
            "SELECT a.id, a.title, a.url, a.source, a.published, a.language, a.path,"
            " a.ingested_at, length(a.text) AS chars,"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,"
            " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims"
            " FROM articles a ORDER BY a.ingested_at DESC, a.rowid DESC LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [dict(r) for r in rows]

    def resolve_id(self, id_or_prefix: str) -> str | None:
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 2",
            (id_or_prefix, _like_prefix(id_or_prefix)),
        ).fetchall()
        exact = [r["id"] for r in rows if r["id"] == id_or_prefix]
        if exact:
            return exact[0]
        return rows[0]["id"] if len(rows) == 1 else None

    def get_analysis(self, id_or_prefix: str) -> Analysis | None:
        article_id = self.resolve_id(id_or_prefix)
        if article_id is None:
            return None
        row = self._conn.execute(
            "SELECT analysis FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return Analysis.from_dict(json.loads(row["analysis"]))

    def opening(self, article_id: str, length: int = 200) -> str:
        """The first `length` characters of an article's text (where its dateline stands)."""
        row = self._conn.execute("SELECT substr(text, 1, ?) FROM articles WHERE id = ?",
                                 (length, article_id)).fetchone()
        return row[0] if row else ""

    def article_meta(self, article_id: str) -> dict | None:
        row = self._conn.execute(
            "SELECT id, title, url, source, published, language FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return dict(row) if row else None

    def search_sentences(self, query: str, limit: int = 50) -> list[SentenceHit]:
        """BM25 over sentences (FTS5). Words of the query are OR-ed, each quoted as a literal."""
        words = [w for w in _WORD.findall(query.lower()) if len(w) > 1]
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        rows = self._conn.execute(
            "SELECT s.id, s.article_id, s.idx, s.start, s.end, s.text, bm25(sentences_fts) AS rank"
            " FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
            " WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [SentenceHit(r["id"], r["article_id"], r["idx"], r["start"], r["end"], r["text"],
                            -r["rank"]) for r in rows]

    def sentences_by_id(self, ids: list[int]) -> dict[int, SentenceHit]:
        out: dict[int, SentenceHit] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            for r in self._conn.execute(
                f"SELECT id, article_id, idx, start, end, text FROM sentences WHERE id IN ({marks})",
                part,
            ):
                out[r["id"]] = SentenceHit(r["id"], r["article_id"], r["idx"], r["start"],
                                           r["end"], r["text"], 0.0)
        return out

    def sentences_of(self, article_id: str) -> list[SentenceHit]:
        """Every sentence of an article, in order."""
        rows = self._conn.execute(
            "SELECT id, article_id, idx, start, end, text FROM sentences WHERE article_id = ? ORDER BY idx",
            (article_id,),
        ).fetchall()
        return [SentenceHit(r["id"], r["article_id"], r["idx"], r["start"], r["end"], r["text"], 0.0)
                for r in rows]

    def quote_covering(self, article_id: str, start: int, end: int) -> dict | None:
        """The attributed quote that overlaps most of [start, end), if any."""
        row = self._conn.execute(
            "SELECT id, speaker, role, kind, text, cue, start, end FROM quotes"
            " WHERE article_id = ? AND speaker IS NOT NULL AND start < ? AND end > ?"
            " ORDER BY (min(end, ?) - max(start, ?)) DESC LIMIT 1",
            (article_id, end, start, end, start),
        ).fetchone()
        return dict(row) if row else None

    def places(self, article_id: str) -> list[tuple[str, int, int]]:
        """The places (the recognizer's GPE and LOC) an article names: (text, start, end)."""
        rows = self._conn.execute(
            "SELECT json_extract(e.value, '$.text'), json_extract(e.value, '$.start'),"
            " json_extract(e.value, '$.end') FROM articles a, json_each(a.analysis, '$.entities') e"
            " WHERE a.id = ? AND json_extract(e.value, '$.label') IN ('GPE', 'LOC')",
            (article_id,),
        ).fetchall()
        return [tuple(r) for r in rows]

    def names(self, article_id: str) -> set[str]:
        """What an article names besides places (people, bodies, peoples, laws and the like), lower-cased."""
        rows = self._conn.execute(
            "SELECT DISTINCT lower(json_extract(e.value, '$.text')) FROM articles a,"
            " json_each(a.analysis, '$.entities') e WHERE a.id = ? AND json_extract(e.value, '$.label')"
            " IN ('PERSON', 'ORG', 'NORP', 'LAW', 'PRODUCT', 'EVENT', 'FAC', 'WORK_OF_ART')",
            (article_id,),
        ).fetchall()
        return {r[0] for r in rows if r[0]}

    def vectors(self):
        """(sentence ids, float32 matrix) of every stored sentence embedding, cached."""
        import numpy as np

        with self._lock:
            if self._vector_cache is None:
                rows = self._conn.execute(
                    "SELECT sentence_id, vector FROM sentence_vectors ORDER BY sentence_id"
                ).fetchall()
                ids = np.array([r[0] for r in rows], dtype=np.int64)
                if rows:
                    mat = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16)
                    mat = mat.reshape(len(rows), -1).astype(np.float32)
                else:
                    mat = np.zeros((0, 384), dtype=np.float32)
                self._vector_cache = (ids, mat)
            return self._vector_cache


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
