"""pyqtgraph and numpy for the Progress tab, loaded with the Qt binding the app uses.

Only modules of this package import this one, and only the tab's lazy factory imports them,
so the ~0.4 s pyqtgraph costs is paid the first time the tab opens, never at start-up.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Sequence
from datetime import date, tzinfo
from functools import lru_cache
from operator import attrgetter
from typing import Any, ClassVar

# pyqtgraph picks PyQt6 before PySide6 when both are installed; the app runs on PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from hiptrainer.ui.progress import qt_mirror  # noqa: E402

qt_mirror.install()  # before pyqtgraph: see qt_mirror for the 13 MB it saves

import numpy as np  # noqa: E402
import numpy.typing as npt  # noqa: E402
import pyqtgraph as pg  # type: ignore[import-untyped]  # noqa: E402
from pyqtgraph.graphicsItems import DateAxisItem as _axes  # type: ignore[import-untyped]  # noqa: E402
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPen  # noqa: E402

from hiptrainer.domain.progress import local_midnight_seconds  # noqa: E402

__all__ = [
    "DENSE", "Floats", "column", "date_axis", "day_seconds", "days_x", "np", "pg", "series_pen",
]  # fmt: skip

Floats = npt.NDArray[np.float64]
# pyqtgraph has no type information: its items are typed as what they are, Any.
PgItem = Any

DAY_S = 86_400.0

# A series with more points than this is dense: markers would pile up, and a pen wider than
# a pixel (or dashed) makes Qt stroke every zig-zag between sessions as a polygon, which on
# ten years of sessions costs from 50 ms to half a second a paint (bench/progress.py). Dense
# series are drawn as one-pixel lines without markers; dashes and dots still tell them apart.
DENSE = 150


def series_pen(
    colour: QColor, width: float, dense: bool, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> QPen:
    """A line's pen: ``width`` pixels, or one when the series is dense."""
    pen: QPen = pg.mkPen(colour, width=1 if dense else width, style=style)
    return pen


# Most days kept per zone: ten years of them, and then some.
_DAYS_KEPT = 8192


def _zone_key() -> tuple[str | int, ...]:
    """The machine's time zone rules as they are now (they can change while the app runs)."""
    return (*time.tzname, time.timezone, time.altzone)


@lru_cache(maxsize=8)
def _midnights(_tz: tzinfo | None, _zone: tuple[str | int, ...]) -> dict[date, float]:
    """The x values worked out so far in one zone (and, for None, the machine's rules)."""
    return {}


def _table(tz: tzinfo | None) -> dict[date, float]:
    return _midnights(tz, _zone_key() if tz is None else ())


def day_seconds(day: date, tz: tzinfo | None) -> float:
    """A day's x value: its local midnight in ``tz`` (None: the machine's rules)."""
    table = _table(tz)
    found = table.get(day)
    if found is None:
        if len(table) >= _DAYS_KEPT:
            table.clear()
        found = table[day] = float(local_midnight_seconds(day, tz))
    return found


def days_x(days: Iterable[date], tz: tzinfo | None) -> Floats:
    """The x values of ``days``, as one array."""
    # Thousands of days (ten years of sessions) look up their values in C through map();
    # only days never seen before are worked out, one by one.
    table, listed = _table(tz), days if isinstance(days, list) else list(days)
    try:
        return np.fromiter(map(table.__getitem__, listed), dtype=np.float64, count=len(listed))
    except KeyError:
        return np.fromiter((day_seconds(day, tz) for day in listed), np.float64, len(listed))


def column(items: Sequence[Any], name: str) -> Floats:
    """The number ``name`` of each of ``items`` (points, weeks), as one array."""
    # attrgetter through map() reads thousands of points in C, not in a Python generator.
    return np.fromiter(map(attrgetter(name), items), dtype=np.float64, count=len(items))


# --- the date axis -------------------------------------------------------------------------

WEEK_S = 7 * DAY_S
# The tick labels' strftime formats (pyqtgraph's and ours) as Qt date formats, which name
# months and weekdays in the interface's language ("Dates" are the charts' translated formats:
# German "2. Nov."); years and an empty format (the day ticks between Mondays) as they are.
_QT_FORMATS = {
    "%d %b": str(QT_TRANSLATE_NOOP("Dates", "d MMM")),
    #: A Qt date format: a day on a chart's date axis ("Sun 29").
    "%a %d": str(QT_TRANSLATE_NOOP("Dates", "ddd d")),
    "%b": "MMM",
}
# 1970-01-05, the first Monday after the Unix epoch, in seconds.
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


# One set of zoom levels for every date axis (the axes only read them).
_ZOOM_LEVELS = _zoom_levels()
TickLevels = list[tuple[float, list[float]]]


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """A bottom axis of local dates (pyqtgraph's default: local time with DST)."""

    # Ticks worked out lately, for every date axis: plots stacked on one time line ask for
    # the same ticks (same span, same width) one after the other, and each time zone offset
    # pyqtgraph applies to a tick is Python work.
    _ticks: ClassVar[dict[tuple[object, ...], tuple[Any, float, TickLevels]]] = {}
    # Set by tickValues: the zoom level it chose (tickStrings reads it) and the tick spacing.
    zoomLevel: Any
    minSpacing: float

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.zoomLevels = _ZOOM_LEVELS

    def tickValues(self, minVal: float, maxVal: float, size: float) -> TickLevels:  # noqa: N802, N803
        metrics = self.fontMetrics  # the zoom level depends on how wide labels are
        key = (minVal, maxVal, size, metrics.height(), metrics.averageCharWidth(), _zone_key())
        found = self._ticks.get(key)
        if found is None:
            if len(self._ticks) >= 64:
                self._ticks.clear()
            levels: TickLevels = super().tickValues(minVal, maxVal, size)
            found = self._ticks[key] = (self.zoomLevel, self.minSpacing, levels)
        # tickStrings reads the zoom level that tickValues chose.
        self.zoomLevel, self.minSpacing, levels = found
        return [(spacing, list(values)) for spacing, values in levels]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        qt_format = _QT_FORMATS.get(spec.format) if spec is not None else None
        if qt_format is None:
            # Years, or a level of pyqtgraph's own: "2 Nov", not "02 Nov" (strftime has no
            # portable way).
            plain: list[str] = super().tickStrings(values, scale, spacing)
            return [_LEADING_ZERO.sub(r"\1", text) for text in plain]
        locale, date_format = QLocale(), QCoreApplication.translate("Dates", qt_format)
        texts = []
        for value in values:
            moment = _axes.utcfromtimestamp(
                _axes.adjustTimestampToPreferredUtcOffset(value, self.utcOffset)
            )
            texts.append(locale.toString(QDate(moment.year, moment.month, moment.day), date_format))
        return texts

    def setRange(self, mn: float, mx: float) -> None:  # noqa: N802
        # pyqtgraph calls this whenever the plot's view changes, the values too, and each call
        # works out every tick (with its time zone) again. Dates only depend on the span.
        if getattr(self, "range", None) != [mn, mx]:  # (pyqtgraph's __init__ calls it first)
            super().setRange(mn, mx)


def date_axis() -> PgItem:
    """A bottom axis of local dates."""
    return LocalDateAxis()
