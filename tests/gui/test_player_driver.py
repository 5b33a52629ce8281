"""The player's precise timer firing on its own, and no player attribute hiding a Qt method."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Signal
from pytestqt.qtbot import QtBot

from hiptrainer.domain.engine import Engine, Event
from hiptrainer.domain.plan import Phase
from hiptrainer.ui.player.driver import EngineDriver
from tests.gui.test_cues import FakeToneOutput
from tests.gui.test_train_tab import make_tab, run_for, short_catalog
from tests.helpers.clock import FakeClock
from tests.helpers.storage import make_store

#: A real phase short enough to wait for: the driver arms its timer for 100 ms.
SHORT_S = 0.1


def tiny_plan() -> list[Phase]:
    return [
        Phase(kind="prepare", duration=SHORT_S, exercise="clamshell"),
        Phase(
            kind="work",
            duration=SHORT_S,
            exercise="clamshell",
            sets=1,
            reps=1,
            target_hold_s=SHORT_S,
        ),
        Phase(kind="done", duration=None),
    ]


def is_kind(kind: str, phase: int | None = None) -> Callable[[Event], bool]:
    def check(event: Event) -> bool:
        return event.kind == kind and (phase is None or event.phase == phase)

    return check


def test_the_timer_wakes_the_engine_by_itself_when_the_clock_passes_a_deadline(
    qtbot: QtBot,
) -> None:
    clock = FakeClock()
    driver = EngineDriver(Engine(tiny_plan()), clock.monotonic)
    seen: list[Event] = []
    driver.engine_event.connect(seen.append)
    driver.start()
    assert [e.kind for e in seen] == ["phase_started"]
    assert driver.armed  # set for the end of the preparation
    clock.advance(seconds=SHORT_S)
    # Nothing below calls wake(): only the driver's own timer can deliver this event.
    with qtbot.waitSignal(
        driver.engine_event, timeout=5000, check_params_cb=is_kind("phase_started", 1)
    ):
        pass
    assert driver.engine.index == 1
    assert driver.armed  # and set again, for the end of the hold
    clock.advance(seconds=SHORT_S)
    with qtbot.waitSignal(driver.engine_event, timeout=5000, check_params_cb=is_kind("finished")):
        pass
    assert [e.kind for e in seen] == [
        "phase_started",
        "phase_started",
        "set_completed",
        "phase_started",
        "finished",
    ]
    assert driver.engine.results[0].hold_s == pytest.approx(SHORT_S, abs=0.001)
    assert not driver.armed  # nothing left to wait for


def test_a_late_timer_crosses_every_deadline_it_missed_once_and_in_order(qtbot: QtBot) -> None:
    clock = FakeClock()
    driver = EngineDriver(Engine(tiny_plan()), clock.monotonic)
    seen: list[str] = []
    driver.engine_event.connect(lambda e: seen.append(e.kind))
    driver.start()
    clock.advance(seconds=60)  # the event loop was blocked far past both deadlines
    with qtbot.waitSignal(driver.engine_event, timeout=5000, check_params_cb=is_kind("finished")):
        pass
    assert seen == ["phase_started", "phase_started", "set_completed", "phase_started", "finished"]
    # The hold is credited with its planned length, not with the minute the loop was stuck.
    assert driver.engine.results[0].hold_s == pytest.approx(SHORT_S, abs=0.001)


def test_a_wake_up_just_before_a_deadline_is_on_time_and_one_well_before_waits() -> None:
    """The timer is set a little before a deadline (a millisecond timer fires at or after its
    time, and the event loop wakes later still): a wake-up within ``EARLY_S`` of it goes out
    at the deadline."""
    from hiptrainer.ui.player.driver import EARLY_S

    clock = FakeClock()
    driver = EngineDriver(Engine(tiny_plan()), clock.monotonic)
    seen: list[Event] = []
    driver.engine_event.connect(seen.append)
    driver.start()
    deadline = clock.now + SHORT_S
    clock.set_monotonic(deadline - 2 * EARLY_S)
    driver.wake()  # too early: nothing happens yet
    assert [e.kind for e in seen] == ["phase_started"]
    clock.set_monotonic(deadline - EARLY_S / 2)
    driver.wake()
    assert [(e.kind, e.at) for e in seen[1:]] == [("phase_started", deadline)]
    # Its schedule is the engine's: the next deadline is a whole hold after this one.
    assert driver.engine.next_event_time() == pytest.approx(deadline + SHORT_S)


def test_the_timer_is_set_ahead_of_the_deadline_by_the_event_loop_s_lateness() -> None:
    from hiptrainer.ui.player.driver import EARLY_S, LEAD_MS

    clock = FakeClock()
    driver = EngineDriver(Engine(tiny_plan()), clock.monotonic)
    driver.start()
    assert driver.armed
    due = driver.engine.next_event_time()
    assert due is not None
    ahead_ms = round((due - clock.monotonic()) * 1000)
    assert ahead_ms > LEAD_MS
    # The whole milliseconds before it (rounded down), less the lead.
    assert driver._timer.interval() in (ahead_ms - LEAD_MS - 1, ahead_ms - LEAD_MS)  # noqa: SLF001
    assert EARLY_S * 1000 >= LEAD_MS + 1  # a wake at the set time (rounded down) is on time


def test_a_paused_driver_has_no_timer_armed(qtbot: QtBot) -> None:
    clock = FakeClock()
    driver = EngineDriver(Engine(tiny_plan()), clock.monotonic)
    driver.start()
    driver.pause()
    assert not driver.armed
    clock.advance(seconds=10)
    with qtbot.assertNotEmitted(driver.engine_event, wait=150):
        pass
    driver.resume()
    assert driver.armed


# --- names ---------------------------------------------------------------------------------


def _qt_base(obj: QObject) -> type:
    return next(k for k in type(obj).__mro__ if k.__module__.startswith("PySide6"))


def _defined_by_qt(obj: QObject, name: str) -> bool:
    """``name`` on the instance is only Qt's own signal, cached there once connected."""
    owner = next((k for k in type(obj).__mro__ if name in vars(k)), None)
    return (
        owner is not None
        and owner.__module__.startswith("PySide6")
        and isinstance(vars(owner)[name], Signal)
    )


def _shadowing(obj: QObject) -> list[str]:
    """Attributes the player's own classes (or instances) define that a Qt base already has."""
    base = _qt_base(obj)
    ours = {name for name in vars(obj) if not _defined_by_qt(obj, name)}
    for klass in type(obj).__mro__:
        if klass.__module__.startswith("hiptrainer"):
            ours |= set(vars(klass))
    return sorted(
        name
        for name in ours
        if not name.startswith("__") and hasattr(base, name) and name not in OVERRIDES
    )


#: Qt virtuals the player overrides on purpose (same meaning, same signature).
OVERRIDES = {
    "keyPressEvent",
    "showEvent",
    "hideEvent",
    "paintEvent",
    "resizeEvent",
    "changeEvent",
    "customEvent",
    "mousePressEvent",
    "focusInEvent",
    "focusOutEvent",
    "sizeHint",
    "minimumSizeHint",
    "eventFilter",
    "staticMetaObject",
}


def test_no_player_object_hides_a_qt_method(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    tab = make_tab(
        qtbot,
        data_dir,
        short_catalog(),
        make_store(data_dir, clock),
        clock,
        tone_output=FakeToneOutput(),
    )
    assert tab.start()
    run_for(tab, clock, 1)
    session = tab.session
    assert session is not None
    assert tab.cues is not None
    objects: list[QObject] = [
        tab,
        tab.chooser,
        tab.options,
        tab.playing,
        tab.summary,
        tab.playing.ring,
        tab.playing.figure,
        tab.playing.step_label,
        tab.summary.rpe,
        tab.playback,
        session,
        session.driver,
        tab.cues,
        tab.cues.tones,
        tab.cues.voice,
    ]
    found = {type(obj).__name__: _shadowing(obj) for obj in objects}
    assert {name: clash for name, clash in found.items() if clash} == {}
    # QObject.event is Qt's event handler again on the objects that once hid it behind a
    # signal (a signal cannot be called: this raised TypeError then).
    for obj in (session, session.driver):
        assert isinstance(obj.event(QEvent(QEvent.Type.User)), bool)
