"""The app in the chosen language: the bundled exercise and self-test texts, and the formats
of dates and numbers."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from hiptrainer.catalog import CatalogError

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog
    from hiptrainer.domain.selftest import SelfTest

log = logging.getLogger("hiptrainer")


def use_locale_of(language: str) -> None:
    """Dates and numbers in ``language`` ("29. Nov. 2026" in German) when it is not the
    system's own (whose regional formats, en_GB or de_AT, are kept when it is)."""
    wanted, system = QLocale(language), QLocale.system().language()
    if system == wanted.language() or (language == "en" and system == QLocale.Language.C):
        return  # the C locale is English enough, and formats numbers as the code does
    QLocale.setDefault(wanted)


def translated(catalog: Catalog, language: str) -> Catalog:
    """The bundled catalogue in ``language`` (English as it is; a text whose translation is
    missing or out of date stays English)."""
    if language == "en":
        return catalog
    from hiptrainer.catalog.translate import load_overlay, translate_catalog

    try:
        return translate_catalog(catalog, load_overlay(language))
    except CatalogError as exc:
        log.error("Exercise texts in %s cannot be read, showing English: %s", language, exc)
        return catalog


@cache
def translated_selftests(language: str) -> Mapping[str, SelfTest]:
    """The bundled hip self-tests in ``language`` (read once; English as they are)."""
    from hiptrainer.catalog.selftests import bundled_selftests

    tests = bundled_selftests()
    if language == "en":
        return tests
    from hiptrainer.catalog.translate import load_overlay, translate_selftests

    try:
        return translate_selftests(tests, load_overlay(language))
    except CatalogError as exc:
        log.error("Self-test texts in %s cannot be read, showing English: %s", language, exc)
        return tests
