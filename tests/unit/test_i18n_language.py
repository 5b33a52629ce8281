"""Choosing the interface language and installing Qt's translators for it."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from hiptrainer.ui import i18n


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs; taken off the shared application afterwards."""
    translators: list[QTranslator] = []
    yield translators
    i18n.remove_translators(qapp, translators)


@pytest.mark.parametrize(
    ("setting", "ui_languages", "expected"),
    [
        ("system", ["de-DE", "en-US"], "de"),
        ("system", ["de_AT"], "de"),
        ("system", ["en-GB", "de-DE"], "en"),
        ("system", ["fr-FR", "de-CH", "en"], "de"),  # the first language HipTrainer speaks
        ("system", ["fr-FR", "ja-JP"], "en"),
        ("system", [], "en"),
        ("en", ["de-DE"], "en"),
        ("de", ["en-US"], "de"),
    ],
)
def test_the_language_follows_the_setting_then_the_system(
    setting: str, ui_languages: list[str], expected: str
) -> None:
    assert i18n.language_for(setting, ui_languages) == expected


def test_an_unknown_setting_follows_the_system_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="hiptrainer.ui.i18n"):
        assert i18n.language_for("klingon", ["de-DE"]) == "de"
    assert "Unknown language setting 'klingon'" in caplog.text


def test_english_loads_nothing(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_files(*_: object) -> list[Path]:
        raise AssertionError("English must not look for translation files")

    monkeypatch.setattr(i18n, "qm_files", no_files)
    assert i18n.install_translators(qapp, "en") == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_german_translates_qt_dialogs_and_the_app(
    qapp: QApplication, installed: list[QTranslator]
) -> None:
    installed += i18n.install_translators(qapp, "de")
    assert len(installed) == 2
    # Qt's own: the standard buttons of every dialog.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    # HipTrainer's own .qm.
    assert i18n.language_choices() == [
        ("system", "Systemsprache"),
        ("en", "English"),
        ("de", "Deutsch"),
    ]


def test_removing_the_translators_brings_english_back(qapp: QApplication) -> None:
    translators = i18n.install_translators(qapp, "de")
    i18n.remove_translators(qapp, translators)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.language_choices()[0] == ("system", "Same as the system")


def test_a_missing_app_translation_is_logged_and_qt_s_still_loads(
    qapp: QApplication,
    installed: list[QTranslator],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="hiptrainer.ui.i18n"):
        installed += i18n.install_translators(qapp, "de", app_dir=tmp_path)
    assert len(installed) == 1
    assert f"Cannot load the translation {tmp_path / 'hiptrainer_de.qm'}" in caplog.text
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert i18n.language_choices()[0] == ("system", "Same as the system")


def test_a_damaged_app_translation_is_skipped(
    qapp: QApplication,
    installed: list[QTranslator],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "hiptrainer_de.qm").write_bytes(b"not a qm file at all")
    with caplog.at_level(logging.WARNING, logger="hiptrainer.ui.i18n"):
        installed += i18n.install_translators(qapp, "de", app_dir=tmp_path)
    assert len(installed) == 1
    assert "Cannot load the translation" in caplog.text


def test_setup_reads_the_setting(qapp: QApplication, installed: list[QTranslator]) -> None:
    assert i18n.setup_language(qapp, SimpleNamespace(language="en")) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.setup_language(qapp, SimpleNamespace(language="de")) == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    installed += qapp.findChildren(QTranslator)


def test_settings_without_a_language_field_follow_the_system(
    qapp: QApplication, installed: list[QTranslator], monkeypatch: pytest.MonkeyPatch
) -> None:
    class System:
        @staticmethod
        def uiLanguages() -> list[str]:  # noqa: N802 - QLocale's name
            return ["de-DE"]

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: System()))
    assert i18n.setup_language(qapp, object()) == "de"
    installed += qapp.findChildren(QTranslator)


def test_the_language_settings_are_the_documented_ones() -> None:
    assert i18n.LANGUAGE_SETTINGS == ("system", "en", "de")
    assert [key for key, _ in i18n.language_choices()] == list(i18n.LANGUAGE_SETTINGS)


def test_german_labels_the_catalogue_s_words_and_english_keeps_them(
    qapp: QApplication, installed: list[QTranslator]
) -> None:
    assert i18n.vocabulary_label("muscles", "hip adductors") == "hip adductors"
    installed += i18n.install_translators(qapp, "de")
    assert i18n.vocabulary_label("muscles", "hip adductors") == "Adduktoren"
    assert i18n.vocabulary_label("positions", "standing") == "im Stand"
    assert i18n.vocabulary_label("equipment", "mat") == "Matte"
    # The group matters, and a word without a label stays as it is.
    assert i18n.vocabulary_label("equipment", "hip adductors") == "hip adductors"
    assert i18n.vocabulary_label("muscles", "no such muscle") == "no such muscle"
    # Every other text is still the .qm files' to answer, and one no file has stays as it is
    # (an empty answer from the app's translator would have been taken as its translation).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QCoreApplication.translate("Vocabulary", "Cancel") == "Cancel"
    assert QCoreApplication.translate("NoSuchContext", "Not translated") == "Not translated"
    assert i18n.language_choices()[0] == ("system", "Systemsprache")


def test_a_missing_or_damaged_vocabulary_leaves_the_words_english(
    qapp: QApplication,
    installed: list[QTranslator],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The app's .qm as it is, beside a damaged vocabulary file.
    shutil.copyfile(i18n.qm_files("de")[1], tmp_path / "hiptrainer_de.qm")
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "vocabulary.toml").write_text("[muscles\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="hiptrainer.ui.i18n"):
        installed += i18n.install_translators(qapp, "de", app_dir=tmp_path)
    assert len(installed) == 2
    assert "the catalogue's words stay in English" in caplog.text
    assert i18n.vocabulary_label("muscles", "hip adductors") == "hip adductors"
    assert i18n.language_choices()[0] == ("system", "Systemsprache")  # the .qm still works
