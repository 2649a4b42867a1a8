"""One error base class for graphkit; every message names the bad value and what is valid."""
from __future__ import annotations


class GraphkitError(Exception):
    """Base of every error graphkit raises on purpose.

    ``code`` is a short stable identifier (like spaCy's ``E050``) that users
    can search for; ``str(err)`` is one plain sentence.
    """

    code = "G000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ModelNotFoundError(GraphkitError):
    """No spaCy pipeline of that name is installed."""

    code = "G001"


class UnknownFormatError(GraphkitError):
    """An output path has an extension graphkit cannot write."""

    code = "G002"


class InputError(GraphkitError):
    """An input (file, line, record) could not be read; the run goes on without it."""

    code = "G003"

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NoInputError(GraphkitError):
    """No document could be read from any input."""

    code = "G004"


class UnknownActorError(GraphkitError, LookupError):
    """No node (or more than one) answers to the name given for an actor."""

    code = "G020"


class GoldError(GraphkitError):
    """A gold file cannot be read or does not follow the gold format."""

    code = "G021"


class TableError(GraphkitError, ValueError):
    """A knowledge table (``graphkit/data/*.tsv`` or one given by path) is malformed or unreadable."""

    code = "G008"
