"""The language of the interface: which one to use, and Qt's translators for it.

The setting (``Settings.language``) is "system", "en" or "de". "system" takes the first of
the system's UI languages that HipTrainer speaks (English counts), so a German desktop gets
German and anything else English. English is the source language: nothing is loaded for it,
so an English start costs no file reads. For German two translators are installed: the
app's own ``resources/i18n/hiptrainer_de.qm`` (compiled from every area's
``translations/de/<area>.ts`` by ``tools/update_translations.py``) and Qt's
``qtbase_de.qm`` for the standard dialogs and buttons. The catalogue's texts and the voice
lines are not Qt translations: the code that loads them asks :func:`setup_language` which
language it chose.

The catalogue's controlled words (muscles, equipment, positions, rep units, focus) have their
labels in ``resources/i18n/<lang>/vocabulary.toml``, not in a .ts: the app's translator also
answers ``QCoreApplication.translate("Vocabulary", word, group)`` from that file (see
:func:`vocabulary_label`), so a view shows a word's label the way it shows any other text.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

# The context the catalogue's controlled words are translated in (the group is the
# disambiguation): one owner, which the Qt-free layers' ``words.label`` asks too.
from hiptrainer.domain.words import VOCABULARY
from hiptrainer.paths import resources_dir

log = logging.getLogger(__name__)

__all__ = [
    "LANGUAGE_SETTINGS",
    "install_domain_words",
    "install_translators",
    "language_choices",
    "language_for",
    "remove_translators",
    "setup_language",
    "vocabulary_label",
]

# The languages HipTrainer speaks; the first is the source language of its texts. (Plain
# comments here: lupdate hands every "#:" comment before a translatable string to the
# translator as a note on it.)
LANGUAGES = ("en", "de")
# The values of the ``language`` setting.
LANGUAGE_SETTINGS = ("system", *LANGUAGES)
# Each language by its own name, as a language menu shows it to someone who cannot read the
# current one; only "system" is translated.
_NAMES = {
    #: In the language menu: HipTrainer speaks the language of the desktop (German on a
    #: German desktop, English on any other).
    "system": str(QT_TRANSLATE_NOOP("Language", "Same as the system")),
    "en": "English",
    "de": "Deutsch",
}


def language_for(setting: str, ui_languages: Sequence[str]) -> str:
    """The language to use for ``setting`` on a system whose UI languages, most wanted
    first, are ``ui_languages`` (``QLocale.uiLanguages()``: "de-DE", "en-GB", …)."""
    if setting in LANGUAGES:
        return setting
    if setting != "system":
        log.warning("Unknown language setting %r; following the system", setting)
    for name in ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return LANGUAGES[0]


def language_choices() -> list[tuple[str, str]]:
    """(setting, label) for a language menu, in the current language."""
    return [
        (key, QCoreApplication.translate("Language", label) if key == "system" else label)
        for key, label in _NAMES.items()
    ]


def vocabulary_label(group: str, word: str) -> str:
    """The label of a controlled word (``vocabulary_label("muscles", "hip adductors")``) in
    the interface's language: the word itself in English or where the language has none."""
    return QCoreApplication.translate(VOCABULARY, word, group) or word


class AppTranslator(QTranslator):
    """The app's .qm, and the ``Vocabulary`` context from a vocabulary file's labels (group
    -> word -> label)."""

    def __init__(self, labels: dict[str, dict[str, str]], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.labels = labels

    def translate(  # noqa: D102 - QTranslator's
        self,
        context: str,
        sourceText: str,  # noqa: N803 - QTranslator's names
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if context != VOCABULARY:
            found = super().translate(context, sourceText, disambiguation, n)
        else:
            found = self.labels.get(disambiguation or "", {}).get(sourceText, "")
        # None reaches Qt as a null string: "not here, ask the next translator". An empty
        # string would be taken as the translation, and every other text would vanish.
        return found or None  # type: ignore[return-value]

    def isEmpty(self) -> bool:  # noqa: N802
        return super().isEmpty() and not self.labels


def read_vocabulary(path: Path) -> dict[str, dict[str, str]]:
    """The labels of a vocabulary file (its groups' string tables); a file that is missing
    or cannot be read is logged and gives none. Its words are checked against the
    vocabulary by the catalogue's tests (catalog.translate.overlay_problems)."""
    import tomllib  # only a translated start reads one: English loads no parser

    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.warning("Cannot read %s; the catalogue's words stay in English: %s", path, exc)
        return {}
    return {
        group: {word: label for word, label in table.items() if isinstance(label, str)}
        for group, table in data.items()
        if isinstance(table, dict)
    }


def qm_files(language: str, app_dir: Path | None = None) -> list[Path]:
    """The .qm files a language needs: Qt's own first, then the app's (which may override
    Qt's wording, as the later-installed translator is asked first)."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    app_dir = app_dir or resources_dir() / "i18n"
    return [qt_dir / f"qtbase_{language}.qm", app_dir / f"hiptrainer_{language}.qm"]


def install_translators(
    app: QCoreApplication, language: str, app_dir: Path | None = None
) -> list[QTranslator]:
    """Install the translators of ``language`` on ``app`` and return them (parented to it,
    so they live as long as it does). None for English. A file that is missing or cannot be
    read is logged and skipped: the interface then stays partly in English."""
    if language == LANGUAGES[0]:
        return []
    installed: list[QTranslator] = []
    qt_qm, app_qm = qm_files(language, app_dir)
    labels = read_vocabulary(app_qm.parent / language / "vocabulary.toml")
    for path, translator in ((qt_qm, QTranslator(app)), (app_qm, AppTranslator(labels, app))):
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("Cannot load the translation %s; those texts stay in English", path)
            translator.deleteLater()
    install_domain_words(language)
    return installed


def remove_translators(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    """Take ``translators`` off ``app`` again (a language change, or a test's teardown); the
    Qt-free layers' words are English again."""
    from hiptrainer.domain import words

    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    words.reset()


#: Qt's date patterns for the Qt-free layers' short ("28. Nov.") and long ("7. März 2025")
#: dates, per language (English keeps the domain's own formats).
_DATE_PATTERNS = {"de": ("d. MMM", "d. MMMM yyyy")}


def _domain_translate(context: str, text: str, disambiguation: str | None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


def install_domain_words(language: str) -> None:
    """The Qt-free layers' texts (``hiptrainer.domain.words``: doses, reasons, readings,
    sheets) through the installed translators, their numbers and dates in the default
    QLocale, read when each text is made (so :func:`use_locale_of` may come later)."""
    from hiptrainer.domain import words

    short, long = _DATE_PATTERNS.get(language, ("d MMM", "d MMMM yyyy"))
    words.install(
        _domain_translate,
        words.Formats(
            decimal=lambda value, places: QLocale().toString(float(value), "f", places),
            short_date=lambda day: QLocale().toString(QDate(day.year, day.month, day.day), short),
            long_date=lambda day: QLocale().toString(QDate(day.year, day.month, day.day), long),
        ),
    )


def setup_language(app: QCoreApplication, settings: object) -> str:
    """Choose the language from ``settings`` (its ``language`` field; "system" when it has
    none yet), install its translators on ``app`` and return it ("en" or "de"). Call it once
    the application exists and before any window is built: texts are translated when set."""
    setting = getattr(settings, "language", "system")
    language = language_for(str(setting), QLocale.system().uiLanguages())
    install_translators(app, language)
    return language
