"""FactdeskError and its children. Every message says what went wrong and what to do next."""
from __future__ import annotations


class FactdeskError(Exception):
    """Base class: the CLI prints the message on one line and exits non-zero."""


class InputError(FactdeskError):
    """A file or text that factdesk cannot read as an article."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class ModelMissingError(FactdeskError):
    """A packaged model is not installed."""


class StoreError(FactdeskError):
    """The archive cannot be opened or written."""


class ClaimError(FactdeskError):
    """A claim too short or too vague to check."""
