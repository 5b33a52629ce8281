"""The Settings dialog: filled from the settings, changed by keyboard alone, OK returns the
new settings, Cancel returns None, Restore Defaults puts every page back."""

from __future__ import annotations

import re

import msgspec
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hiptrainer.settings import Settings
from hiptrainer.ui.settings import SettingsDialog, open_settings
from hiptrainer.ui.settings.controls import field_bounds
from hiptrainer.ui.settings.dialog import system_voices

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
#: Kept by the window itself, never shown in the dialog.
INTERNAL = {"version", "window_geometry", "last_tab", "library_exercise", "morning_pain_asked",
            "welcome_accepted"}  # fmt: skip
VOICES = ["Alice", "Bob"]

#: A user's own settings, every shown field away from its default.
MINE = Settings(
    window_geometry="AdnQyw==",
    last_tab="progress",
    welcome_accepted=1,
    morning_pain_asked=7,
    tones=False,
    voice=True,
    volume=0.35,
    voice_countdown=False,
    side_order="alternate",
    prepare_s=15,
    switch_sides_s=8,
    rest_between_sets_s=45,
    rest_between_exercises_s=90,
    countdown_beeps=5,
    voice_name="Bob",
    weekly_goal=4,
    theme="dark",
    language="de",
    page_size="Letter",
    large_print=True,
)


def make(qtbot: QtBot, settings: Settings = MINE, voices: list[str] = VOICES) -> SettingsDialog:
    dialog = SettingsDialog(settings, voices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def alt(qtbot: QtBot, dialog: QDialog, letter: Key) -> QWidget:
    """Press Alt+letter; the widget that has the focus after it."""
    qtbot.keyClick(dialog, letter, ALT)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def type_number(qtbot: QtBot, box: QWidget, text: str) -> None:
    qtbot.keyClick(box, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)


def test_every_setting_the_user_can_change_has_a_control(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    fields = {f.name for f in msgspec.structs.fields(Settings)}
    assert set(dialog.bindings) == fields - INTERNAL


def test_the_dialog_shows_the_settings_it_was_given(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert dialog.chosen() == MINE
    prepare = dialog.control("prepare_s")
    assert isinstance(prepare, QSpinBox)
    assert prepare.text() == "15 s"
    volume = dialog.control("volume")
    assert isinstance(volume, QSpinBox)
    assert volume.text() == "35 %"
    theme = dialog.control("theme")
    assert isinstance(theme, QComboBox)
    assert theme.currentText() == "Dark"


def test_fields_are_changed_by_keyboard_and_ok_returns_them(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    type_number(qtbot, alt(qtbot, dialog, Key.Key_G), "20")  # Get ready
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)  # on to Switch sides
    type_number(qtbot, QApplication.focusWidget(), "12")
    order = alt(qtbot, dialog, Key.Key_O)  # Side order
    qtbot.keyClick(order, Key.Key_Home)
    tones = dialog.control("tones")
    with qtbot.waitSignal(tones.toggled):  # type: ignore[attr-defined]
        assert alt(qtbot, dialog, Key.Key_T) is tones  # a check box's mnemonic toggles it
    beeps = alt(qtbot, dialog, Key.Key_B)
    qtbot.keyClick(beeps, Key.Key_Up)
    speaking = alt(qtbot, dialog, Key.Key_K)
    qtbot.keyClick(speaking, Key.Key_Home)  # the system's default voice
    type_number(qtbot, alt(qtbot, dialog, Key.Key_U), "90")  # Volume
    alt(qtbot, dialog, Key.Key_R)  # the Progress & Sheets page
    qtbot.keyClick(alt(qtbot, dialog, Key.Key_S), Key.Key_Up)  # weekly goal 4 -> 5
    qtbot.keyClick(alt(qtbot, dialog, Key.Key_Z), Key.Key_Home)  # paper: the region's
    with qtbot.waitSignal(dialog.control("large_print").toggled):  # type: ignore[attr-defined]
        alt(qtbot, dialog, Key.Key_L)  # large print off
    alt(qtbot, dialog, Key.Key_A)  # the Appearance & Language page
    qtbot.keyClick(alt(qtbot, dialog, Key.Key_H), Key.Key_Home)  # follow the system
    qtbot.keyClick(alt(qtbot, dialog, Key.Key_N), Key.Key_Down)  # de -> nothing below
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Up)  # de -> en
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Return)
    chosen = dialog.chosen()
    assert (chosen.prepare_s, chosen.switch_sides_s) == (20, 12)
    assert chosen.side_order == "left_first"
    assert chosen.tones is True
    assert chosen.countdown_beeps == 3
    assert chosen.voice_name == ""
    assert chosen.volume == 0.9
    assert chosen.weekly_goal == 5
    assert (chosen.page_size, chosen.large_print) == ("system", False)
    assert (chosen.theme, chosen.language) == ("system", "en")
    # What the dialog does not show is kept as it was.
    assert (chosen.window_geometry, chosen.last_tab) == ("AdnQyw==", "progress")
    assert (chosen.welcome_accepted, chosen.morning_pain_asked) == (1, 7)


def test_times_beyond_their_bounds_are_held_to_them(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    for field in ("prepare_s", "switch_sides_s", "rest_between_sets_s", "weekly_goal"):
        box = dialog.control(field)
        assert isinstance(box, QSpinBox)
        assert (box.minimum(), box.maximum()) == field_bounds(field)
    prepare = dialog.control("prepare_s")
    assert isinstance(prepare, QSpinBox)
    assert alt(qtbot, dialog, Key.Key_G) is prepare
    type_number(qtbot, prepare, "999")  # the box takes no digit past its bound
    qtbot.keyClick(prepare, Key.Key_Tab)
    assert prepare.value() == 9
    type_number(qtbot, alt(qtbot, dialog, Key.Key_G), "2")
    # Below the bound: made the bound when the user presses OK (Enter) in the box.
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(prepare, Key.Key_Return)
    assert dialog.chosen().prepare_s == field_bounds("prepare_s")[0]


def test_field_bounds_refuses_a_field_without_any() -> None:
    with pytest.raises(ValueError, match="no bounds"):
        field_bounds("tones")


def test_cancel_by_escape_returns_none_even_after_changes(qtbot: QtBot) -> None:
    results: list[Settings | None] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        type_number(qtbot, dialog.control("prepare_s"), "30")
        qtbot.keyClick(dialog, Key.Key_Escape)

    QTimer.singleShot(0, drive)
    results.append(open_settings(None, MINE, VOICES))
    assert results == [None]


def test_ok_through_open_settings_returns_new_settings(qtbot: QtBot) -> None:
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        box = dialog.control("large_print")
        assert isinstance(box, QCheckBox)
        box.setFocus()
        qtbot.keyClick(box, Key.Key_Space)
        qtbot.keyClick(dialog, Key.Key_Return)  # OK is the default button

    QTimer.singleShot(0, drive)
    result = open_settings(None, MINE, VOICES)
    assert result is not None
    assert result.large_print is False
    assert result == msgspec.structs.replace(MINE, large_print=False)
    assert MINE.large_print is True  # the settings passed in are not changed


def test_restore_defaults_puts_every_page_back(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    with qtbot.waitSignal(dialog.restore_button.clicked):
        alt(qtbot, dialog, Key.Key_D)  # Restore Defaults
    chosen = dialog.chosen()
    defaults = Settings()
    for field in dialog.bindings:
        assert getattr(chosen, field) == getattr(defaults, field), field
    assert chosen.window_geometry == "AdnQyw=="  # not a setting the dialog shows
    assert not dialog.isHidden()  # restoring is not closing


def test_the_voice_controls_follow_the_voice_and_tones_switches(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert not dialog.control("countdown_beeps").isEnabled()  # tones are off in MINE
    voice = dialog.control("voice")
    assert isinstance(voice, QCheckBox)
    voice.setChecked(False)
    assert not dialog.control("voice_name").isEnabled()
    assert not dialog.control("voice_countdown").isEnabled()
    voice.setChecked(True)
    assert dialog.control("voice_name").isEnabled()
    with qtbot.waitSignal(dialog.control("tones").toggled):  # type: ignore[attr-defined]
        alt(qtbot, dialog, Key.Key_T)
    assert dialog.control("countdown_beeps").isEnabled()


def test_a_chosen_voice_that_is_gone_stays_chosen(qtbot: QtBot) -> None:
    dialog = make(qtbot, msgspec.structs.replace(MINE, voice_name="Zed"), ["Alice"])
    combo = dialog.control("voice_name")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Zed (not installed)"
    assert dialog.chosen().voice_name == "Zed"
    assert [combo.itemText(i) for i in range(combo.count())][:2] == ["System default", "Alice"]


def test_every_control_has_an_accessible_name_and_a_description(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    for field, binding in dialog.bindings.items():
        control = binding.control
        assert control.accessibleName(), field
        assert "&" not in control.accessibleName()
        assert control.accessibleDescription(), field
        if binding.label is not None:  # a caption that points at its control
            captions = [label for label in dialog.findChildren(QLabel) if label.buddy() is control]
            assert [c.text() for c in captions] == [binding.label]


def test_mnemonics_are_unique_across_the_dialog(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    texts = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    texts += [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QCheckBox)]
    texts.append(dialog.restore_button.text())
    letters = [m.lower() for t in texts for m in re.findall(r"&([^&])", t.replace("&&", ""))]
    assert len(letters) == len(set(letters)), sorted(letters)
    assert len(letters) >= len(dialog.bindings)


def test_tab_walks_every_control_of_each_page_with_visible_focus(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    for page_index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page_index)
        page = dialog.pages.widget(page_index)
        assert page is not None
        controls = [
            b.control
            for b in dialog.bindings.values()
            if page.isAncestorOf(b.control) and b.control.isEnabled()
        ]
        assert controls
        dialog.pages.tabBar().setFocus()
        reached: list[QWidget] = []
        for _ in range(40):  # bounded: more than any page's controls and buttons
            qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
            focused = QApplication.focusWidget()
            assert focused is not None
            if focused in controls and focused not in reached:
                assert focused.hasFocus()
                reached.append(focused)
        assert set(reached) == set(controls), page_index


def test_controls_keep_their_natural_width(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.resize(1200, dialog.height())  # a wide dialog does not stretch its fields
    for page, field in ((0, "prepare_s"), (0, "volume"), (1, "weekly_goal"), (2, "theme")):
        dialog.pages.setCurrentIndex(page)
        QApplication.processEvents()
        box = dialog.control(field)
        assert box.isVisible()
        assert box.width() <= box.sizeHint().width() + 2, field


def test_system_voices_come_from_the_speech_engine(qtbot: QtBot) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock speech engine is not installed here")
    voices = system_voices("mock")
    assert voices
    assert voices == sorted(set(voices))


def test_system_voices_are_none_without_an_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: []))
    assert system_voices() == []


def test_open_settings_asks_the_engine_when_no_voices_are_given(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hiptrainer.ui.settings.dialog as dialog_module

    asked: list[bool] = []
    offered: list[str] = []

    def fake_voices(engine: str | None = None) -> list[str]:
        asked.append(True)
        return ["Carol"]

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        combo = dialog.control("voice_name")
        assert isinstance(combo, QComboBox)
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        dialog.reject()

    monkeypatch.setattr(dialog_module, "system_voices", fake_voices)
    QTimer.singleShot(0, drive)
    assert open_settings(None, Settings()) is None
    assert asked == [True]
    assert offered == ["System default", "Carol"]
