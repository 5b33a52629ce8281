"""Cues with the mock speech engine, and a player that stays silent without audio."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.cues.player import CuePlayer
from hiptrainer.cues.voice import SpeechQueue
from hiptrainer.domain.engine import Event
from hiptrainer.domain.plan import Phase

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
    cues = CuePlayer(tmp_path, {"clamshell": "Clamshell"}, speech_engine="mock")
    cues.handle(Event(kind="phase_started", phase=0, at=0.0), HOLD, None)
    assert cues.voice.spoken == ["Left side. Hold 20 seconds."]
    cues.voice_on = False
    cues.handle(Event(kind="phase_started", phase=0, at=0.0), HOLD, None)
    assert len(cues.voice.spoken) + len(cues.voice.pending()) == 1
    if cues.tones.available:
        assert cues.tones.played == ["work", "work"]


def test_no_audio_device_means_silence_said_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    cues = CuePlayer(tmp_path, {}, speech_engine="nosuchengine")
    assert not cues.tones.available
    assert not cues.voice.available
    with qtbot.waitSignal(cues.notice) as said:
        cues.announce_problems()
    assert "no audio output device" in said.args[0]
    assert "no speech engine" in said.args[0]
    with qtbot.assertNotEmitted(cues.notice):
        cues.announce_problems()
    cues.handle(Event(kind="countdown", phase=0, at=0.0, value=3), HOLD, None)  # no crash
