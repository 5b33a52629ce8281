"""What the player shows of the clock at a moment, and when that next changes (no Qt).

The countdown ring, the routine's time left and its progress move in whole seconds, as a
countdown does; a paced set's picture moves only while the body moves (see
:func:`hiptrainer.domain.rep_motion.rep_frame`). :func:`next_change` says how long until any
of them shows something new, so the player sleeps until then instead of redrawing on a fixed
beat: a hold costs about what a plain countdown costs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from hiptrainer.domain.plan import Phase
from hiptrainer.domain.rep_motion import RepFrame, rep_frame
from hiptrainer.domain.words import translate

__all__ = ["Readout", "next_change", "readout"]

# Wake a millisecond past a boundary, so a rounded-up second has surely turned over.
WAKE_MARGIN_S = 0.001


class Readout(NamedTuple):
    # The ring's number: seconds left, the rep under way, or the reps to do at one's own pace.
    number: str
    caption: str
    # How full the ring is, 0 to 1; it moves once a second (in a paced set: once a rep).
    fraction: float
    # The routine's planned time left, in whole seconds (rounded up, as a countdown).
    time_left_s: int
    # The planned share of the routine done, 0 to 100.
    progress_pct: int
    # A paced set: where the rep is; None for anything else.
    frame: RepFrame | None


def _turn(value: float) -> float:
    """Seconds until a value counting down shows a new whole number when rounded up."""
    return value - (math.ceil(value) - 1) if value > 0 else math.inf


def _next_frame(now: RepFrame, frame_s: float) -> float:
    """Seconds to the next point of the rep's frame grid at which the picture moves: the
    next one while moving, the first one after the pause while still."""
    if math.isinf(now.still_for):
        return math.inf
    if now.still_for == 0:
        point = math.floor(now.within / frame_s + 1e-9) + 1
    else:
        point = math.ceil((now.within + now.still_for) / frame_s - 1e-9)
    return point * frame_s - now.within


def readout(
    phase: Phase,
    length: float | None,
    elapsed: float,
    before_s: float,
    total_s: float,
    cycle: Sequence[str] = (),
    frame_s: float | None = None,
) -> Readout:
    """The readout ``elapsed`` seconds into ``phase`` (``length`` seconds long with any time
    added, None when self-paced), which starts ``before_s`` planned seconds into a routine of
    ``total_s``; ``cycle`` is the key poses a paced rep moves through, ``frame_s`` the frame
    grid its pictures keep to (see :func:`rep_frame`)."""
    done = before_s + elapsed
    left = max(0.0, total_s - done)
    time_left = math.ceil(left)
    progress = min(100, math.floor(100 * done / total_s)) if total_s > 0 else 100
    frame = None
    if length is None:
        #: Under the countdown ring's number, read from the mat: the reps to do at one's own
        #: pace, and the Enter key that says they are done (keep it short).
        caption = translate("readout", "reps — Enter when done")
        number, fraction = str(phase.target_reps or ""), 1.0
    elif phase.kind == "work" and phase.tempo and phase.reps:
        frame = rep_frame(phase.tempo, phase.reps, elapsed, cycle, frame_s)
        #: Under the ring's number (the rep under way), read from the mat: "3 / rep of 12"
        #: (keep it short).
        caption = translate("readout", "rep of {n}").format(n=phase.reps)
        number = str(frame.rep)
        # Filled by the reps done: it moves once a rep, with the number, not every second
        # (each repaint of the ring is a wake-up's worth of work).
        fraction = min(1.0, (frame.rep - 1) / phase.reps)
    else:
        shown = math.ceil(max(0.0, length - elapsed))
        #: Under the ring's number (the seconds left), read from the mat (keep it short).
        number, caption = str(shown), translate("readout", "seconds")
        fraction = 1 - shown / max(length, 1e-6)
    return Readout(number, caption, fraction, time_left, progress, frame)


def next_change(
    phase: Phase,
    length: float | None,
    elapsed: float,
    before_s: float,
    total_s: float,
    frame_s: float,
    cycle: Sequence[str] = (),
    frames: bool = True,
) -> float | None:
    """Seconds until :func:`readout` (same arguments) shows something else, with a paced
    rep's picture moving on the grid of ``frame_s`` seconds; None if nothing ever will.
    Without ``frames``, a paced rep's pictures are left out: the caller knows which of them
    it shows (and wakes for those itself), the rest still counts."""
    if frame_s <= 0:
        raise ValueError(f"a frame lasts a positive time, not {frame_s}")
    # The progress bar moves on these same wake-ups: a percent is no reason to wake.
    waits = [_turn(total_s - before_s - elapsed)]
    if length is not None:
        if phase.kind == "work" and phase.tempo and phase.reps:
            if frames:
                frame = rep_frame(phase.tempo, phase.reps, elapsed, cycle)
                waits.append(_next_frame(frame, frame_s))
        else:
            waits.append(_turn(length - elapsed))
    wait = min(waits)
    return None if math.isinf(wait) else max(0.0, wait) + WAKE_MARGIN_S
