"""The Settings dialog: the player, progress and sheets, appearance and language on three
pages, with OK, Cancel and Restore Defaults. It edits a copy: ``open_settings`` returns the
new settings on OK (the caller saves and applies them) and None on Cancel.

Mnemonics are unique across the whole dialog, so an Alt+letter never means two things.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.settings import Settings
from hiptrainer.ui.i18n import language_choices
from hiptrainer.ui.player.options import SIDE_ORDERS
from hiptrainer.ui.settings.controls import (
    Binding,
    check_box,
    choice_box,
    number_box,
    percent_box,
    seconds_box,
    voice_box,
)
from hiptrainer.ui.style.tokens import SPACE_L, SPACE_M, SPACE_S, scaled_font

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

# The choices of the menus (translated where shown: _choices). The languages are named by
# hiptrainer.ui.i18n, each in its own language.
THEMES = (
    #: Colour theme: light or dark as the desktop is set, changing when it does.
    ("system", str(QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"))),
    ("light", str(QT_TRANSLATE_NOOP("SettingsDialog", "Light"))),
    ("dark", str(QT_TRANSLATE_NOOP("SettingsDialog", "Dark"))),
)
PAGE_SIZES = (
    ("system", str(QT_TRANSLATE_NOOP("SettingsDialog", "The region's usual (A4 or Letter)"))),
    ("A4", "A4"),
    ("Letter", "Letter"),
)
BEEPS = (
    #: How many of a phase's last seconds the tones count down.
    (3, str(QT_TRANSLATE_NOOP("SettingsDialog", "The last 3 seconds"))),
    (5, str(QT_TRANSLATE_NOOP("SettingsDialog", "The last 5 seconds"))),
)
SIDE_ORDER_TEXTS = {
    "left_first": str(QT_TRANSLATE_NOOP("SettingsDialog", "Left side first")),
    "right_first": str(QT_TRANSLATE_NOOP("SettingsDialog", "Right side first")),
    "alternate": str(QT_TRANSLATE_NOOP("SettingsDialog", "Alternate sides every set")),
}


def _choices(choices: Sequence[tuple[object, str]]) -> list[tuple[object, str]]:
    """``choices`` with their texts in the interface's language."""
    return [(value, QCoreApplication.translate("SettingsDialog", text)) for value, text in choices]


def side_orders() -> list[tuple[object, str]]:
    """The player's side orders (its values, in its order), worded here for translation."""
    return _choices([(value, SIDE_ORDER_TEXTS.get(value, text)) for value, text in SIDE_ORDERS])


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, voices: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self.bindings: dict[str, Binding] = {}

        self.pages = QTabWidget()
        self.pages.setObjectName("settingsPages")
        self.pages.addTab(self._player_page(voices), self.tr("&Player"))
        self.pages.addTab(self._progress_page(), self.tr("P&rogress && Sheets"))
        self.pages.addTab(self._appearance_page(), self.tr("&Appearance && Language"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.setObjectName("settingsButtons")
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setText(self.tr("Restore &Defaults"))
        self.restore_button.setObjectName("restoreDefaults")
        self.restore_button.setToolTip(
            self.tr("Put every setting on every page back to its default")
        )
        self.restore_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
        layout.setSpacing(SPACE_M)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self._fill(settings)
        self.setWindowIcon(self._icon())

    # --- what it edits -----------------------------------------------------------------

    def chosen(self) -> Settings:
        """The settings as the dialog shows them; fields it does not show are kept."""
        values = {name: binding.read() for name, binding in self.bindings.items()}
        return msgspec.structs.replace(self._original, **values)

    def restore_defaults(self) -> None:
        self._fill(Settings())

    def control(self, field: str) -> QWidget:
        return self.bindings[field].control

    def _fill(self, settings: Settings) -> None:
        for name, binding in self.bindings.items():
            binding.write(getattr(settings, name))

    def _add(self, form: QFormLayout, binding: Binding) -> None:
        self.bindings[binding.field] = binding
        if binding.label is None:
            form.addRow(binding.control)
            return
        caption = QLabel(binding.label)
        caption.setBuddy(binding.control)
        form.addRow(caption, binding.control)

    # --- pages -------------------------------------------------------------------------

    def _player_page(self, voices: Sequence[str]) -> QWidget:
        times = QGroupBox(self.tr("Times"))
        form = _form(times)
        for binding in (
            #: The seconds to get into position before the first exercise.
            seconds_box("prepare_s", self.tr("&Get ready"),
                        self.tr("Seconds to get into position at the start")),
            seconds_box("switch_sides_s", self.tr("S&witch sides"),
                        self.tr("Seconds to change sides")),
            seconds_box("rest_between_sets_s", self.tr("Rest between s&ets"),
                        self.tr("The rest a new exercise starts with"), step=5),
            seconds_box("rest_between_exercises_s", self.tr("Rest between e&xercises"),
                        self.tr("The rest a new routine starts with"), step=5),
            choice_box("side_order", self.tr("Side &order"),
                       self.tr("Which side a one-sided exercise starts with"), side_orders()),
        ):  # fmt: skip
            self._add(form, binding)

        sound = QGroupBox(self.tr("Sound"))
        form = _form(sound)
        tones = check_box(
            "tones", self.tr("&Tones"), self.tr("Beeps for each new phase and the last seconds")
        )
        voice = check_box(
            "voice", self.tr("&Voice"), self.tr("Spoken phases, sides, what comes next, rep counts")
        )
        for binding in (
            tones,
            choice_box("countdown_beeps", self.tr("&Beeps count down"),
                       self.tr("How many of a phase's last seconds the tones count"),
                       _choices(BEEPS)),
            voice,
            voice_box(self.tr("Spea&king voice"), voices),
            check_box("voice_countdown", self.tr("&Count down aloud"),
                      self.tr("The voice counts the last three seconds: three, two, one")),
            percent_box("volume", self.tr("Vol&ume"),
                        self.tr("How loud the tones and the voice are")),
        ):  # fmt: skip
            self._add(form, binding)
        _enables(tones, [self.control("countdown_beeps")])
        _enables(voice, [self.control("voice_name"), self.control("voice_countdown")])
        return _page(times, sound)

    def _progress_page(self) -> QWidget:
        progress = QGroupBox(self.tr("Progress"))
        self._add(_form(progress), number_box(
            "weekly_goal", self.tr("&Sessions a week to aim for"),
            self.tr("Weeks with this many sessions count towards your streak")))  # fmt: skip
        sheets = QGroupBox(self.tr("Printed sheets"))
        form = _form(sheets)
        for binding in (
            choice_box("page_size", self.tr("Paper si&ze"),
                       self.tr("The paper sheets are laid out for"), _choices(PAGE_SIZES)),
            check_box("large_print", self.tr("&Large print (14 pt text)"),
                      self.tr("Bigger text on sheets")),
        ):  # fmt: skip
            self._add(form, binding)
        return _page(progress, sheets)

    def _appearance_page(self) -> QWidget:
        look = QGroupBox(self.tr("Appearance and language"))
        form = _form(look)
        for binding in (
            choice_box("theme", self.tr("Colour t&heme"),
                       self.tr("Light, dark, or as the system is set"), _choices(THEMES)),
            choice_box("language", self.tr("La&nguage"),
                       self.tr("The language of menus, pages and voice"), language_choices()),
        ):  # fmt: skip
            self._add(form, binding)
        note = QLabel(self.tr("A new language takes effect when HipTrainer starts again."))
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        note.setFont(scaled_font(note.font(), "small"))
        form.addRow(note)
        return _page(look)

    def _icon(self) -> QIcon:
        from hiptrainer.ui.style.icons import icon

        return icon("settings")


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    # Each control at its own natural width: a spin box for seconds is not a ruler.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setHorizontalSpacing(SPACE_M)
    form.setVerticalSpacing(SPACE_S)
    return form


def _page(*groups: QGroupBox) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(SPACE_M, SPACE_M, SPACE_M, SPACE_M)
    layout.setSpacing(SPACE_L)
    for group in groups:
        layout.addWidget(group)
    layout.addStretch(1)
    return page


def _enables(switch: Binding, controls: list[QWidget]) -> None:
    """``controls`` only mean something while ``switch`` is on (no voice, no voice to pick)."""
    box = switch.control
    assert isinstance(box, QCheckBox)

    def follow(on: bool) -> None:
        for control in controls:
            control.setEnabled(on)

    box.toggled.connect(follow)
    follow(box.isChecked())


def system_voices(engine: str | None = None) -> list[str]:
    """The speech engine's voices by name; none when no engine works (logged)."""
    from hiptrainer.cues.voice import SpeechQueue

    speech = SpeechQueue(engine)
    try:
        if speech.tts is None:
            log.info("No voices to choose from: %s", speech.problem)
            return []
        return sorted({voice.name() for voice in speech.tts.availableVoices() if voice.name()})
    finally:
        speech.deleteLater()


def open_settings(
    parent: QWidget | None, settings: Settings, voices: Sequence[str] | None = None
) -> Settings | None:
    """Show the dialog modally: the new settings on OK, None on Cancel. ``voices`` lists the
    voices to offer (the speech engine's, asked now, when not given)."""
    dialog = SettingsDialog(settings, system_voices() if voices is None else voices, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None
    finally:
        dialog.deleteLater()
