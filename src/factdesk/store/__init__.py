"""The archive. The only package that speaks SQL."""
from factdesk.store.archive import Archive, default_db_path

__all__ = ["Archive", "default_db_path"]
