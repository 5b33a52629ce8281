"""The player's engine: a pure, deadline-based state machine over a phase plan.

Every timed phase has an absolute deadline on a monotonic clock. ``advance(now)`` crosses
every deadline (and every countdown second and paced rep) that ``now`` has passed, in order,
and returns those events; the next phase starts at the previous deadline, not at "now", so a
late or blocked caller never makes a workout run long. Nothing here reads a clock: each call
is given ``now``.

Open-ended work (a self-test) has no deadline: a hold counts up (``elapsed``) until
``stop``, and a rep count goes up by one with each ``tap_rep`` until ``stop`` or
``complete`` (which may also take the number the user typed at the end).
"""

from __future__ import annotations

from typing import Literal

import msgspec

from hiptrainer.domain.plan import Phase

EventKind = Literal[
    "phase_started", "countdown", "rep", "set_completed", "set_corrected", "paused", "resumed",
    "finished",
]  # fmt: skip
State = Literal["idle", "running", "paused", "finished"]
BACK_WINDOW_S = 2.0
COUNTDOWN = 3


class WorkResult(msgspec.Struct, frozen=True, kw_only=True):
    """One finished (or skipped) work phase: what the store records as a set."""

    phase: int
    exercise: str
    side: str
    set_index: int
    rep_index: int
    target_reps: int | None
    reps: int | None
    target_hold_s: float | None
    hold_s: float | None
    started: float  # monotonic seconds
    ended: float
    skipped: bool = False


class Event(msgspec.Struct, frozen=True, kw_only=True):
    kind: EventKind
    phase: int
    at: float
    value: int = 0
    result: WorkResult | None = None


class Engine:
    def __init__(self, phases: list[Phase]) -> None:
        if not phases or phases[-1].kind != "done":
            raise ValueError("a plan ends with a done phase")
        self.phases = phases
        self.state: State = "idle"
        self.index = 0
        self.results: list[WorkResult] = []
        self._start = 0.0  # when the current phase started (scheduled time)
        self._extra = 0.0  # seconds added with extend()
        self._paused_at = 0.0
        self._ticks_done = 0  # countdown seconds already announced in this phase
        self._reps_done = 0  # paced reps already counted in this phase

    # --- reading ---------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self.phases[self.index]

    def length(self) -> float | None:
        """The current phase's length, with any extension (None: self-paced or done)."""
        duration = self.phase.duration
        return None if duration is None else duration + self._extra

    def deadline(self) -> float | None:
        duration = self.phase.duration
        return None if duration is None else self._start + duration + self._extra

    def elapsed(self, now: float) -> float:
        moment = self._paused_at if self.state == "paused" else now
        return max(0.0, moment - self._start)

    def remaining(self, now: float) -> float | None:
        end = self.deadline()
        if end is None:
            return None
        moment = self._paused_at if self.state == "paused" else now
        return max(0.0, end - moment)

    @property
    def counted_reps(self) -> int:
        """Reps counted so far in the current phase: paced reps, or the user's taps."""
        return self._reps_done

    def next_event_time(self) -> float | None:
        """When ``advance`` next has something to report (None: nothing is scheduled)."""
        if self.state != "running":
            return None
        times = [t for t, _, _ in self._pending()]
        return min(times) if times else None

    # --- operations ------------------------------------------------------------------------

    def start(self, now: float, index: int = 0) -> list[Event]:
        """Begin at phase ``index`` (0, or further on when resuming a session)."""
        if self.state != "idle":
            return []
        self.state = "running"
        return self._enter(min(max(index, 0), len(self.phases) - 1), now)

    def advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while self.state == "running":
            pending = [p for p in self._pending() if p[0] <= now]
            if not pending:
                break
            at, kind, value = min(pending, key=lambda p: (p[0], p[1] == "end"))
            if kind == "countdown":
                self._ticks_done += 1
                events.append(Event(kind="countdown", phase=self.index, at=at, value=value))
            elif kind == "rep":
                self._reps_done += 1
                events.append(Event(kind="rep", phase=self.index, at=at, value=value))
            else:
                events += self._finish_phase(at, skipped=False)
        return events

    def pause(self, now: float) -> list[Event]:
        if self.state != "running":
            return []
        self.state = "paused"
        self._paused_at = now
        return [Event(kind="paused", phase=self.index, at=now)]

    def resume(self, now: float) -> list[Event]:
        if self.state != "paused":
            return []
        self._start += now - self._paused_at
        self.state = "running"
        return [Event(kind="resumed", phase=self.index, at=now)]

    def skip(self, now: float) -> list[Event]:
        """End the current phase now; skipped work is recorded as skipped."""
        if self.state not in ("running", "paused") or self.phase.kind == "done":
            return []
        self._resume_silently(now)
        return self._finish_phase(now, skipped=True)

    def back(self, now: float) -> list[Event]:
        """Restart this phase, or go to the previous one within its first two seconds."""
        if self.state not in ("running", "paused"):
            return []
        target = self.index
        if self.elapsed(now) < BACK_WINDOW_S and self.index > 0:
            target = self.index - 1
        self.state = "running"
        return self._enter(target, now)

    def extend(self, now: float, seconds: float = 10.0) -> list[Event]:
        if self.state in ("running", "paused") and self.phase.timed:
            self._extra += seconds
        return []

    def complete(self, now: float, reps: int | None = None) -> list[Event]:
        """The user finished a self-paced set (optionally saying how many reps)."""
        phase = self.phase
        if self.state not in ("running", "paused") or phase.kind != "work" or phase.timed:
            return []
        if phase.open_ended == "reps" and reps is not None and reps < 0:
            raise ValueError(f"a count of reps cannot be negative, not {reps}")
        self._resume_silently(now)
        return self._finish_phase(now, skipped=False, reps=reps)

    def stop(self, now: float) -> list[Event]:
        """End an open-ended hold or rep count now (the user's Stop): a hold records the
        seconds held, a rep count the reps tapped. Anything else ignores it."""
        if self.state not in ("running", "paused") or self.phase.open_ended is None:
            return []
        self._resume_silently(now)
        return self._finish_phase(now, skipped=False)

    def tap_rep(self, now: float) -> list[Event]:
        """Count one rep of an open-ended rep count (the user's tap); a "rep" event."""
        if self.state != "running" or self.phase.open_ended != "reps":
            return []
        self._reps_done += 1
        return [Event(kind="rep", phase=self.index, at=now, value=self._reps_done)]

    def finish_early(self, now: float) -> list[Event]:
        if self.state not in ("running", "paused"):
            return []
        self._resume_silently(now)
        events: list[Event] = []
        if self.phase.kind == "work":
            result = self._record(now, skipped=True)
            events.append(Event(kind="set_completed", phase=self.index, at=now, result=result))
        self.index = len(self.phases) - 1
        self.state = "finished"
        events.append(Event(kind="finished", phase=self.index, at=now))
        return events

    def correct_last(self, reps: int | None = None, hold_s: float | None = None) -> list[Event]:
        """Fix the reps or hold of the most recent recorded set."""
        if not self.results:
            return []
        last = self.results[-1]
        fixed = msgspec.structs.replace(
            last,
            reps=last.reps if reps is None else reps,
            hold_s=last.hold_s if hold_s is None else hold_s,
            skipped=False,
        )
        self.results[-1] = fixed
        return [Event(kind="set_corrected", phase=fixed.phase, at=fixed.ended, result=fixed)]

    # --- internals -------------------------------------------------------------------------

    def _resume_silently(self, now: float) -> None:
        if self.state == "paused":
            self._start += now - self._paused_at
            self.state = "running"

    def _enter(self, index: int, at: float) -> list[Event]:
        self.index = index
        self._start = at
        self._extra = 0.0
        self._ticks_done = 0
        self._reps_done = 0
        events = [Event(kind="phase_started", phase=index, at=at)]
        if self.phase.kind == "done":
            self.state = "finished"
            events.append(Event(kind="finished", phase=index, at=at))
        return events

    def _pending(self) -> list[tuple[float, str, int]]:
        """The next countdown second, the next paced rep and the phase end, if timed."""
        phase = self.phase
        end = self.deadline()
        pending: list[tuple[float, str, int]] = []
        if end is None:
            return pending
        if phase.kind == "work" and phase.rep_seconds and self._reps_done < phase.reps:
            pending.append((self._start + (self._reps_done + 1) * phase.rep_seconds, "rep",
                            self._reps_done + 1))  # fmt: skip
        ticks = min(COUNTDOWN, int((phase.duration or 0) + self._extra))
        if self._ticks_done < ticks:
            second = ticks - self._ticks_done
            pending.append((end - second, "countdown", second))
        pending.append((end, "end", 0))
        return pending

    def _record(self, ended: float, skipped: bool, reps: int | None = None) -> WorkResult:
        phase = self.phase
        worked = max(0.0, ended - self._start)
        if phase.open_ended == "reps":
            counted: int | None = self._reps_done if reps is None else reps
        elif phase.target_reps is None:
            counted = None
        elif reps is not None:
            counted = reps
        else:
            counted = self._reps_done if phase.tempo else phase.target_reps
        result = WorkResult(
            phase=self.index,
            exercise=phase.exercise,
            side=phase.side,
            set_index=phase.set_index,
            rep_index=phase.rep_index,
            target_reps=phase.target_reps,
            reps=counted,
            target_hold_s=phase.target_hold_s,
            hold_s=round(worked, 1) if self._measures_hold(phase) else None,
            started=self._start,
            ended=ended,
            skipped=skipped,
        )
        if skipped and phase.tempo is None and phase.target_reps is not None:
            result = msgspec.structs.replace(result, reps=0 if reps is None else reps)
        self.results.append(result)
        return result

    @staticmethod
    def _measures_hold(phase: Phase) -> bool:
        return phase.target_hold_s is not None or phase.open_ended == "hold"

    def _finish_phase(self, at: float, skipped: bool, reps: int | None = None) -> list[Event]:
        events: list[Event] = []
        if self.phase.kind == "work":
            result = self._record(at, skipped, reps)
            events.append(Event(kind="set_completed", phase=self.index, at=at, result=result))
        events += self._enter(self.index + 1, at)
        return events
