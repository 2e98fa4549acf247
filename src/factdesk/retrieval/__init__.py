"""Evidence search over the archive: lexical (BM25), dense (MiniLM) and the two fused."""
from factdesk.retrieval.search import Hit, Retriever, search

__all__ = ["Hit", "Retriever", "search"]
