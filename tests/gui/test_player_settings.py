"""The Train tab follows the Settings: the get-ready and switch-sides times play and are in
the chooser's lengths, the options row and the sound follow a change made in the Settings
dialog, the tones count down 5 seconds when asked; and Test mode sounds like the player."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from hiptrainer.domain.dose import minutes_text
from hiptrainer.domain.plan import routine_seconds, total_seconds
from hiptrainer.settings import Settings
from hiptrainer.ui.player.cards import CARD_ROLE
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_cues import FakeToneOutput
from tests.gui.test_selftest_mode import stored, wait
from tests.gui.test_train_tab import BASE, make_tab, select, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

LONG_TIMES = Settings(prepare_s=60, switch_sides_s=30)


def test_the_settings_times_play_and_the_chooser_says_that_length(
    qtbot: QtBot, data_dir: Path
) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock(), settings=LONG_TIMES)
    workout = BASE.workouts["post_run_strength"]
    select(tab, workout.id)
    shown = tab.chooser.length_text(workout)
    default = minutes_text(routine_seconds(workout, dict(BASE.exercises)))
    assert shown != default  # the times matter here, so the test can tell
    card = tab.routines.currentItem().data(CARD_ROLE)
    assert f"· {shown}</div>" in card
    assert tab.routines.currentItem().text().endswith(shown)
    assert tab.chooser.title.text().endswith(shown)
    assert tab.start()
    assert tab.session is not None
    phases = tab.session.phases
    assert phases[0].kind == "prepare"
    assert phases[0].duration == 60.0
    switches = {p.duration for p in phases if p.kind == "switch_sides"}
    assert switches == {30.0}
    # One estimate: exactly the planned length of what plays.
    assert tab.chooser.seconds(workout) == total_seconds(phases)


def test_a_change_in_the_settings_dialog_moves_the_options_row_lengths_and_sound(
    qtbot: QtBot, data_dir: Path
) -> None:
    settings = Settings()
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock(), settings=settings,
                   tone_output=FakeToneOutput())  # fmt: skip
    workout = BASE.workouts["post_run_strength"]
    select(tab, workout.id)
    before = tab.routines.currentItem().text()
    assert tab.start()
    tab.leave()
    cues = tab.cues
    assert cues is not None
    # What the dialog does: new values into the very object the tab holds, then the signal.
    settings.tones, settings.voice, settings.volume = False, False, 0.35
    settings.side_order, settings.prepare_s, settings.countdown_beeps = "right_first", 45, 5
    with qtbot.waitSignal(tab.options.side_order_changed):
        tab.settings_changed()
    options = tab.options
    assert not options.tones.isChecked()
    assert not options.voice.isChecked()
    assert not options.countdown.isEnabled()  # the spoken countdown is the voice's
    assert options.volume.value() == 35
    assert options.order.currentData() == "right_first"
    assert "five seconds" in options.tones.toolTip()
    assert settings.volume == 0.35  # shown, not written back through the row
    after = tab.routines.currentItem().text()
    assert after != before
    assert after.endswith(tab.chooser.length_text(workout))
    assert (cues.tones_on, cues.voice_on, cues.countdown_beeps) == (False, False, 5)
    assert tab.chooser.seconds(workout) == routine_seconds(
        workout, dict(BASE.exercises), "right_first", prepare_s=45
    )


def test_five_countdown_beeps_in_a_routine(qtbot: QtBot, data_dir: Path) -> None:
    tones = FakeToneOutput()
    clock = FakeClock()
    tab = make_tab(qtbot, data_dir, short_catalog(), None, clock, tone_output=tones,
                   settings=Settings(countdown_beeps=5, voice=False))  # fmt: skip
    select(tab, "short")
    assert tab.start()
    session = tab.session
    assert session is not None
    assert session.phases[0].duration == 10.0  # get ready: the first hold starts at 10 s
    for _ in range(20):  # 10 s in half seconds, waking what the timers would
        clock.advance(seconds=0.5)
        session.driver.wake()
        assert tab.cues is not None
        tab.cues.early.wake()
        QCoreApplication.sendPostedEvents()
    assert tones.played[: tones.played.index("work")] == ["tick"] * 5


def lines_said(tab: TrainTab) -> list[str]:
    """Every line handed to the voice from now on (the mock voice speaks on its own time,
    and a count drops the lines waiting behind it: what was asked is what is checked)."""
    said: list[str] = []
    voice = tab.playback.ensure_cues().voice
    say = voice.say

    def recorded(text: str, urgent: bool = False) -> None:
        said.append(text)
        say(text, urgent)

    voice.say = recorded  # type: ignore[method-assign]
    return said


def play_side_bridge(qtbot: QtBot, tab: TrainTab, clock: FakeClock) -> None:
    assert tab.show_tests()
    tab.tests.picker.select("side_bridge")
    qtbot.keyClick(tab.tests.picker.list, Qt.Key.Key_Return)
    wait(tab, clock, 10)  # the countdown into the left side
    wait(tab, clock, 41)
    qtbot.keyClick(tab.tests.view, Qt.Key.Key_Space)  # stop: 41 s
    qtbot.keyClick(tab.tests.view, Qt.Key.Key_Right)  # the rest cut short
    wait(tab, clock, 10)
    wait(tab, clock, 1)
    qtbot.keyClick(tab.tests.view, Qt.Key.Key_Space)  # stop: 1 s


def test_test_mode_sounds_its_countdown_start_and_stop_like_the_player(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = FakeClock()
    tones = FakeToneOutput()
    store = make_store(data_dir, clock)
    tab = make_tab(qtbot, data_dir, BASE, store, clock, tone_output=tones)
    said = lines_said(tab)
    play_side_bridge(qtbot, tab, clock)
    assert [side for _, side, _, _ in stored(data_dir)] == ["left", "right"]
    assert said[0] == "Get ready: Side bridge hold. Left side."
    left = said.index("Left side. Go: hold as long as you can.")
    assert said[1:left] == ["Three", "Two", "One"]  # the voice counts down (a setting, on)
    assert said[left + 1] == "Stop: 41 seconds."
    assert said[left + 2] == "Rest. Next: Side bridge hold."
    assert said[-2:] == ["Stop: 1 second.", "Test complete. Well done."]
    # The player's tones: three ticks into each side, its start, the rest, the end.
    assert tones.played == [
        "tick", "tick", "tick", "work", "rest", "tick", "tick", "tick", "work", "finished"
    ]  # fmt: skip


def test_test_mode_respects_the_sound_settings(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    tones = FakeToneOutput()
    settings = Settings(tones=False, voice=False)
    tab = make_tab(qtbot, data_dir, BASE, None, clock, tone_output=tones, settings=settings)
    said = lines_said(tab)
    play_side_bridge(qtbot, tab, clock)
    assert tab.cues is not None
    assert tones.played == []
    assert said == []
    # Five beeps, tones on, voice still off: the countdown into a side ticks from five.
    settings.tones, settings.countdown_beeps = True, 5
    tab.settings_changed()
    tab.tests.back.emit()
    assert tab.show_tests()
    tab.tests.picker.select("side_bridge")
    qtbot.keyClick(tab.tests.picker.list, Qt.Key.Key_Return)
    for _ in range(20):
        clock.advance(seconds=0.5)
        run = tab.tests.run
        assert run is not None
        run.driver.wake()
        tab.cues.early.wake()
    assert tones.played == ["tick"] * 5 + ["work"]
    assert said == []
