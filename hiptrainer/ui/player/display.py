"""Draws the phase that is playing: its words, the countdown, the figure at the rep's tempo,
the time left. It reads the engine and the clock; it never changes the workout.

What it shows of the clock, and when that next changes, comes from the domain
(:mod:`hiptrainer.domain.readout`): :meth:`PhaseDisplay.redraw` returns how long the picture
stays as it is, and the Train tab sleeps until then.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hiptrainer.cues.lines import setup_for
from hiptrainer.domain.engine import Engine
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.plan import Phase, TempoSeconds, planned_starts, total_seconds
from hiptrainer.domain.readout import WAKE_MARGIN_S, next_change, readout
from hiptrainer.domain.rep_motion import RepFrame, rep_frame, step_showing
from hiptrainer.domain.sides import swap_sides
from hiptrainer.ui.player.playing_view import PlayingView, Shown
from hiptrainer.ui.player.wording import PlayerWords, counter_text, time_left_template

if TYPE_CHECKING:
    from hiptrainer.figures.render import Illustration

#: Seconds between two pictures of a moving rep: ten a second, smooth enough for a movement
#: that takes a second or two, on a grid that every rep repeats (its pictures are kept).
FRAME_S = 0.1
#: A paced rep's next picture is worth a wake-up once some joint has moved this many pixels
#: from the last picture shown: the eased start and end of a movement creep by less than that
#: in a frame, and are passed over (see :meth:`PhaseDisplay._rep_schedule`). Five: the eye
#: resolves about one minute of arc, which from the mat (3 m) is about 0.9 mm, four pixels of
#: a 14-inch laptop screen 1280 pixels wide; a smaller step is not seen from there, and each
#: wake-up costs about as much as a second of a plain countdown.
MIN_SHIFT_PX = 5.0
#: Where a moment's joints are drawn: (illustration, pose, from pose, t, width, height).
PointsKey = tuple[int, str, str | None, float, int, int]
#: What a set's schedule of pictures depends on: exercise, illustration, tempo, figure size.
ScheduleKey = tuple[str, int, TempoSeconds, int, int]
#: Each phase's word, read from the mat (translated when shown).
TITLES: dict[str, str] = {
    "prepare": str(QT_TRANSLATE_NOOP("PlayerWords", "Get ready")),
    "rest": str(QT_TRANSLATE_NOOP("PlayerWords", "Rest")),
    "transition": str(QT_TRANSLATE_NOOP("PlayerWords", "Rest")),
    "switch_sides": str(QT_TRANSLATE_NOOP("PlayerWords", "Switch sides")),
    "done": str(QT_TRANSLATE_NOOP("PlayerWords", "Done")),
    "hold": str(QT_TRANSLATE_NOOP("PlayerWords", "Hold")),
    "reps": str(QT_TRANSLATE_NOOP("PlayerWords", "Reps")),
}


def grid_point(within: float) -> int:
    """The point of a rep's frame grid a moment ``within`` seconds into the rep is at."""
    return math.floor(within / FRAME_S + 1e-6)


def moved(before: Sequence[tuple[float, float]], after: Sequence[tuple[float, float]]) -> bool:
    """Whether some joint is ``MIN_SHIFT_PX`` or more away from where it was."""
    return any(
        abs(x0 - x1) >= MIN_SHIFT_PX or abs(y0 - y1) >= MIN_SHIFT_PX
        for (x0, y0), (x1, y1) in zip(before, after, strict=True)
    )


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


def time_left_text(seconds: float, template: str = "{time} left") -> str:
    """The routine's time left, "4:05 left"; ``template`` is :func:`time_left_template`."""
    left = max(0, round(seconds))
    return template.format(time=f"{left // 60}:{left % 60:02d}")


def title(phase: Phase) -> str:
    """The phase in one word, translated: "Hold", "Reps", "Rest", "Switch sides"..."""
    kind: str = phase.kind
    if kind == "work":
        kind = "hold" if phase.target_hold_s is not None else "reps"
    return QCoreApplication.translate("PlayerWords", TITLES[kind])


def upcoming_work(phases: Sequence[Phase], index: int) -> Phase | None:
    """The next hold or set of reps after phase ``index``."""
    return next((p for p in phases[index + 1 :] if p.kind == "work"), None)


class Composed(NamedTuple):
    shown: Shown
    exercise: Exercise
    step: int
    side: str
    #: The work it is about is a paced set (its moving pictures are worth keeping).
    paced: bool


class Pictures:
    """Each exercise's illustration, loaded once (None for one without pictures)."""

    def __init__(self) -> None:
        self._art: dict[str, Illustration | None] = {}

    def get(self, exercise_id: str) -> Illustration | None:
        """The illustration if already loaded."""
        return self._art.get(exercise_id)

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


class PhaseDisplay:
    def __init__(
        self,
        view: PlayingView,
        exercises: dict[str, Exercise],
        pictures: Pictures | None = None,
    ) -> None:
        self.view = view
        self.exercises = exercises
        self._art = pictures or Pictures()
        self._step = 0
        #: The exercise and side the figure and step text show (in a rest: what is next).
        self._shown: tuple[str, str] = ("", "left")
        self._planned = 0.0
        self._starts: list[float] = [0.0]
        self._blocks = 1
        self._words()
        #: Where each moment of a paced rep draws its joints, worked out once (every rep
        #: shows the same moments).
        self._points: dict[PointsKey, list[tuple[float, float]]] = {}
        #: Each paced set's pictures worth showing (see :meth:`_rep_schedule`).
        self._schedules: dict[ScheduleKey, tuple[int, ...]] = {}

    def begin(self, phases: list[Phase]) -> None:
        """A new plan: its planned length and phase starts are computed once, here."""
        self._words()
        self._planned = total_seconds(phases)
        self._starts = planned_starts(phases)
        self._blocks = max((p.block for p in phases), default=0) + 1

    def _words(self) -> None:
        """The page's sentence templates in the interface's language, looked up once."""
        self._next = PlayerWords.tr("Next: {name}")
        self._position = PlayerWords.tr("Exercise {number} of {count}")
        self._time_left = time_left_template()

    def illustration(self, exercise: Exercise) -> Illustration | None:
        return self._art.illustration(exercise)

    def _compose(self, engine: Engine, index: int) -> Composed:
        """What phase ``index`` shows: its words, and the exercise, step and side of its
        figure (in a rest, a switch or a get-ready: those of the work that comes next)."""
        phase = engine.phases[index]
        working = phase.kind == "work"
        target = phase if working else upcoming_work(engine.phases, index) or phase
        exercise = self.exercises[target.exercise]
        art = self.illustration(exercise)
        # Working: the held position or the rep. Before it: where it starts, for its side.
        step = work_step(exercise, art) if working else 0
        side = target.side
        shown = Shown(
            title=title(phase),
            counter=counter_text(target),
            exercise=exercise.name if working else self._next.format(name=exercise.name),
            side=side,
            step=step_text(exercise, step, side),
            setup=setup_for(phase, self.exercises),
            paused=engine.state == "paused" and index == engine.index,
            timed=phase.timed,
            self_paced=working and not phase.timed,
            can_fix=bool(engine.results),
            position=self._position.format(number=phase.block + 1, count=self._blocks),
        )
        return Composed(shown, exercise, step, side, target.tempo is not None)

    def show_current(self, engine: Engine, now: float) -> float | None:
        """The phase under way, whole; returns what :meth:`redraw` returns."""
        if engine.phase.kind == "done":
            return None
        shown, exercise, step, side, paced = self._compose(engine, engine.index)
        self._step, self._shown = step, (exercise.id, side)
        if not paced:
            self.view.figure.drop_frames()  # no paced set now or next: its pictures can go
        self.view.show_phase(shown)
        art = self._art.get(exercise.id)
        if art is not None:
            self.view.figure.show_pose(art, exercise.steps[step].pose, side)
        return self.redraw(engine, now)

    def prepare_next(self, engine: Engine) -> None:
        """Work out the next phase ahead, while this one plays: its words laid out and its
        first picture drawn, so a new phase reaches the screen without waiting for them."""
        index = engine.index + 1
        if index >= len(engine.phases) or engine.phases[index].kind == "done":
            return
        shown, exercise, step, side, _paced = self._compose(engine, index)
        self.view.prepare(shown)
        art = self.illustration(exercise)
        if art is None:
            return
        phase = engine.phases[index]
        if phase.kind == "work" and phase.tempo and phase.reps:
            # Its pictures chosen now too: the set's first wake-up then only looks them up.
            self._rep_schedule(exercise, art, phase.tempo, phase.reps)
            first = rep_frame(phase.tempo, phase.reps, 0.0, art.poses.rep_cycle, FRAME_S)
            if first.motion is not None:
                motion = first.motion
                self.view.figure.prepare(art, motion.to_pose, side, motion.t, motion.from_pose)
            else:
                self.view.figure.prepare(art, exercise.steps[step].pose, side, first.t)
            return
        self.view.figure.prepare(art, exercise.steps[step].pose, side)

    def redraw(self, engine: Engine, now: float) -> float | None:
        """Show the clock's moment; returns the seconds until anything shown changes (None:
        nothing will until the engine moves on, e.g. while paused)."""
        phase = engine.phase
        if phase.kind == "done":
            return None
        exercise = self.exercises[self._shown[0] or phase.exercise]
        art = self._art.get(exercise.id)
        cycle = art.poses.rep_cycle if art is not None else ()
        shown = (phase, engine.length(), engine.elapsed(now), self._starts[engine.index])
        moment = readout(*shown, self._planned, cycle, FRAME_S)
        self.view.ring.show_value(moment.number, moment.fraction, moment.caption)
        if moment.frame is not None and art is not None and phase.tempo is not None:
            # The picture of the schedule's latest point: a wake-up for the time left shows
            # no picture between two of those (each rep shows the very same ones).
            at = self._shown_point(exercise, art, phase.tempo, phase.reps or 1, shown[2])
            self._move(exercise, art, rep_frame(phase.tempo, phase.reps or 1, at, cycle, FRAME_S))
        self.view.progress.setValue(moment.progress_pct)
        left = time_left_text(moment.time_left_s, self._time_left)
        if self.view.time_left.text() != left:
            self.view.time_left.setText(left)
        if engine.state != "running":
            return None
        paced = moment.frame is not None and art is not None and phase.tempo is not None
        wait = next_change(*shown, self._planned, FRAME_S, cycle, frames=not paced)
        if paced and art is not None and phase.tempo is not None:
            picture = self._next_picture(exercise, art, phase.tempo, phase.reps or 1, shown[2])
            wait = picture if wait is None else min(wait, picture)
        return wait

    def _rep_at(self, tempo: TempoSeconds, reps: int, elapsed: float) -> tuple[int, float]:
        """(rep index from 0, seconds into it) ``elapsed`` seconds into a paced set."""
        rep_s = sum(tempo)
        rep = min(int(max(0.0, elapsed) // rep_s), reps - 1) if rep_s > 0 else reps - 1
        return rep, max(0.0, elapsed) - rep * rep_s

    def _shown_point(
        self, exercise: Exercise, art: Illustration, tempo: TempoSeconds, reps: int, elapsed: float
    ) -> float:
        """The moment of the set (seconds into it) whose picture shows now: the latest point
        of the rep's schedule (see :meth:`_rep_schedule`) at or before ``elapsed``."""
        wakes = self._rep_schedule(exercise, art, tempo, reps)
        rep, within = self._rep_at(tempo, reps, elapsed)
        point = wakes[max(0, bisect.bisect_right(wakes, grid_point(within)) - 1)]
        return rep * sum(tempo) + point * FRAME_S + FRAME_S / 100

    def _next_picture(
        self, exercise: Exercise, art: Illustration, tempo: TempoSeconds, reps: int, elapsed: float
    ) -> float:
        """Seconds until the next picture of a paced set that its schedule shows (see
        :meth:`_rep_schedule`): the creeping ones and the unchanged ones of a pause are passed
        over, the first of the next rep is not (its number turns with it)."""
        wakes = self._rep_schedule(exercise, art, tempo, reps)
        rep_s = sum(tempo)
        rep, within = self._rep_at(tempo, reps, elapsed)
        here = grid_point(within)
        later = bisect.bisect_right(wakes, here)
        if later < len(wakes):
            return max(0.0, wakes[later] * FRAME_S - within) + WAKE_MARGIN_S
        if rep + 1 < reps:
            return max(0.0, rep_s - within) + WAKE_MARGIN_S
        return math.inf

    def _rep_schedule(
        self, exercise: Exercise, art: Illustration, tempo: TempoSeconds, reps: int
    ) -> tuple[int, ...]:
        """The points of a rep's frame grid at which a new picture is shown, in order,
        worked out once for a set: the first, the start of every still moment and every new
        step, and a moving picture once some joint has moved ``MIN_SHIFT_PX`` from the last
        one shown. Every rep of the set then shows the very same pictures (drawn in its first
        rep, copied in the others), and a wake-up looks its next picture up instead of
        working out where the joints would go."""
        size = self.view.figure.size()
        key = (exercise.id, id(art), tempo, size.width(), size.height())
        schedule = self._schedules.get(key)
        if schedule is not None:
            return schedule
        cycle = art.poses.rep_cycle
        poses = [step.pose for step in exercise.steps]
        held = work_step(exercise, art)  # the step a set without a cycle of poses shows
        points = max(1, math.ceil(sum(tempo) / FRAME_S - 1e-9))
        shown: list[int] = []
        last: list[tuple[float, float]] | None = None
        last_moment: tuple[str, str | None, float] | None = None
        step_now: int | None = None
        for point in range(points):
            frame = rep_frame(tempo, reps, point * FRAME_S + FRAME_S / 100, cycle, FRAME_S)
            motion = frame.motion
            if motion is not None:
                step = step_showing(poses, motion)
                moment: tuple[str, str | None, float] = (motion.to_pose, motion.from_pose, motion.t)
            else:
                step, moment = None, (poses[held], None, frame.t)
            joints = self._screen_points(art, moment)
            new_step = step is not None and step != step_now
            still = frame.still_for != 0 and moment != last_moment
            if last is None or still or new_step or moved(last, joints):
                shown.append(point)
                last, step_now = joints, step if step is not None else step_now
            last_moment = moment
        schedule = tuple(shown)
        if len(self._schedules) > 16:
            self._schedules.clear()
        self._schedules[key] = schedule
        return schedule

    def _screen_points(
        self, art: Illustration, moment: tuple[str, str | None, float]
    ) -> list[tuple[float, float]]:
        pose, from_pose, t = moment
        size = self.view.figure.size()
        key = (id(art), pose, from_pose, round(t, 3), size.width(), size.height())
        points = self._points.get(key)
        if points is None:
            if len(self._points) > 256:
                self._points.clear()
            points = art.screen_points(pose, size.width(), size.height(), t, from_pose)
            self._points[key] = points
        return points

    def _move(self, exercise: Exercise, art: Illustration, frame: RepFrame) -> None:
        """A paced rep: the figure where the rep is, the step text following it (see
        ``RepMotion.step_pose``)."""
        side = self._shown[1]
        motion = frame.motion
        if motion is None:
            pose = exercise.steps[self._step].pose
            self.view.figure.show_pose(art, pose, side, frame.t)
            return
        self.view.figure.show_pose(art, motion.to_pose, side, motion.t, from_pose=motion.from_pose)
        step = step_showing([step.pose for step in exercise.steps], motion)
        if step is not None and step != self._step:
            self._step = step
            self.view.show_step(step_text(exercise, step, side))
