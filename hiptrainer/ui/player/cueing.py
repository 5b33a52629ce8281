"""Tones and the voice for each engine event, with the set-up line when a side starts.

``CuePlayer.handle`` knows the exercises' names only, so its lines never say where the body
goes; the Train tab knows the exercises and gives them to the line here, so the get-ready,
next-up and switch-sides phases also say the side's set-up line ("Right leg on the bench:
lie on your left side.").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from hiptrainer.cues.lines import line_for, tone_for

if TYPE_CHECKING:
    from hiptrainer.cues.player import CuePlayer
    from hiptrainer.domain.engine import Event
    from hiptrainer.domain.model import Exercise
    from hiptrainer.domain.plan import Phase


def give_cues(
    cues: CuePlayer,
    event: Event,
    phase: Phase,
    upcoming: Phase | None,
    exercises: Mapping[str, Exercise],
) -> None:
    """What ``CuePlayer.handle`` does, with the exercises for the set-up lines."""
    if cues.tones_on:
        tone = tone_for(event, phase)
        if tone:
            cues.tones.play(tone)
    if cues.voice_on:
        line = line_for(event, phase, cues.names, upcoming, exercises)
        if line:
            cues.voice.say(line, urgent=event.kind == "rep")
