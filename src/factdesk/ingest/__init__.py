"""Reading articles: text, Markdown, HTML, JSON/JSONL records, folders and stdin -> Article."""
from factdesk.ingest.reader import DEFAULT_MAX_BYTES, ReadFailure, read_lines, read_paths, read_text

__all__ = ["DEFAULT_MAX_BYTES", "ReadFailure", "read_lines", "read_paths", "read_text"]
