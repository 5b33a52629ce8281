"""Cues with the mock speech engine and a recording tone output (so they are checked on any
machine, with or without a sound card), and a player that stays silent without audio."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.cues.player import CuePlayer
from hiptrainer.cues.sounds import RATE, TONES
from hiptrainer.cues.tones import TonePlayer
from hiptrainer.cues.voice import SpeechQueue
from hiptrainer.domain.engine import Event
from hiptrainer.domain.plan import Phase


class FakeToneOutput:
    """Stands in for the sound card: records the WAV files it was given and the tones asked."""

    def __init__(self) -> None:
        self.loaded: dict[str, Path] = {}
        self.played: list[str] = []
        self.volume = -1.0

    def load(self, name: str, path: Path) -> None:
        self.loaded[name] = path

    def play(self, name: str) -> None:
        self.played.append(name)

    def set_volume(self, volume: float) -> None:
        self.volume = volume


HOLD = Phase(kind="work", duration=20.0, exercise="clamshell", side="left", target_hold_s=20.0)


def test_lines_wait_their_turn_and_rep_counts_jump_the_queue(qtbot: QtBot) -> None:
    voice = SpeechQueue("mock")
    assert voice.available
    voice.say("Left side. Hold 20 seconds.")
    voice.say("Rest. Next: Clamshell.")
    voice.say("Switch sides.")
    assert voice.spoken == ["Left side. Hold 20 seconds."]  # the others wait, nothing is cut off
    assert voice.pending() == ["Rest. Next: Clamshell.", "Switch sides."]
    voice.say("4", urgent=True)
    assert voice.pending() == ["4"]  # stale lines behind a count are dropped
    qtbot.waitUntil(lambda: voice.spoken[-1] == "4", timeout=10_000)


def test_cue_player_speaks_and_beeps_as_the_settings_ask(qtbot: QtBot, tmp_path: Path) -> None:
    output = FakeToneOutput()
    cues = CuePlayer(tmp_path, {"clamshell": "Clamshell"}, speech_engine="mock", tone_output=output)
    assert cues.tones.available
    started = Event(kind="phase_started", phase=0, at=0.0)
    cues.handle(started, HOLD, None)
    assert cues.voice.spoken == ["Left side. Hold 20 seconds."]
    assert output.played == ["work"]
    cues.voice_on = False
    cues.handle(started, HOLD, None)
    assert len(cues.voice.spoken) + len(cues.voice.pending()) == 1  # nothing more said
    assert output.played == ["work", "work"]  # the tone still sounds
    cues.handle(Event(kind="countdown", phase=0, at=17.0, value=3), HOLD, None)
    assert output.played[-1] == "tick"
    cues.tones_on = False
    cues.handle(started, HOLD, None)
    assert output.played == ["work", "work", "tick"]  # tones off: none asked for
    cues.set_volume(1.7)
    assert output.volume == 1.0  # kept within what an output takes


def test_the_tones_are_written_as_wav_files_once(tmp_path: Path) -> None:
    output = FakeToneOutput()
    TonePlayer(tmp_path / "sounds", output)
    assert set(output.loaded) == set(TONES)
    for name, path in output.loaded.items():
        assert path == tmp_path / "sounds" / f"{name}.wav"
        with wave.open(str(path), "rb") as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
            seconds = sum(length for _, length in TONES[name])
            assert wav.getnframes() == pytest.approx(seconds * RATE, abs=len(TONES[name]))
    stamp = {path: path.stat().st_mtime_ns for path in output.loaded.values()}
    TonePlayer(tmp_path / "sounds", FakeToneOutput())
    assert {path: path.stat().st_mtime_ns for path in stamp} == stamp  # reused, not rewritten


def test_tones_are_off_with_a_reason_when_the_folder_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "sounds"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    output = FakeToneOutput()
    tones = TonePlayer(blocker, output)
    assert not tones.available
    assert tones.problem.startswith("tones are off: cannot write")
    tones.play("work")
    assert output.played == []


def test_no_audio_device_means_silence_said_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    cues = CuePlayer(tmp_path, {}, speech_engine="nosuchengine")
    assert not cues.tones.available
    assert not list(tmp_path.iterdir())  # no files written for sound that cannot play
    assert not cues.voice.available
    with qtbot.waitSignal(cues.notice) as said:
        cues.announce_problems()
    assert "no audio output device" in said.args[0]
    assert "no speech engine" in said.args[0]
    with qtbot.assertNotEmitted(cues.notice):
        cues.announce_problems()
    cues.handle(Event(kind="countdown", phase=0, at=0.0, value=3), HOLD, None)  # no crash
    assert cues.tones.played == []


def test_cue_player_given_the_exercises_says_the_set_up_as_a_side_starts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from hiptrainer.catalog import load_catalog
    from hiptrainer.domain.sides import setup_line

    exercises = load_catalog().exercises
    cues = CuePlayer(tmp_path, {"clamshell": "Clamshell"}, speech_engine="mock",
                     tone_output=FakeToneOutput(), exercises=exercises)  # fmt: skip
    switch = Phase(kind="switch_sides", duration=5.0, exercise="clamshell", side="right")
    cues.handle(Event(kind="phase_started", phase=0, at=0.0), switch, None)
    line = setup_line(exercises["clamshell"], "right")
    assert line is not None
    assert cues.voice.spoken == [f"Switch sides. {line}"]


def test_the_spoken_countdown_keeps_time_and_follows_its_setting(
    qtbot: QtBot, tmp_path: Path
) -> None:
    cues = CuePlayer(tmp_path, {"clamshell": "Clamshell"}, speech_engine="mock",
                     tone_output=FakeToneOutput())  # fmt: skip
    rest = Phase(kind="rest", duration=30.0, exercise="clamshell")
    cues.handle(Event(kind="phase_started", phase=0, at=0.0), rest, HOLD)
    cues.handle(Event(kind="countdown", phase=0, at=27.0, value=3), rest, HOLD)
    assert "Three" not in cues.voice.spoken + cues.voice.pending()  # off by default
    cues.countdown_on = True
    cues.voice.say("A long line still waiting")
    cues.handle(Event(kind="countdown", phase=0, at=28.0, value=2), rest, HOLD)
    # A count goes first and drops what waited behind it, as rep counts do.
    assert cues.voice.pending() == ["Two"]
    cues.voice_on = False
    cues.handle(Event(kind="countdown", phase=0, at=29.0, value=1), rest, HOLD)
    assert "One" not in cues.voice.spoken + cues.voice.pending()
