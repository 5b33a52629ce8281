"""pyqtgraph and numpy for the Progress tab, loaded with the Qt binding the app uses.

Only modules of this package import this one, and only the tab's lazy factory imports them,
so the ~0.4 s pyqtgraph costs is paid the first time the tab opens, never at start-up.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from datetime import date, tzinfo
from functools import lru_cache
from typing import Any

# pyqtgraph picks PyQt6 before PySide6 when both are installed; the app runs on PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import numpy.typing as npt  # noqa: E402
import pyqtgraph as pg  # type: ignore[import-untyped]  # noqa: E402
from pyqtgraph.graphicsItems import DateAxisItem as _axes  # type: ignore[import-untyped]  # noqa: E402

from hiptrainer.domain.progress import local_midnight_seconds  # noqa: E402

__all__ = ["Floats", "date_axis", "day_seconds", "days_x", "np", "pg"]

Floats = npt.NDArray[np.float64]
#: pyqtgraph has no type information: its items are typed as what they are, Any.
PgItem = Any

DAY_S = 86_400.0


def day_seconds(day: date, tz: tzinfo | None) -> float:
    """A day's x value: its local midnight in ``tz`` (None: the machine's rules)."""
    # The machine's zone is part of the cache key: it can change while the app runs.
    zone = (*time.tzname, time.timezone, time.altzone) if tz is None else ()
    return _day_seconds(day, tz, zone)


@lru_cache(maxsize=8192)
def _day_seconds(day: date, tz: tzinfo | None, _zone: tuple[str | int, ...]) -> float:
    return float(local_midnight_seconds(day, tz))


def days_x(days: Iterable[date], tz: tzinfo | None) -> Floats:
    """The x values of ``days``, as one array."""
    return np.fromiter((day_seconds(day, tz) for day in days), dtype=np.float64)


# --- the date axis -------------------------------------------------------------------------

WEEK_S = 7 * DAY_S
#: 1970-01-05, the first Monday after the Unix epoch, in seconds.
_FIRST_MONDAY_S = 4 * DAY_S
_LEADING_ZERO = re.compile(r"\b0(\d)")


def _monday_stepper(value: float, weeks: int, first: bool) -> float:
    """pyqtgraph's tick stepper for Mondays: the next Monday 00:00 UTC after ``value`` (the
    axis then moves each tick to local midnight), every ``weeks`` weeks."""
    if not _axes.MIN_REGULAR_TIMESTAMP <= value <= _axes.MAX_REGULAR_TIMESTAMP:
        return float("inf")
    step = weeks * WEEK_S
    if first:
        return float(((value - _FIRST_MONDAY_S) // step + 1) * step + _FIRST_MONDAY_S)
    return value + step


def _zoom_levels() -> dict[float, PgItem]:
    """Coarse to fine: years and months; Mondays ("2 Nov") with a small tick per day; days
    ("Sun 29"). Month and day labels never share a row, so they never run into each other."""
    weeks = _axes.ZoomLevel(
        [
            _axes.TickSpec(WEEK_S, _monday_stepper, "%d %b", autoSkip=[1, 2, 4]),
            _axes.TickSpec(DAY_S, _axes.makeSStepper(DAY_S), ""),
        ],
        "00 Mmm",
    )
    days = _axes.ZoomLevel([_axes.TickSpec(DAY_S, _axes.makeSStepper(DAY_S), "%a %d")], "Mmm 00")
    return {
        float("inf"): _axes.YEAR_MONTH_ZOOM_LEVEL,
        WEEK_S: weeks,
        DAY_S: days,
    }


def date_axis() -> PgItem:
    """A bottom axis of local dates (pyqtgraph's default: local time with DST)."""
    axis = pg.DateAxisItem(orientation="bottom")
    axis.zoomLevels = _zoom_levels()
    plain = axis.tickStrings

    def tick_strings(values: list[float], scale: float, spacing: float) -> list[str]:
        return [_LEADING_ZERO.sub(r"\1", text) for text in plain(values, scale, spacing)]

    axis.tickStrings = tick_strings  # "2 Nov", not "02 Nov" (strftime has no portable way)
    return axis
