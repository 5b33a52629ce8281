"""A believable made-up training history for an empty data folder (``hiptrainer demo-data``).

It is what a runner who took up the bundled routines some months ago would have recorded:
two or three sessions on most weeks, in the morning or the evening, with about one week in
six missed; every set exactly as the player records it (the routine's planned phases, with
their set and hold numbers and targets); holds and reps that start near the low end of each
dose and end a little past its top end, the runner moving to the top of each dose on the
way; a left side that starts 25–30 % weaker than the right and closes most of the gap within
a few months; effort 3–8; pain that is mostly 0–2, flares once to 5–6 for a session or two
and settles over the next two weeks.

The same seed and day give the same history. It is written in one transaction, so a failure
leaves the folder as it was, and only into a folder with no session in it.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

import msgspec

from hiptrainer.domain.model import Dosage, Exercise, Workout
from hiptrainer.domain.plan import SELF_PACED_REP_S, DoseLevel, Phase, SideOrder, expand
from hiptrainer.domain.records import Session, SetRecord
from hiptrainer.storage.demo_selftests import write_demo_selftests
from hiptrainer.storage.errors import StorageError
from hiptrainer.storage.store import SET_COLUMNS, Store, iso, set_values

DEFAULT_SEED = 1
MAX_MONTHS = 120
#: The bundled routines the made-up runner follows.
ROUTINES = ("runners_hip_warmup", "post_run_strength")
#: The player's default, so the sets come in the order a new user's would.
SIDE_ORDER: SideOrder = "left_first"

#: Training days of a week (0 is Monday) and how often the runner picks each pattern.
WEEK_PATTERNS = ((1, 5), (0, 3), (2, 6), (1, 4), (0, 2, 5), (1, 3, 6), (0, 3, 5))
PATTERN_WEIGHTS = (3, 2, 2, 2, 2, 2, 1)
#: One week in every block of this many weeks has no training (a cold, a trip, a race).
MISSED_ONE_WEEK_IN = 6

# Ability within a dose: 0 is the low end of its range, 1 the top end; it rises from just
# below the range to a little past it, most of the way within the first months.
ABILITY_START, ABILITY_END, ABILITY_WEEKS = -0.1, 1.15, 20.0
#: The ability at which the runner moves from the low end of each dose to the top end.
HIGH_DOSE_FROM = 0.55
#: How much weaker the left side is at the first session (a range to draw from), where
#: it ends up, and how fast it catches up.
LEFT_DEFICIT_START = (0.26, 0.29)
LEFT_DEFICIT_END = 0.03
LEFT_CATCH_UP_WEEKS = 12.0
#: Pain settles back to its usual 0–2 over this many days after the flare.
SETTLE_DAYS = 14

NOTES = (
    "Felt strong today.",
    "Short on time, kept the rests brisk.",
    "Tired legs after yesterday's intervals.",
    "Balance much better on the hip airplane.",
    "Did it straight after an easy 8 km.",
)
FLARE_NOTES = (
    "Outer left hip sore after a hilly long run; cut the last sets short.",
    "Still sore; took it easy.",
)


class DemoHistory(msgspec.Struct, frozen=True):
    """What was written: how many sessions and sets, and the first and last day."""

    sessions: int
    sets: int
    first_day: date | None
    last_day: date | None


class NotEmptyError(StorageError):
    """The data folder already holds sessions: demo data would mix with real training."""

    def __init__(self, data_dir: Path, sessions: int) -> None:
        held = f"{sessions} session" + ("" if sessions == 1 else "s")
        super().__init__(
            f"{data_dir} already holds {held}; demo data goes only into an empty data folder"
        )
        self.sessions = sessions


def months_before(today: date, months: int) -> date:
    """The same day of the month ``months`` earlier (the month's last day if it is short)."""
    index = today.year * 12 + today.month - 1 - months
    year, month = divmod(index, 12)
    next_month = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last_day = (next_month - timedelta(days=1)).day
    return date(year, month + 1, min(today.day, last_day))


def training_days(first_day: date, end: date, rng: random.Random) -> list[date]:
    """The days trained from ``first_day`` up to (not including) ``end``: a pattern of two
    or three days on each Monday-to-Sunday week, except one missed week in every six."""
    days: list[date] = []
    monday = first_day - timedelta(days=first_day.weekday())
    week = 0
    missed = 0
    while monday < end:
        if week % MISSED_ONE_WEEK_IN == 0:
            missed = rng.randrange(MISSED_ONE_WEEK_IN)
        pattern = rng.choices(WEEK_PATTERNS, PATTERN_WEIGHTS)[0]
        if week % MISSED_ONE_WEEK_IN != missed:
            found = (monday + timedelta(days=offset) for offset in pattern)
            days += [day for day in found if first_day <= day < end]
        monday += timedelta(weeks=1)
        week += 1
    return days


def _start_time(day: date, rng: random.Random) -> time:
    """Before work or after it on weekdays; later mornings at the weekend."""
    weekend = day.weekday() >= 5
    if rng.random() < 0.5:
        earliest, latest = (8 * 60 + 30, 10 * 60 + 30) if weekend else (6 * 60 + 15, 7 * 60 + 30)
    else:
        earliest, latest = (17 * 60, 18 * 60 + 30) if weekend else (18 * 60, 20 * 60)
    minutes = rng.randrange(earliest, latest + 1, 5)
    return time(minutes // 60, minutes % 60, rng.randrange(60))


def _local(day: date, clock_time: time, tz: tzinfo | None) -> datetime:
    naive = datetime.combine(day, clock_time)
    # Without a zone: this computer's local time on that day (summer time included).
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def _ability(weeks: float) -> float:
    return ABILITY_END - (ABILITY_END - ABILITY_START) * math.exp(-weeks / ABILITY_WEEKS)


def _left_deficit(start: float, weeks: float) -> float:
    fading = math.exp(-weeks / LEFT_CATCH_UP_WEEKS)
    return LEFT_DEFICIT_END + (start - LEFT_DEFICIT_END) * fading


def _amount(span: tuple[int, int], ability: float) -> float:
    """Where ``ability`` lands in a dose range such as 15–20 s; a fixed dose such as 12
    reps still has a fifth of itself to grow into."""
    low, high = span
    return low + max(high - low, 0.2 * low) * ability


class _Day(msgspec.Struct, kw_only=True):
    """How one session went, before its sets are made."""

    started: datetime
    workout: Workout
    ability: float
    deficit: float
    form: float  # the day's form, the same for both sides
    rpe: int
    pain: tuple[int, int, int | None]  # during, after, next morning
    notes: str = ""
    flare: bool = False


def _pain(rng: random.Random) -> int:
    return rng.choices((0, 1, 2), (6, 3, 1))[0]


def _days(
    workouts: Sequence[Workout], days: list[date], rng: random.Random, tz: tzinfo | None
) -> list[_Day]:
    """Each training day's routine, time, form, effort, pain and notes."""
    if not days:
        return []
    deficit_start = rng.uniform(*LEFT_DEFICIT_START)
    # The flare comes somewhere in the middle third of the history.
    earliest = int(len(days) * 0.35)
    flare = rng.randrange(earliest, max(int(len(days) * 0.65), earliest + 1))
    flares = [flare]
    if flare + 1 < len(days) and (days[flare + 1] - days[flare]).days <= 7:
        flares.append(flare + 1)
    settled_from = days[flares[-1]]
    found: list[_Day] = []
    for index, day in enumerate(days):
        weeks = (day - days[0]).days / 7
        ability = _ability(weeks)
        workout = workouts[0] if rng.random() < 0.45 else workouts[-1]
        started = _local(day, _start_time(day, rng), tz)
        high = ability >= HIGH_DOSE_FROM
        effort = 4.6 + (1 - min(max(ability, 0.0), 1.0)) + (0.6 if high else 0.0)
        rpe = min(max(round(effort + rng.gauss(0, 0.7)), 3), 8)
        during, after = _pain(rng), _pain(rng)
        morning: int | None = _pain(rng) if rng.random() < 0.85 else None
        form = rng.uniform(0.95, 1.05)
        notes = rng.choice(NOTES) if rng.random() < 0.06 else ""
        since = (day - settled_from).days
        if index in flares:
            first = index == flares[0]
            during, after, morning = (5, 6, 6) if first else (5, 5, 4)
            rpe, form = (8, 0.85) if first else (7, 0.9)
            notes = FLARE_NOTES[0 if first else 1]
        elif 0 < since < SETTLE_DAYS:
            easing = 4 * (1 - since / SETTLE_DAYS)
            during, after = max(during, round(easing - 0.5)), max(after, round(easing))
            morning = max(morning or 0, round(easing - 0.5))
            form = min(form, 0.95)
        found.append(
            _Day(
                started=started,
                workout=workout,
                ability=ability,
                deficit=_left_deficit(deficit_start, weeks),
                form=form,
                rpe=rpe,
                pain=(during, after, morning),
                notes=notes,
                flare=index == flares[0],
            )
        )
    return found


def _dosages(workout: Workout, exercises: Mapping[str, Exercise]) -> list[Dosage]:
    return [block.dosage or exercises[block.exercise].dosage for block in workout.blocks]


def _last_left_work(phases: list[Phase]) -> set[int]:
    """The index of each block's last left-side work phase (what a sore left hip cuts)."""
    last: dict[int, int] = {}
    for index, phase in enumerate(phases):
        if phase.kind == "work" and phase.side == "left":
            last[phase.block] = index
    return set(last.values())


def _sets(
    day: _Day, phases: list[Phase], dosages: list[Dosage]
) -> tuple[list[SetRecord], datetime]:
    """The sets the player would record for ``phases`` on this day, and when it ended."""
    moment = day.started
    records: list[SetRecord] = []
    cut = _last_left_work(phases) if day.flare else set()
    for index, phase in enumerate(phases):
        if phase.kind != "work":
            moment += timedelta(seconds=phase.duration or 0.0)
            continue
        dosage = dosages[phase.block]
        strength = day.form * (1 - day.deficit if phase.side == "left" else 1.0)
        strength *= 1 - 0.03 * phase.set_index  # later sets are a little weaker
        skipped = index in cut
        hold: float | None = None
        reps: int | None = None
        if phase.target_hold_s is not None and dosage.hold_s is not None:
            tiring = 1 - 0.02 * phase.rep_index
            hold = round(_amount(dosage.hold_s, day.ability) * strength * tiring, 1)
            hold = round(hold * 0.4, 1) if skipped else hold
            seconds = hold
        else:
            reps = max(1, round(_amount(dosage.reps, day.ability) * strength))
            if skipped:  # a paced set counts the reps done; a self-paced one records none
                reps = reps // 2 if phase.tempo else 0
            seconds = max(reps, 1) * (phase.rep_seconds or SELF_PACED_REP_S)
        ended = moment + timedelta(seconds=seconds)
        records.append(
            SetRecord(
                exercise=phase.exercise,
                side=phase.side,
                set_index=phase.set_index,
                rep_index=phase.rep_index,
                target_reps=phase.target_reps,
                reps=reps,
                target_hold_s=phase.target_hold_s,
                hold_s=hold,
                started_at=moment,
                ended_at=ended,
                skipped=skipped,
            )
        )
        moment = ended
    return records, moment


def demo_sessions(
    workouts: Sequence[Workout],
    exercises: Mapping[str, Exercise],
    *,
    months: int,
    today: date,
    seed: int = DEFAULT_SEED,
    tz: tzinfo | None = None,
) -> list[Session]:
    """The made-up sessions, oldest first: from ``months`` before ``today`` up to yesterday
    (nothing lies in the future, and every next-morning score has had its morning).

    ``workouts`` are the routines taken turn about (the first a little less often);
    ``tz`` is the zone of the times (default: this computer's local time)."""
    if not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"months must be from 1 to {MAX_MONTHS}, not {months}")
    if not workouts:
        raise ValueError("demo data needs at least one routine")
    rng = random.Random(seed)
    days = training_days(months_before(today, months), today, rng)
    plans: dict[tuple[str, DoseLevel], tuple[list[Phase], list[Dosage]]] = {}
    sessions: list[Session] = []
    for day in _days(workouts, days, rng, tz):
        level: DoseLevel = "high" if day.ability >= HIGH_DOSE_FROM else "low"
        key = (day.workout.id, level)
        if key not in plans:
            phases = expand(day.workout, dict(exercises), SIDE_ORDER, level)
            plans[key] = (phases, _dosages(day.workout, exercises))
        records, last = _sets(day, *plans[key])
        during, after, morning = day.pain
        sessions.append(
            Session(
                uuid=f"{rng.getrandbits(128):032x}",
                workout=day.workout.id,
                started_at=day.started,
                ended_at=last + timedelta(seconds=rng.randint(20, 90)),  # the summary
                status="completed",
                rpe=day.rpe,
                pain_during=during,
                pain_after=after,
                pain_next_morning=morning,
                notes=day.notes,
                sets=records,
            )
        )
    return sessions


def write_demo_history(
    store: Store,
    workouts: Sequence[Workout],
    exercises: Mapping[str, Exercise],
    *,
    months: int,
    today: date,
    seed: int = DEFAULT_SEED,
    tz: tzinfo | None = None,
) -> DemoHistory:
    """Write :func:`demo_sessions` into ``store`` in one transaction.

    Raises NotEmptyError (nothing written) if the store holds any session, ReadOnlyError
    or another StorageError (rolled back) if it cannot take them."""
    sessions = demo_sessions(workouts, exercises, months=months, today=today, seed=seed, tz=tz)
    placeholders = ", ".join("?" * (len(SET_COLUMNS.split(",")) + 1))
    with store.transaction() as conn:
        # Counted inside the transaction: nothing can add a session between check and write.
        held = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        if held:
            raise NotEmptyError(store.path.parent, held)
        for session in sessions:
            cursor = conn.execute(
                "INSERT INTO sessions (uuid, workout, local_date, started_at, ended_at, status, "
                "rpe, pain_during, pain_after, pain_next_morning, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session.uuid,
                    session.workout,
                    session.started_at.date().isoformat(),
                    iso(session.started_at),
                    iso(session.ended_at or session.started_at),
                    session.status,
                    session.rpe,
                    session.pain_during,
                    session.pain_after,
                    session.pain_next_morning,
                    session.notes,
                ),  # fmt: skip
            )
            session_id = cursor.lastrowid
            assert session_id is not None
            conn.executemany(
                f"INSERT INTO sets (session_id, {SET_COLUMNS}) VALUES ({placeholders})",
                [set_values(session_id, record) for record in session.sets],
            )
        if sessions:  # self-test sittings over the same months
            first = min(session.started_at.date() for session in sessions)
            write_demo_selftests(conn, first, today, random.Random(seed + 1), tz)
    days = [session.started_at.date() for session in sessions]
    return DemoHistory(
        sessions=len(sessions),
        sets=sum(len(session.sets) for session in sessions),
        first_day=min(days, default=None),
        last_day=max(days, default=None),
    )
