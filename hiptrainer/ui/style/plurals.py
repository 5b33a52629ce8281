"""English counts for texts translated with ``%n`` plurals.

Qt picks a plural form from a translation; English is the source language and has no
translation loaded (an English start reads no .qm), so ``translate("Ctx", "%n set(s)", "", n)``
comes back as "1 set(s)". :func:`plural` turns the source's "(s)" into the English form for
the count; a translated text has no "(s)" and passes through as it is. Write the English of
such a text so that "(s)" is its only change between one and many.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject


def plural(text: str, count: int) -> str:
    """``text`` (already translated, ``%n`` filled in) with "(s)" made English for ``count``."""
    return text.replace("(s)", "" if count == 1 else "s")


class TextContext(QObject):
    """A class whose name is a translation context, for texts outside any widget: write
    ``Name.tr("%n day(s)", "", days)``. pyside6-lupdate finds a plural only in ``tr()`` called
    on a class (or ``self``) with a plain name as its count, never in
    ``QCoreApplication.translate``; PySide looks the text up under the class's name."""

    if TYPE_CHECKING:  # PySide calls tr() on the class; its stubs know only the method

        @classmethod
        def tr(cls, source_text: str, disambiguation: str | None = None, n: int = -1) -> str: ...
