"""The cue player as the settings say: the voice chosen by name (the default, said once in
the log, when it is gone), and tones counting down the last 3 or the last 5 seconds of a
timed phase on the engine's own deadline (a pause, +10 s or a new phase moves them)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.cues.player import CuePlayer
from hiptrainer.domain.engine import Engine, Event
from hiptrainer.domain.plan import Phase
from hiptrainer.settings import Settings
from tests.gui.test_cues import FakeToneOutput
from tests.helpers.clock import FakeClock

HOLD = Phase(kind="work", duration=20.0, exercise="clamshell", side="left", target_hold_s=20.0)
DONE = Phase(kind="done", duration=None)


class TimedTones(FakeToneOutput):
    """Records when (seconds on the fake clock) each tone was asked for."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock
        self.at: list[tuple[str, float]] = []

    def play(self, name: str) -> None:
        super().play(name)
        self.at.append((name, self.clock.monotonic()))


class Hold:
    """One 20 s hold on the engine, its events sounded by ``cues`` as the player does."""

    def __init__(self, tmp_path: Path, beeps: int) -> None:
        self.clock = FakeClock()
        self.tones = TimedTones(self.clock)
        self.cues = CuePlayer(tmp_path, {}, voice=False, tone_output=self.tones)
        self.cues.follow_settings(Settings(countdown_beeps=beeps, voice=False))  # type: ignore[arg-type]
        self.engine = Engine([HOLD, DONE])
        self.cues.watch(self.engine, self.clock.monotonic)
        self.begun = self.clock.monotonic()
        self.sound(self.engine.start(self.begun))

    def sound(self, events: list[Event]) -> None:
        for event in events:
            self.cues.handle(event, self.engine.phases[event.phase], None)

    def run(self, seconds: float, step: float = 0.25) -> None:
        """Let time pass, waking the engine and the early ticks as their timers would."""
        for _ in range(round(seconds / step)):
            self.clock.advance(seconds=step)
            self.sound(self.engine.advance(self.clock.monotonic()))
            self.cues.early.wake()

    def ticks(self) -> list[float]:
        """When the ticks sounded, in seconds from the start of the hold."""
        return [round(at - self.begun, 2) for name, at in self.tones.at if name == "tick"]


def test_five_beeps_count_down_from_five(qtbot: QtBot, tmp_path: Path) -> None:
    hold = Hold(tmp_path, 5)
    # Armed for the fifth second before the end, not polled.
    assert hold.cues.early.timer.isActive()
    assert hold.cues.early.timer.interval() == 15_000
    hold.run(21)
    assert hold.ticks() == [15.0, 16.0, 17.0, 18.0, 19.0]
    assert hold.tones.played[0] == "work"
    assert not hold.cues.early.timer.isActive()  # done: nothing left to time


def test_three_beeps_are_the_engines_own(qtbot: QtBot, tmp_path: Path) -> None:
    hold = Hold(tmp_path, 3)
    assert not hold.cues.early.timer.isActive()
    hold.run(21)
    assert hold.ticks() == [17.0, 18.0, 19.0]


def test_tones_off_means_no_early_ticks(qtbot: QtBot, tmp_path: Path) -> None:
    hold = Hold(tmp_path, 5)
    hold.cues.follow_settings(Settings(countdown_beeps=5, tones=False, voice=False))
    hold.run(21)
    assert hold.ticks() == []


def test_a_pause_moves_the_early_ticks_and_ten_more_seconds_bring_them_round_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    hold = Hold(tmp_path, 5)
    hold.run(14)
    hold.sound(hold.engine.pause(hold.clock.monotonic()))
    assert not hold.cues.early.timer.isActive()
    hold.clock.advance(seconds=30)  # a long pause: nothing ticks
    hold.cues.early.wake()
    assert hold.ticks() == []
    hold.sound(hold.engine.resume(hold.clock.monotonic()))
    hold.run(1.5)  # 5 s left at 45 s from the start (14 s, a pause of 30 s, 1 s)
    assert hold.ticks() == [45.0]
    hold.engine.extend(hold.clock.monotonic())  # +10 s at 4.5 s left: 14.5 s, no event
    hold.cues.early.follow()
    assert hold.cues.early.timer.interval() == 9_500  # the fifth second comes round again
    hold.run(15)
    assert hold.ticks() == [45.0, 55.0, 56.0, 57.0, 58.0, 59.0]


def test_the_voice_is_chosen_by_name_and_a_missing_one_falls_back_once(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cues = CuePlayer(tmp_path, {}, speech_engine="mock", tone_output=FakeToneOutput())
    tts = cues.voice.tts
    assert tts is not None
    default = tts.voice().name()
    other = next(v.name() for v in tts.availableVoices() if v.name() != default)
    cues.follow_settings(Settings(voice_name=other))
    assert (cues.voice.voice_name, tts.voice().name()) == (other, other)
    with caplog.at_level(logging.WARNING, logger="hiptrainer.cues.voice"):
        cues.follow_settings(Settings(voice_name="Nobody Here"))
        cues.follow_settings(Settings(voice_name="Nobody Here"))  # before each workout
    assert (cues.voice.voice_name, tts.voice().name()) == ("", default)
    said = [r.getMessage() for r in caplog.records if "Nobody Here" in r.getMessage()]
    assert said == ["The voice 'Nobody Here' is not installed; the default voice speaks instead"]
    cues.follow_settings(Settings(voice_name=other))
    cues.follow_settings(Settings(voice_name=""))
    assert tts.voice().name() == default


def test_following_the_settings_sets_every_sound_choice(qtbot: QtBot, tmp_path: Path) -> None:
    output = FakeToneOutput()
    cues = CuePlayer(tmp_path, {}, speech_engine="mock", tone_output=output)
    chosen = Settings(tones=False, voice=False, voice_countdown=False, volume=0.3,
                      countdown_beeps=5)  # fmt: skip
    cues.follow_settings(chosen)
    assert (cues.tones_on, cues.voice_on, cues.countdown_on, cues.countdown_beeps) == (
        False, False, False, 5
    )  # fmt: skip
    assert output.volume == pytest.approx(0.3)
