"""English counts for texts translated with ``%n`` plurals.

Qt picks a plural form from a translation; English is the source language and has no
translation loaded (an English start reads no .qm), so ``translate("Ctx", "%n set(s)", "", n)``
comes back as "1 set(s)". :func:`plural` turns the source's "(s)" into the English form for
the count; a translated text has no "(s)" and passes through as it is. Write the English of
such a text so that "(s)" is its only change between one and many.
"""

from __future__ import annotations


def plural(text: str, count: int) -> str:
    """``text`` (already translated, ``%n`` filled in) with "(s)" made English for ``count``."""
    return text.replace("(s)", "" if count == 1 else "s")
