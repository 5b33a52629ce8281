"""Draws the phase that is playing: titles, the ring, the figure at the rep's tempo, the time
left. It reads the engine and the clock; it never changes the workout."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from hiptrainer.cues.lines import setup_for
from hiptrainer.domain.engine import Engine
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import Phase, planned_starts, total_seconds
from hiptrainer.domain.rep_motion import RepMotion, rep_motion, step_showing
from hiptrainer.domain.sides import swap_sides
from hiptrainer.ui.player.playing_view import PlayingView

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration


def work_step(exercise: Exercise, art: Illustration | None) -> int:
    """The step to show while working: for a hold, the held position (the last step); for
    reps, the first step that is a movement (the rep itself)."""
    last = len(exercise.steps) - 1
    if art is None or exercise.dosage.is_hold:
        return last
    from hiptrainer.figures.poses import rep_pose

    rep = rep_pose(art.poses)
    for index, step in enumerate(exercise.steps):
        if step.pose == rep:
            return index
    return last


def step_text(exercise: Exercise, step: int, side: str) -> str:
    """A step as said for ``side``: the steps are written for the left side (the working
    side, as the pictures draw it), so the right side reads them with left and right
    swapped, as its figure is mirrored."""
    text = exercise.steps[step].text
    return swap_sides(text) if side == "right" else text


def time_left_text(seconds: float) -> str:
    left = max(0, round(seconds))
    return f"{left // 60}:{left % 60:02d} left"


class PhaseDisplay:
    def __init__(self, view: PlayingView, exercises: dict[str, Exercise]) -> None:
        self.view = view
        self.exercises = exercises
        self._art: dict[str, Illustration | None] = {}
        self._step = 0
        self._planned = 0.0
        self._starts: list[float] = [0.0]

    def begin(self, phases: list[Phase]) -> None:
        """A new plan: its planned length and phase starts are computed once, here."""
        self._planned = total_seconds(phases)
        self._starts = planned_starts(phases)

    def illustration(self, exercise: Exercise) -> Illustration | None:
        if exercise.id not in self._art:
            try:
                from hiptrainer.catalog.poses import load_poses
                from hiptrainer.figures.render import Illustration

                self._art[exercise.id] = Illustration(
                    load_poses(exercise.id), exercise.primary_muscles
                )
            except Exception:  # noqa: BLE001 (a missing picture must never stop a workout)
                self._art[exercise.id] = None
        return self._art[exercise.id]

    def show_current(self, engine: Engine, now: float) -> None:
        phase = engine.phase
        if phase.kind == "done":
            return
        exercise = self.exercises[phase.exercise]
        art = self.illustration(exercise)
        step = work_step(exercise, art) if phase.kind == "work" else 0
        next_name = ""
        if phase.kind in ("rest", "transition", "switch_sides"):
            upcoming = next(
                (p for p in engine.phases[engine.index + 1 :] if p.kind == "work"), None
            )
            if upcoming is not None:
                next_name = self.exercises[upcoming.exercise].name
                if upcoming.side != "both":
                    next_name += f", {upcoming.side} side"
        self.view.show_phase(
            phase,
            exercise.name,
            step_text(exercise, step, phase.side),
            next_name,
            engine.state == "paused",
            # Before a side starts, the first step's figure, mirrored for it, and its set-up.
            setup=setup_for(phase, self.exercises),
        )
        self._step = step
        self.redraw(engine, now)

    def redraw(self, engine: Engine, now: float) -> None:
        phase = engine.phase
        if phase.kind == "done":
            return
        remaining = engine.remaining(now)
        exercise = self.exercises[phase.exercise]
        art = self._art.get(exercise.id)
        ring = self.view.ring
        t = 1.0
        motion: RepMotion | None = None
        if remaining is None:
            ring.show_value(str(phase.target_reps or ""), 1.0, "reps — Enter when done")
        elif phase.kind == "work" and phase.rep_seconds:
            elapsed = engine.elapsed(now)
            rep = min(int(elapsed // phase.rep_seconds) + 1, phase.reps)
            within = elapsed - (rep - 1) * phase.rep_seconds
            lift, pause, lower = phase.tempo or (1.0, 1.0, 1.0)
            if art is not None and art.poses.rep_cycle:
                motion = rep_motion(art.poses.rep_cycle, (lift, pause, lower), within)
                self._follow(exercise, motion, phase.side)
            elif within < lift:
                t = within / lift
            elif within > lift + pause:
                t = max(0.0, 1 - (within - lift - pause) / lower)
            ring.show_value(str(rep), elapsed / (phase.duration or 1), f"rep of {phase.reps}")
        else:
            duration = engine.length() or 0.0
            ring.show_value(
                str(math.ceil(remaining)), 1 - remaining / max(duration, 1e-6), "seconds"
            )
        if art is not None:
            side = phase.side if phase.side != "both" else "left"
            if motion is not None:
                self.view.figure.show_pose(
                    art, motion.to_pose, side, motion.t, from_pose=motion.from_pose
                )
            else:
                self.view.figure.show_pose(
                    art,
                    exercise.steps[self._step].pose,
                    side,
                    t if phase.kind == "work" else 1.0,
                )
        done = self._starts[engine.index] + engine.elapsed(now)
        self.view.progress.setValue(round(100 * min(done / max(self._planned, 1), 1.0)))
        self.view.time_left.setText(time_left_text(self._planned - done))

    def _follow(self, exercise: Exercise, motion: RepMotion, side: str) -> None:
        """The step text follows a rep through its cycle (see ``RepMotion.step_pose``)."""
        step = step_showing([step.pose for step in exercise.steps], motion)
        if step is not None and step != self._step:
            self._step = step
            self.view.step_label.setText(step_text(exercise, step, side))
