"""The Train tab's Test mode: choose a self-test, play it side by side, read the result.

It assembles the three pages (:mod:`picker`, :mod:`test_view`, :mod:`result_view`), plays a
:class:`~hiptrainer.ui.player.selftest.run.SelfTestRun` and turns the page's keys into the run's
operations: during the effort Space stops the clock (and Enter too, for a hold), Enter counts
a rep, T asks for the count typed at the end; in a countdown or a rest Space pauses and →
skips ahead; Esc leaves (the sides done stay saved).

The count on the page changes once a second (or with each tap): a single-shot timer wakes
for the next change, so an idle page costs nothing.

It sounds like the player, with the player's cue player and the sound settings (``sound``):
the tones and the voice of the countdown into each side, the start of the effort and its
stop (with the result said), and the end.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from hiptrainer.catalog.selftests import step_poses
from hiptrainer.domain.engine import Event
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import SideOrder
from hiptrainer.domain.selftest import SelfTest, sittings
from hiptrainer.domain.sides import swap_sides
from hiptrainer.storage.errors import StorageError
from hiptrainer.ui.player.display import Pictures, upcoming_work
from hiptrainer.ui.player.selftest.picker import SelfTestPicker
from hiptrainer.ui.player.selftest.pictures import SelfTestPictures
from hiptrainer.ui.player.selftest.ports import Recording, SelfTestStore
from hiptrainer.ui.player.selftest.result_view import SelfTestResultView
from hiptrainer.ui.player.selftest.run import SelfTestRun
from hiptrainer.ui.player.selftest.test_view import SelfTestShown, SelfTestView
from hiptrainer.ui.player.wording import side_name
from hiptrainer.ui.style.plurals import plural

if TYPE_CHECKING:
    from hiptrainer.cues.player import CuePlayer

# The most reps a typed count may say.
MOST_REPS = 500


def _words(text: str, side: str) -> str:
    """A line written for the left side, as said for ``side``."""
    text = " ".join(text.split())
    return swap_sides(text) if side == "right" else text


class SelfTestMode(QWidget):
    # Back to the routines (the picker's ◀ Routines).
    back = Signal()
    # A result was saved (the Progress tab may show it).
    saved = Signal()

    def __init__(
        self,
        tests: Mapping[str, SelfTest],
        exercises: Mapping[str, Exercise],
        store_getter: Callable[[], SelfTestStore | None],
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
        confirm_leave: Callable[[], bool] | None = None,
        ask_count: Callable[[str, int], int | None] | None = None,
        pictures: Pictures | None = None,
        parent: QWidget | None = None,
        *,
        sound: Callable[[], CuePlayer] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfTestMode")
        # The cue player, as the sound settings say now (None: silent).
        self._sound = sound
        self.cues: CuePlayer | None = None
        self.tests = dict(tests)
        self.exercises = exercises
        self._store = store_getter
        self._clock = clock
        self._today = today
        self._confirm_leave = confirm_leave or self._ask_leave
        self._ask_count = ask_count or self._ask_count_dialog
        self._art = pictures or Pictures()
        self._test_art = SelfTestPictures()
        self.order: SideOrder = "left_first"
        self.run: SelfTestRun | None = None
        self._notices: dict[str, str] = {}
        self.picker = SelfTestPicker(self.tests, exercises, self._test_art)
        self.view = SelfTestView()
        self.result = SelfTestResultView()
        self.pages = QStackedWidget()
        for page in (self.picker, self.view, self.result):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.refresh = QTimer(self)
        self.refresh.setSingleShot(True)
        self.refresh.setTimerType(Qt.TimerType.PreciseTimer)
        self.refresh.timeout.connect(self.redraw)
        self.picker.chosen.connect(lambda: self.start())
        self.picker.back.connect(self.back.emit)
        self.result.done.connect(self.show_picker)
        self._forward_keys()

    # --- choosing ---------------------------------------------------------------------------

    def recording(self) -> Recording:
        store = self._store()
        if store is None:
            return "practice"
        return "read_only" if store.read_only else "saved"

    def show_picker(self) -> None:
        """The picker, with whether a result will be saved and each test's latest sitting."""
        self.run = None
        self.picker.set_recording(self.recording())
        latest = {}
        store = self._store()
        if store is not None:
            try:
                for sitting in sittings(store.selftest_results()):
                    latest[sitting.test] = sitting
            except StorageError as exc:
                line = self.tr("Earlier results could not be read: {problem}")
                self.picker.last.setText(line.format(problem=exc))
        self.picker.set_history(latest, self._today())
        self.pages.setCurrentWidget(self.picker)
        self.picker.list.setFocus()

    @property
    def playing(self) -> bool:
        return self.run is not None and self.pages.currentWidget() is self.view

    # --- playing ----------------------------------------------------------------------------

    def start(self, test_id: str | None = None) -> bool:
        """Play the chosen test (or ``test_id``); False if refused (read-only data)."""
        if test_id is not None:
            self.picker.select(test_id)
        recording = self.recording()
        self.picker.set_recording(recording)
        if recording == "read_only" or self.playing:
            return False
        run = SelfTestRun(self.picker.selected(), self._store(), self.order, self._clock, self)
        self.run = run
        self._notices = {}
        if recording == "practice":
            line = self.tr("Practice: your training data is not open, nothing is saved.")
            self._notices["practice"] = line
        self.cues = self._sound() if self._sound is not None else None
        if self.cues is not None:
            self.cues.watch(run.engine, self._clock)
            if self.cues.problems():
                self._notices["sound"] = self.cues.problem_line()
        self.view.show_notices(list(self._notices.values()))
        run.engine_event.connect(self._on_event)
        run.problem.connect(lambda line: self._notice("storage", line))
        run.stored.connect(self._on_stored)
        run.finished.connect(self._on_finished)
        self.pages.setCurrentWidget(self.view)
        self.view.setFocus()
        run.start()
        return True

    def _on_stored(self) -> None:
        if "storage" in self._notices:
            self._notice("storage", "")
        self.saved.emit()

    def _notice(self, key: str, line: str) -> None:
        if line:
            self._notices[key] = line
        else:
            self._notices.pop(key, None)
        self.view.show_notices(list(self._notices.values()))

    def _on_event(self, event: Event) -> None:
        run = self.run
        if self.cues is not None and run is not None:  # heard first, then drawn
            phases = run.engine.phases
            upcoming = upcoming_work(phases, event.phase)
            self.cues.handle(event, phases[event.phase], upcoming, selftest=True)
        if event.kind != "finished":
            self.show_current()

    def _on_finished(self) -> None:
        self.refresh.stop()
        run = self.run
        if run is None:
            return
        if not run.results:
            self.show_picker()
            return
        left, right = run.results.get("left"), run.results.get("right")
        self.result.show_result(run.test, left, right, self._today(), saved=run.store is not None)
        if run.unsaved:
            line = self.tr("Not saved yet ({sides}): {problem}. Done tries again.")
            sides = ", ".join(self._side_words(side) for side in run.unsaved)
            self.result.show_warning(line.format(sides=sides, problem=run.last_error))
        self.pages.setCurrentWidget(self.result)

    def show_current(self) -> None:
        """The phase under way, whole (its words, side and picture), then the count."""
        run = self.run
        if run is None or run.engine.phase.kind == "done":
            return
        engine, test = run.engine, run.test
        phase = engine.phase
        sides = [p.side for p in engine.phases if p.kind == "work"]
        working = phase.kind == "work"
        side = phase.side
        if phase.kind == "rest":
            side = next((p.side for p in engine.phases[engine.index :] if p.kind == "work"), side)
        number = sides.index(side) + 1 if side in sides else 1
        counter = self.tr("{side} · {number} of {count}").format(
            side=side_name(side), number=number, count=len(sides)
        )
        if working:
            hold = test.measure == "hold"
            how = self.tr("Space stops the clock.") if hold else self.tr(
                "Enter for each rep; Space when done, or T to type the count."
            )  # fmt: skip
            words = f"{how} {_words(test.stop_rule, side)}"
            title = self.tr("Hold") if hold else self.tr("Count")
        elif phase.kind == "rest":
            then = self.tr("Rest, then the {side}.").format(side=self._side_words(side))
            words = f"{then} {_words(test.setup, side)}"
            title = self.tr("Rest")
        else:
            words = _words(test.setup, side)
            title = self.tr("Get ready")
        self.view.show_phase(
            SelfTestShown(
                title=title,
                counter=counter,
                name=test.name,
                side=side,
                words=words,
                working=test.measure if working else None,
                paused=engine.state == "paused",
            )
        )
        exercise = self.exercises.get(test.exercise)
        art = self._test_art.illustration(test, exercise) if exercise is not None else None
        poses = step_poses(test)
        # Working: the test position; before and between sides: the set-up the words give
        # (the position just before the lift).
        self.view.figure.show_pose(
            art, poses[-1] if working else poses[max(0, len(poses) - 2)], side
        )
        self.redraw()

    def redraw(self) -> None:
        """The count at the clock's moment; the timer is set for its next change."""
        run = self.run
        if run is None or run.engine.phase.kind == "done":
            self.refresh.stop()
            return
        engine, now = run.engine, self._clock()
        phase = engine.phase
        wait: float | None
        if phase.open_ended == "hold":
            held = engine.elapsed(now)
            self.view.show_count(f"{math.floor(held)}", (held % 60) / 60, self.tr("seconds held"))
            wait = 1 - held % 1
        elif phase.open_ended == "reps":
            reps = engine.counted_reps
            caption = plural(self.tr("rep(s)", "", reps), reps)
            self.view.show_count(f"{reps}", 0.0, caption)
            wait = None
        else:
            left = engine.remaining(now) or 0.0
            length = engine.length() or 1.0
            self.view.show_count(f"{math.ceil(left)}", 1 - left / length, self.tr("seconds"))
            wait = left - math.ceil(left) + 1 if left > 0 else None
        if engine.state != "running" or wait is None:
            self.refresh.stop()
        else:
            self.refresh.start(max(1, math.ceil(wait * 1000)))

    # --- keys -------------------------------------------------------------------------------

    def _forward_keys(self) -> None:
        view = self.view
        view.space.connect(self._space)
        view.enter.connect(self._enter)
        view.stop.connect(self._stop)
        view.pause.connect(self._pause)
        view.tap.connect(self._tap)
        view.type_count.connect(self.type_count)
        view.skip.connect(self._skip)
        view.leave.connect(self.leave)

    def _working(self) -> str | None:
        return None if self.run is None else self.run.engine.phase.open_ended

    def _space(self) -> None:
        if self._working() is not None:
            self._stop()
        else:
            self._pause()

    def _enter(self) -> None:
        working = self._working()
        if working == "reps":
            self._tap()
        elif working == "hold":
            self._stop()

    def _stop(self) -> None:
        if self.run is not None:
            self.run.driver.stop()

    def _tap(self) -> None:
        if self.run is not None and self._working() == "reps":
            self.run.driver.tap_rep()
            self.redraw()

    def _pause(self) -> None:
        if self.run is not None and self._working() is None:
            self.run.driver.toggle_pause()
            self.show_current()

    def _skip(self) -> None:
        if self.run is not None:
            self.run.driver.skip()

    def type_count(self) -> None:
        """The count typed at the end of a rep test (it replaces the taps)."""
        run = self.run
        if run is None or self._working() != "reps":
            return
        if run.engine.state == "running":
            run.driver.pause()  # the clock does not matter here, but nothing moves meanwhile
        side = run.engine.phase.side
        left = side == "left"
        question = self.tr("Reps on the left side") if left else self.tr("Reps on the right side")
        answer = self._ask_count(question, run.engine.counted_reps)
        if answer is None:
            run.driver.resume()
            self.show_current()
            return
        run.driver.complete(max(0, min(MOST_REPS, answer)))

    def leave(self) -> None:
        run = self.run
        if run is None or not self.playing:
            return
        if not self._confirm_leave():
            return
        if self.cues is not None:  # leaving is no stop and no end: nothing more is said
            self.cues.stop()
            self.cues = None
        run.leave()

    def _side_words(self, side: str) -> str:
        """ "left side" or "right side", within a sentence."""
        return self.tr("left side") if side == "left" else self.tr("right side")

    # --- the default questions ---------------------------------------------------------------

    def _ask_leave(self) -> bool:
        from hiptrainer.ui.player.asking import ask_yes

        return ask_yes(
            self, self.tr("Leave the self-test?"), self.tr("The side under way is not counted; "
            "the sides done are saved. Leave the test?"),
        )  # fmt: skip

    def _ask_count_dialog(self, question: str, current: int) -> int | None:
        from hiptrainer.ui.player.asking import ask_number

        answer = ask_number(self, self.tr("Type the count"), question, current, MOST_REPS)
        return None if answer is None else round(answer)
