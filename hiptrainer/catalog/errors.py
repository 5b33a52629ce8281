"""The one exception type of the catalogue layer."""

from __future__ import annotations


class CatalogError(Exception):
    """A definition file is unreadable or invalid; ``str()`` is one line for the user."""

    def __init__(self, message: str) -> None:
        # A key or value from the file may hold a line break; the message never does.
        super().__init__(message.replace("\r", "\\r").replace("\n", "\\n"))
