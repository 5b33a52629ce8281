"""Progression suggestions in the Train tab: shown in the chooser and the summary, applied
to the user's own copy (listed in the chooser, marked "Yours"), dismissed, never applied
without a click; and the chooser listing and playing a custom routine after a catalogue
change, its pictures drawn from the library poses its steps name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog
from hiptrainer.catalog.definitions import UserDefinitions
from hiptrainer.domain.records import SetRecord
from hiptrainer.storage.store import Store
from hiptrainer.ui.player.cards import CARD_ROLE
from hiptrainer.ui.player.train_tab import TrainTab
from tests.gui.test_train_tab import BASE, make_tab, play_to_the_end
from tests.helpers.clock import FakeClock
from tests.helpers.custom import MARKUP, custom_exercise, custom_workout, marked_exercise
from tests.helpers.storage import make_store

TODAY = date(2026, 3, 6)


class Owner:
    """The window's part: the user's definitions, and each new catalogue handed to the tab."""

    def __init__(self, store: Store) -> None:
        self.definitions: UserDefinitions | None = UserDefinitions(store, BASE)
        self.tab: TrainTab | None = None
        self.published: list[Catalog] = []

    def set_catalog(self, catalog: Catalog, problems: list[str] | None = None) -> None:
        self.published.append(catalog)
        if self.tab is not None:
            self.tab.set_catalog(catalog)


def plank_session(store: Store, clock: FakeClock, held: float = 15.0, rpe: int = 5) -> int:
    """A completed session of the post-run routine with its first block only: the
    Copenhagen plank, 4 holds of 15 s a side, rated; the next morning answered 0."""
    session = store.start_session("post_run_strength")
    for side in ("left", "right"):
        for rep in range(4):
            start = clock()
            end = clock.advance(seconds=20)
            store.record_set(
                session,
                SetRecord(
                    exercise="copenhagen_plank", side=side, set_index=0, rep_index=rep,
                    target_hold_s=15.0, hold_s=held, started_at=start, ended_at=end,
                ),
            )  # fmt: skip
    store.finish_session(session, rpe=rpe, pain_during=0, pain_after=0)
    store.set_morning_pain(session, 0)
    clock.advance(days=2)
    return session


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    store = make_store(data_dir, clock)
    plank_session(store, clock)
    plank_session(store, clock)
    return store


def tab_with(qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock) -> TrainTab:
    owner = Owner(store)
    assert owner.definitions is not None
    tab = make_tab(
        qtbot, data_dir, owner.definitions.catalog, store, clock,
        catalog_owner=lambda: owner, today=lambda: TODAY,
    )  # fmt: skip
    owner.tab = tab
    tab.owner = owner  # type: ignore[attr-defined]
    return tab


def stored_routines(store: Store) -> list[str]:
    return [item for kind, item, _body in store.definition_rows() if kind == "workout"]


def rows(tab: TrainTab) -> list[str]:
    panel = tab.chooser.suggestions
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_the_chooser_shows_each_side_s_suggestion_with_its_reason(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    panel = tab.chooser.suggestions
    assert panel.isVisibleTo(tab)
    assert panel.heading.text() == "Suggested for next time: 2 changes"
    assert rows(tab) == [
        f"▲ Move on · Side plank with top leg on a bench, {side} side: 4 × 15 s → 4 × 20 s\n"
        "2 sessions at 4 × 15 s, effort 5, no pain during or after, no pain next morning."
        for side in ("left", "right")
    ]
    # Nothing changed by being shown: the routine is as bundled, no copy exists.
    assert "post_run_strength_mine" not in tab.catalog.workouts
    # A routine without a history suggests nothing.
    tab.chooser.select("runners_hip_warmup")
    assert not panel.isVisibleTo(tab)


def test_apply_makes_the_users_copy_listed_and_marked_in_the_chooser(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    panel = tab.chooser.suggestions
    panel.apply_button.click()
    copy = tab.catalog.workouts["post_run_strength_mine"]
    assert copy.name == "Post-run hip & glute strength (mine)"
    dose = copy.blocks[0].dosage
    assert dose is not None
    assert (dose.reps, dose.hold_s) == ((4, 4), (20, 20))
    assert tab.catalog.workouts["post_run_strength"] is BASE.workouts["post_run_strength"]
    # Stored (a new start reads it), chosen and marked as the user's.
    assert stored_routines(store) == ["post_run_strength_mine"]
    assert tab.selected_workout() == "post_run_strength_mine"
    item = tab.routines.currentItem()
    assert "(yours)" in item.text()
    assert "Yours" in item.data(CARD_ROLE)
    assert "Saved as your routine “Post-run hip & glute strength (mine)”" in panel.note.text()
    # Applied suggestions are not offered again on the original.
    tab.chooser.select("post_run_strength")
    assert not panel.list.isVisibleTo(tab)
    assert len(store.dismissed_suggestions()) == 2


def test_only_the_ticked_suggestions_are_applied(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    panel = tab.chooser.suggestions
    panel.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # not the left side
    assert panel.apply_button.isEnabled()
    panel.apply_button.click()
    copy = tab.catalog.workouts["post_run_strength_mine"]
    block = copy.blocks[0]
    # The right side moves on alone; the left keeps its dose (a side of its own).
    assert block.side_dose("right", BASE.exercises["copenhagen_plank"].dosage).hold_s == (20, 20)
    assert block.side_dose("left", BASE.exercises["copenhagen_plank"].dosage).hold_s != (20, 20)
    for row in range(panel.list.count()):
        panel.list.item(row).setCheckState(Qt.CheckState.Unchecked)


def test_nothing_ticked_applies_nothing(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    panel = tab.chooser.suggestions
    for row in range(panel.list.count()):
        panel.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not panel.apply_button.isEnabled()
    panel.apply_button.click()
    assert stored_routines(store) == []


def test_dismiss_forgets_the_suggestions_until_a_new_session(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    panel = tab.chooser.suggestions
    panel.dismiss_button.click()
    assert not panel.isVisibleTo(tab)
    assert len(store.dismissed_suggestions()) == 2
    assert stored_routines(store) == []  # dismissing changes no routine
    # A newer session makes new suggestions.
    plank_session(store, clock)
    tab.storage_changed()
    assert panel.isVisibleTo(tab)


def test_read_only_data_shows_suggestions_but_cannot_apply(
    qtbot: QtBot, data_dir: Path, store: Store, clock: FakeClock
) -> None:
    store.read_only = True
    tab = tab_with(qtbot, data_dir, store, clock)
    tab.chooser.select("post_run_strength")
    panel = tab.chooser.suggestions
    assert panel.list.count() == 2
    assert not panel.apply_button.isEnabled()
    assert not panel.dismiss_button.isEnabled()
    assert "read-only" in panel.note.text()


def test_the_summary_suggests_next_time_from_the_ratings_on_the_page(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    owner = Owner(store)
    assert owner.definitions is not None
    short = custom_workout(
        "short_plank", "copenhagen_plank",
        blocks=[{"exercise": "copenhagen_plank", "dosage": {"sets": 1, "reps": [2, 2],
                 "hold_s": [15, 15], "rest_between_reps_s": 2}}],
    )  # fmt: skip
    owner.definitions.save_workout(short)
    tab = make_tab(
        qtbot, data_dir, owner.definitions.catalog, store, clock,
        catalog_owner=lambda: owner, today=lambda: clock().date(),
    )  # fmt: skip
    owner.tab = tab
    for _ in range(2):
        tab.start_routine("short_plank")
        play_to_the_end(tab, clock)
        panel = tab.summary.suggestions
        tab.summary.rpe.setValue(5)
        tab.summary.pain_during.setValue(0)
        tab.summary.pain_after.setValue(0)
        tab.summary.save_button.click()
        session = store.sessions()[-1].id
        store.set_morning_pain(session, 0)
        clock.advance(days=2)
    tab.start_routine("short_plank")
    play_to_the_end(tab, clock)
    panel = tab.summary.suggestions
    tab.summary.rpe.setValue(5)
    tab.summary.pain_during.setValue(1)
    tab.summary.pain_after.setValue(0)
    text = "\n".join(panel.list.item(row).text() for row in range(panel.list.count()))
    assert panel.isVisibleTo(tab.summary)
    # Today's next-morning answer is still to come: the move waits for it, and says where to.
    assert "next-morning answer for" in text
    assert "If the pain has settled by the next morning: 2 × 20 s." in text
    tab.summary.rpe.setValue(9)  # the ratings on the page, not yet saved, are read
    text = "\n".join(panel.list.item(row).text() for row in range(panel.list.count()))
    assert "Effort 9 on 6 Mar (moving on needs 7 or less)" in text
    assert "If the pain has settled" not in text


# --- issue 13: the user's own routines in the chooser ------------------------------------------


def test_a_new_custom_routine_is_listed_marked_drawn_and_played(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    tab = tab_with(qtbot, data_dir, store, clock)
    assert "my_routine" not in [
        tab.routines.item(r).data(Qt.ItemDataRole.UserRole) for r in range(tab.routines.count())
    ]
    definitions = tab.owner.definitions  # type: ignore[attr-defined]
    definitions.save_exercise(custom_exercise("my_plank"))
    definitions.save_workout(
        custom_workout(
            "my_routine", "my_plank",
            blocks=[{"exercise": "my_plank", "dosage": {"sets": 1, "reps": [1, 1],
                     "hold_s": [3, 3]}}],
        )
    )  # fmt: skip
    tab.owner.set_catalog(definitions.catalog)  # type: ignore[attr-defined]
    assert tab.chooser.select("my_routine")
    item = tab.routines.currentItem()
    assert item.text().startswith("My routine my_routine (yours)")
    assert "Yours" in item.data(CARD_ROLE)
    (view, caption), *_ = tab.chooser.pictures_shown()
    assert view.art is not None  # drawn from the library poses its steps name
    assert view.pose.startswith("copenhagen_plank:")
    assert caption.startswith("<b>My plank my_plank</b>")
    assert tab.start()
    assert tab.playing.figure.art is not None  # the player draws it too
    play_to_the_end(tab, clock)
    assert {r.exercise for r in store.sets(store.sessions()[-1].id)} == {"my_plank"}


def test_markup_in_a_custom_routine_and_exercise_is_shown_as_written(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    store = make_store(data_dir, clock)
    tab = tab_with(qtbot, data_dir, store, clock)
    definitions = tab.owner.definitions  # type: ignore[attr-defined]
    definitions.save_exercise(marked_exercise("marked"))
    definitions.save_workout(
        custom_workout(
            "marked_routine",
            name=f"{MARKUP} routine",
            summary=MARKUP,
            blocks=[
                {"exercise": "marked", "dosage": {"sets": 1, "reps": [1, 1], "hold_s": [15, 15]}}
            ],
        )  # fmt: skip
    )
    tab.owner.set_catalog(definitions.catalog)  # type: ignore[attr-defined]
    assert tab.chooser.select("marked_routine")
    card = tab.routines.currentItem().data(CARD_ROLE)
    assert "<img" not in card  # escaped in the card's rich text
    assert "&lt;img src=file:///etc/passwd&gt;" in card
    assert tab.chooser.title.text().startswith(f"{MARKUP} routine")
    assert tab.chooser.preview.text() == MARKUP
    # In a suggestion row too: a list item's text is never read as markup.
    for day in range(2):
        session = store.start_session("marked_routine")
        for side in ("left", "right"):
            start = clock()
            store.record_set(
                session,
                SetRecord(
                    exercise="marked", side=side, set_index=0, rep_index=0, target_hold_s=15.0,
                    hold_s=15.0, started_at=start, ended_at=clock.advance(seconds=20),
                ),
            )  # fmt: skip
        store.finish_session(session, rpe=5, pain_during=0, pain_after=0)
        store.set_morning_pain(session, 0)
        clock.advance(days=day + 1)
    tab.storage_changed()
    text = tab.chooser.suggestions.list.item(0).text()
    assert f"{MARKUP} name" in text
    tab.chooser.suggestions.apply_button.click()
    note = tab.chooser.suggestions.note
    assert note.textFormat() == Qt.TextFormat.PlainText
    assert f"{MARKUP} routine" in note.text()
