"""The routine chooser: warm-ups first, each routine a card with its length (the player's own
estimate), its exercises and doses, what it needs and which exercises are one-sided; the
sound and side settings in one compact row; Start prominent and the default button."""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.domain.dose import dose_text, minutes_text
from hiptrainer.domain.plan import routine_seconds
from hiptrainer.settings import Settings
from hiptrainer.ui.player.cards import CARD_ROLE, card_html, equipment
from hiptrainer.ui.player.chooser import routine_order
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_train_tab import BASE, make_tab
from tests.helpers.clock import FakeClock


def listed(tab: TrainTab) -> list[str]:
    return [
        tab.routines.item(row).data(Qt.ItemDataRole.UserRole) for row in range(tab.routines.count())
    ]


def test_warm_ups_come_first_and_the_first_is_chosen(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock())
    order = listed(tab)
    assert order[0] == "runners_hip_warmup"
    focus = [BASE.workouts[w].focus for w in order]
    assert focus == sorted(focus, key=lambda f: f != "activation")
    assert tab.selected_workout() == "runners_hip_warmup"
    # Then the shorter first.
    warm = BASE.workouts["runners_hip_warmup"]
    strength = BASE.workouts["post_run_strength"]
    assert routine_order(warm, 600) < routine_order(strength, 300)
    later = msgspec.structs.replace(strength, name="Z")
    assert routine_order(strength, 300) < routine_order(later, 400)


def test_each_card_says_length_exercises_doses_needs_and_sides(
    qtbot: QtBot, data_dir: Path
) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock())
    for row in range(tab.routines.count()):
        item = tab.routines.item(row)
        workout = BASE.workouts[item.data(Qt.ItemDataRole.UserRole)]
        card = item.data(CARD_ROLE)
        seconds = routine_seconds(workout, BASE.exercises, "left_first", "low")
        assert minutes_text(seconds) in card  # the estimate the player plays
        assert item.text() == f"{workout.name}  ·  {minutes_text(seconds)}"
        for index, block in enumerate(workout.blocks):
            exercise = BASE.exercises[block.exercise]
            dose = dose_text(BASE.dosage(workout.id, index), exercise.unilateral)
            assert f"{exercise.name} — {dose}" in card.replace("&#x27;", "'")
        for thing in equipment(workout, BASE):
            assert thing in card
        one_sided = sum(BASE.exercises[b.exercise].unilateral for b in workout.blocks)
        assert f"one-sided: {one_sided} of {len(workout.blocks)}" in card


def test_a_routine_without_equipment_or_one_sided_work_says_so() -> None:
    warm_up = BASE.workouts["runners_hip_warmup"]
    bridge_only = msgspec.structs.replace(warm_up, blocks=warm_up.blocks[:1])
    card = card_html(bridge_only, BASE, "left_first", "low")
    assert "No equipment" in card
    assert "both sides together throughout" in card


def test_the_settings_are_one_compact_row(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock())
    options = tab.options
    row = [options.tones, options.voice, options.countdown, options.volume, options.order]
    tops = {widget.mapTo(options, widget.rect().center()).y() for widget in row}
    assert max(tops) - min(tops) <= 4  # side by side, on one line
    assert options.volume.width() <= 160  # a volume, not a ruler across the page
    assert options.height() < 60


def test_the_spoken_countdown_option_follows_the_voice(qtbot: QtBot, data_dir: Path) -> None:
    settings = Settings()
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock(), settings=settings)
    countdown = tab.options.countdown
    assert countdown.isChecked() == settings.voice_countdown
    countdown.setChecked(False)
    assert settings.voice_countdown is False
    tab.options.voice.setChecked(False)
    assert not countdown.isEnabled()  # the countdown is the voice's
    tab.options.voice.setChecked(True)
    assert countdown.isEnabled()
    countdown.setChecked(True)
    assert tab.start()
    assert tab.cues is not None
    assert tab.cues.countdown_on


def test_start_is_prominent_and_the_default(qtbot: QtBot, data_dir: Path) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock())
    start = tab.start_button
    assert start.isDefault()
    assert "font-weight: bold" in start.styleSheet()
    assert start.height() >= tab.options.order.height()


def test_the_chosen_routine_shows_a_picture_and_dose_of_each_exercise(
    qtbot: QtBot, data_dir: Path
) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock())
    chooser = tab.chooser
    workout = BASE.workouts[tab.selected_workout()]
    shown = chooser.pictures_shown()
    assert len(shown) == len(workout.blocks)
    for (view, caption), block in zip(shown, workout.blocks, strict=True):
        assert view.art is not None
        assert BASE.exercises[block.exercise].name in caption
    assert chooser.title.text().startswith(workout.name)


def test_names_with_markup_are_shown_as_written(qtbot: QtBot, data_dir: Path) -> None:
    markup = "<img src='file:///etc/passwd'><b>Mine</b> & co"
    clam = msgspec.structs.replace(BASE.exercises["clamshell"], name=markup)
    warm = msgspec.structs.replace(BASE.workouts["runners_hip_warmup"], name=markup,
                                   summary=markup)  # fmt: skip
    catalog = msgspec.structs.replace(
        BASE,
        exercises={**BASE.exercises, "clamshell": clam},
        workouts={**BASE.workouts, "runners_hip_warmup": warm},
    )
    tab = make_tab(qtbot, data_dir, catalog, None, FakeClock())
    chooser = tab.chooser
    assert tab.selected_workout() == "runners_hip_warmup"
    assert chooser.title.textFormat() == Qt.TextFormat.PlainText
    assert chooser.title.text().startswith(markup)
    assert chooser.preview.textFormat() == Qt.TextFormat.PlainText
    captions = [caption for _view, caption in chooser.pictures_shown()]
    assert any("&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in c for c in captions)
    assert not any("<img" in c for c in captions)
