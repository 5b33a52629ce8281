"""The playing page read from the mat: the phase in one word, where the dose is, the side,
what comes next during a rest with its picture, warnings in their own strip, only the buttons
that can act (the one that matters most standing out), and every size following the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.storage.store import Store
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_cues import FakeToneOutput
from tests.gui.test_train_tab import BASE, make_tab, run_for, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

PLANK = BASE.exercises["copenhagen_plank"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    return make_store(data_dir, clock)


def words(tab: TrainTab) -> tuple[str, str, str, str]:
    view = tab.playing
    side = view.side_badge.text() if view.side_badge.isVisibleTo(view) else ""
    return view.phase_label.text(), view.counter_label.text(), view.exercise_label.text(), side


def shown_buttons(tab: TrainTab) -> set[str]:
    view = tab.playing
    return {name for name, button in view.buttons.items() if button.isVisibleTo(view)}


def test_each_phase_says_its_kind_and_where_the_dose_is(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    plank = f"Next: {PLANK.name}"
    assert words(tab) == ("Get ready", "Hold 1 of 2", plank, "L")
    run_for(tab, clock, 10)
    assert words(tab) == ("Hold", "Hold 1 of 2", PLANK.name, "L")
    run_for(tab, clock, 3)
    # A rest is about what comes next: the hold it leads to, its picture, its side.
    assert words(tab) == ("Rest", "Hold 2 of 2", plank, "L")
    run_for(tab, clock, 2 + 3)
    assert words(tab) == ("Switch sides", "Hold 1 of 2", plank, "R")
    assert tab.playing.figure.side == "right"
    run_for(tab, clock, 5 + 3 + 2 + 3)
    # Between exercises: a rest, with the next exercise named and shown.
    assert words(tab) == ("Rest", "Set 1 of 1 · 5 reps", "Next: Clamshell", "L")
    clam = BASE.exercises["clamshell"]
    assert tab.playing.figure.pose == clam.steps[0].pose
    run_for(tab, clock, 4 + 10)
    assert words(tab) == ("Reps", "Set 1 of 1 · 5 reps", "Clamshell", "L")


def test_a_two_sided_exercise_shows_no_side_badge(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, BASE, None, clock)
    assert tab.start_routine("runners_hip_warmup")  # the glute bridge, both legs at once
    assert tab.session is not None
    assert tab.session.engine.phase.side == "both"
    assert words(tab)[3] == ""
    assert not tab.playing.side_word.isVisibleTo(tab.playing)


def test_only_the_buttons_that_can_act_are_there_and_the_main_one_stands_out(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    view = tab.playing
    always = {"back", "pause", "skip", "fullscreen", "leave"}
    assert shown_buttons(tab) == always | {"extend"}  # timed; no set done to fix yet
    assert "font-weight:bold" in view.buttons["pause"].styleSheet()
    run_for(tab, clock, 10 + 3)  # a hold done: it can be fixed
    assert shown_buttons(tab) == always | {"extend", "fix"}
    run_for(tab, clock, 2 + 3 + 5 + 3 + 2 + 3 + 4 + 10)  # into the self-paced clamshells
    assert tab.session is not None
    assert not tab.session.engine.phase.timed
    # Self-paced: Done is what the runner needs now; +10 s cannot act, so it is not there.
    assert shown_buttons(tab) == always | {"complete", "fix"}
    assert "font-weight:bold" in view.buttons["complete"].styleSheet()
    assert "font-weight:bold" not in view.buttons["pause"].styleSheet()
    qtbot.keyClick(view, Qt.Key.Key_Space)  # paused: Resume is what matters
    assert view.buttons["pause"].text() == "Resume"
    assert "font-weight:bold" in view.buttons["pause"].styleSheet()
    assert view.phase_label.text() == "Paused"


def test_warnings_have_their_own_strip_and_never_replace_what_comes_next(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    # A practice run, with sound that works.
    tab = make_tab(qtbot, data_dir, short_catalog(), None, clock, tone_output=FakeToneOutput())
    assert tab.start()
    view = tab.playing
    assert view.notice_label.isVisibleTo(view)
    assert view.notice_label.text() == "⚠ Practice run: nothing is saved"
    assert "background" in view.notice_label.styleSheet()
    tab.playback.warn("sound", "Tones are off: there is no audio output device.")
    # Both said, each on its line, and the next exercise is still named where it always is.
    assert view.notice_label.text().splitlines() == [
        "⚠ Practice run: nothing is saved",
        "⚠ Tones are off: there is no audio output device.",
    ]
    assert view.exercise_label.text() == f"Next: {PLANK.name}"
    tab.playback.warn("sound", "")
    assert view.notice_label.text() == "⚠ Practice run: nothing is saved"


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
def test_every_size_follows_the_window(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock, width: int, height: int
) -> None:
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    tab.resize(width, height)
    assert tab.start()
    run_for(tab, clock, 10)
    view = tab.playing
    unit = view.unit
    assert unit == pytest.approx(min(view.width() / 1264, view.height() / 736))
    # Read from three metres: the phase word and the step at least twice the old 20 px
    # step text at 1280×800, more at full screen.
    assert view.phase_label.font_pixels() >= round(60 * unit)
    assert view.step_label.font_pixels() >= round(0.55 * 36 * unit)
    assert view.side_badge.width() == round(104 * unit)
    if width == 1920:
        assert view.phase_label.font_pixels() > 72


def test_a_long_step_shrinks_to_fit_and_a_short_one_stays_large(qtbot: QtBot) -> None:
    from hiptrainer.ui.player.fit_text import FitText

    text = FitText("sample", 36)
    qtbot.addWidget(text)
    text.resize(600, 120)
    text.show()
    text.setText("Hold it.")
    assert text.font_pixels() == 36
    text.setText(" ".join(["Keep the hips level and the knee over the toes."] * 8))
    assert 36 * text.smallest <= text.font_pixels() < 36


def test_the_page_flashes_on_a_new_phase_only_without_tones(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    from hiptrainer.settings import Settings

    silent = make_tab(
        qtbot, data_dir, short_catalog(), store, clock,
        tone_output=FakeToneOutput(), settings=Settings(tones=False),
    )  # fmt: skip
    assert silent.start()
    run_for(silent, clock, 10)
    assert silent.playing.flashing
    with_tones = make_tab(
        qtbot, data_dir, short_catalog(), None, clock, tone_output=FakeToneOutput()
    )
    assert with_tones.start()
    run_for(with_tones, clock, 10)
    assert not with_tones.playing.flashing


def test_a_text_laid_out_ahead_costs_nothing_when_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hiptrainer.ui.player.fit_text import FitText

    text = FitText("sample", 36)
    qtbot.addWidget(text)
    text.resize(600, 120)
    text.show()
    fits: list[str] = []
    measure = FitText._fits

    def counted(self: FitText, words: str, *args: object) -> bool:
        fits.append(words)
        return measure(self, words, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(FitText, "_fits", counted)
    step = " ".join(["Keep the hips level and the knee over the toes."] * 6)
    text.prepare(step)
    measured = len(fits)
    assert measured >= 1
    text.setText(step)
    assert len(fits) == measured  # laid out already
    assert text.text() == step


def test_the_next_phase_is_worked_out_while_this_one_plays(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.gui.test_player_figure import Draws

    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    run_for(tab, clock, 10)  # a hold
    tab.playback._prepare_next()  # noqa: SLF001 (what its timer does 200 ms in)
    tab.playing.figure.grab()
    draws = Draws(monkeypatch)
    run_for(tab, clock, 3)  # the rest begins: its picture was drawn ahead
    tab.playing.figure.grab()
    assert words(tab)[0] == "Rest"
    assert len(draws) == 0


def test_the_sides_wear_the_colours_of_the_charts_and_sheets(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    """Left and right in the player are the style tokens' colour-blind-safe pair (the
    Progress charts' and the sheets'), and the badge's letter stays legible on them."""
    from PySide6.QtGui import QPalette

    from hiptrainer.ui.player.playing_view import side_colour
    from hiptrainer.ui.style.theme import build_palette
    from hiptrainer.ui.style.tokens import SIDES

    for scheme in ("light", "dark"):
        palette: QPalette = build_palette(scheme)
        for side in ("left", "right", "both"):
            assert side_colour(side, palette).name().lower() == SIDES[side].colour(scheme).lower()
    tab = make_tab(qtbot, data_dir, short_catalog(), store, clock)
    assert tab.start()
    badge = tab.playing.side_badge.styleSheet()
    assert SIDES["left"].colour("light").lower() in badge.lower()
    assert "color:white" in badge  # white on the deep blue
