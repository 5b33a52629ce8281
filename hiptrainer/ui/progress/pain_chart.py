"""Pain (during, after, next morning) and effort over time, on the traffic-light zones
(0–2 fine, 3–5 acceptable, above 5 too much), with rings on the sessions where pain rose by 2
or more, or rose twice in a row. The flags are listed in the summary as well."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from hiptrainer.domain.progress import Point
from hiptrainer.domain.progress_pain import (
    MEASURE_WORDS,
    MEASURES,
    ZONE_WORDS,
    Measure,
    PainFlag,
    PainPoint,
    flag_words,
)
from hiptrainer.ui.progress.card import CsvTable, long_date, number, short_date
from hiptrainer.ui.progress.chart import PlotChart
from hiptrainer.ui.progress.plotlib import DENSE, PgItem, column, days_x, pg, series_pen
from hiptrainer.ui.progress.theme import PAIN_SYMBOLS, PlotTheme

# Zone edges between whole ratings: 0–2 | 3–5 | 6–10.
ZONE_SPANS = {"green": (0.0, 2.5), "amber": (2.5, 5.5), "red": (5.5, 10.5)}
# The zones in the legend (translated where shown).
ZONE_LABELS = {
    "green": str(QT_TRANSLATE_NOOP("PainChart", "0–2 fine")),
    "amber": str(QT_TRANSLATE_NOOP("PainChart", "3–5 acceptable")),
    "red": str(QT_TRANSLATE_NOOP("PainChart", "6–10 too much")),
}
MAX_FLAGS_LISTED = 5
# The lines differ by dash as well as by colour and marker (dense lines have no markers).
DASHES = {
    "during": Qt.PenStyle.SolidLine,
    "after": Qt.PenStyle.DashLine,
    "next_morning": Qt.PenStyle.DotLine,
}
# The effort line's key among the lines (the others are the pain measures), and its marker.
EFFORT = "effort"
EFFORT_SYMBOL = "d"


class PainChart(PlotChart):
    def __init__(self, tz: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PainChart", "Pain and effort"), "painChart",
            QCoreApplication.translate(
                "PainChart", "Pain during, after and next morning, and effort"
            ),
            tz, parent=parent,
        )  # fmt: skip
        self.pain: dict[Measure, list[PainPoint]] = {}
        self.effort_points: list[Point] = []
        self.flags: list[PainFlag] = []
        self._this_year: int | None = None
        self.zones: dict[str, PgItem] = {}
        self.zone_samples: dict[str, PgItem] = {}
        self.lines: dict[Measure, PgItem] = {}
        # The lines drawn dense now (thin, no markers): pain measures and EFFORT.
        self.dense: set[str] = set()

    def build(self) -> None:
        plot = self.add_plot(self.tr("Pain (0–10)"), legend_columns=4)
        # Effort has no zones (an RPE of 6 is no warning), so it gets its own, smaller plot.
        effort_plot = self.add_plot(self.tr("Effort (0–10)"), legend_columns=4)
        self.view.ci.layout.setRowStretchFactor(1, 5)
        self.view.ci.layout.setRowStretchFactor(3, 2)
        # Room beyond 0 and 10, or the axis hides the end labels of a short plot.
        effort_plot.setYRange(-1.5, 11.5, padding=0)
        effort_plot.getAxis("left").setTicks([[(0, "0"), (5, "5"), (10, "10")]])
        for zone, span in ZONE_SPANS.items():
            region = pg.LinearRegionItem(span, orientation="horizontal", movable=False)
            region.setZValue(-10)
            for line in region.lines:
                line.setPen(pg.mkPen(None))
            plot.addItem(region, ignoreBounds=True)
            self.zones[zone] = region
            self.zone_samples[zone] = pg.BarGraphItem(x=[], height=[], width=1)
        self.effort = pg.PlotDataItem(symbol=EFFORT_SYMBOL)
        effort_plot.addItem(self.effort)
        for measure in MEASURES:
            line = pg.PlotDataItem(symbol=PAIN_SYMBOLS[measure])
            line.setSymbolSize(9 if measure != "after" else 11)
            plot.addItem(line)
            self.lines[measure] = line
        self.flag_marks = pg.ScatterPlotItem(symbol="o", size=22)
        self.flag_marks.setZValue(20)
        plot.addItem(self.flag_marks)
        plot.setYRange(-0.3, 10.5, padding=0)

    def show_pain(
        self,
        pain: dict[Measure, list[PainPoint]],
        effort: Sequence[Point],
        flags: Sequence[PainFlag],
        first: date,
        last: date,
        today: date,
    ) -> None:
        self.ensure_built()
        self.pain, self.effort_points, self.flags = pain, list(effort), list(flags)
        self._this_year = today.year
        if not any(self.pain.values()) and not self.effort_points:
            self.show_note(
                self.tr(
                    "No pain or effort ratings in this range. After each workout HipTrainer asks "
                    "how hard it was and how much it hurt, and the next morning how it feels."
                )
            )
            self.set_summary(self.tr("No pain or effort ratings in this range."))
            self.set_hover_days([])
            return
        self.show_canvas()
        days: set[date] = set()
        entries: list[tuple[PgItem, str]] = []
        for measure, line in self.lines.items():
            points = self.pain.get(measure, [])
            # Markers first, so a dense line never lays out markers it then drops.
            self._set_dense(measure, len(points) > DENSE)
            line_days = [p.day for p in points]
            line.setData(days_x(line_days, self.tz), column(points, "value"))
            line.setVisible(bool(points))
            if points:
                #: A legend entry; {measure} is "during", "after" or "next morning".
                legend = self.tr("Pain {measure}").format(measure=MEASURE_WORDS[measure])
                entries.append((line, legend))
                days.update(line_days)
        self._set_dense(EFFORT, len(self.effort_points) > DENSE)
        effort_days = [p.day for p in self.effort_points]
        self.effort.setData(days_x(effort_days, self.tz), column(self.effort_points, "value"))
        self.effort.setVisible(bool(self.effort_points))
        self.set_plot_visible(1, bool(self.effort_points))
        effort_entries: list[tuple[PgItem, str]] = []
        if self.effort_points:
            effort_legend = self.tr("Effort (RPE, 0 rest – 10 hardest)")
            effort_entries.append((self.effort, effort_legend))
            days.update(effort_days)
        self.flag_marks.setData(
            days_x([f.day for f in self.flags], self.tz), column(self.flags, "value")
        )
        if self.flags:
            #: The legend of the rings around sessions where pain rose.
            entries.append((self.flag_marks, self.tr("Pain rose")))
        entries += [
            (sample, QCoreApplication.translate("PainChart", ZONE_LABELS[zone]))
            for zone, sample in self.zone_samples.items()
        ]
        self.set_legend(0, entries)
        self.set_legend(1, effort_entries)
        self.set_span(first, last)
        self.set_hover_days(sorted(days))
        self.set_summary(self.summary_text())

    def summary_text(self) -> str:
        year = self._this_year
        parts = []
        for measure in MEASURES:
            points = self.pain.get(measure, [])
            if points:
                latest = points[-1]
                parts.append(
                    f"{MEASURE_WORDS[measure]} {latest.value}/10 ({ZONE_WORDS[latest.zone]}, "
                    f"{short_date(latest.day, year)})"
                )
        if parts:
            #: {ratings}: each measure's latest, "during 2/10 (fine, 12 Nov); after 3/10 …".
            text = self.tr("Latest pain: {ratings}.").format(ratings="; ".join(parts))
        else:
            text = self.tr("No pain ratings yet.")
        if self.effort_points:
            effort = number(self.effort_points[-1].value)
            text += " " + self.tr("Latest effort: {effort}/10.").format(effort=effort)
        if not self.flags:
            return text + " " + self.tr("No rises in pain to flag in this range.")
        shown = self.flags[-MAX_FLAGS_LISTED:]
        listed = "; ".join(f"{short_date(f.day, year)}: {flag_words(f)}" for f in reversed(shown))
        count = len(self.flags)
        if count == len(shown):
            flagged = self.tr("Flagged ({count}): {flags}.")
        else:
            #: More flags than the summary lists: {count} in all, the latest {shown} listed.
            flagged = self.tr("{count} flags in this range; the latest {shown}: {flags}.")
        return f"{text} " + flagged.format(count=count, shown=len(shown), flags=listed)

    def describe(self, day: date) -> str:
        lines = [long_date(day)]
        for measure in MEASURES:
            for point in self.pain.get(measure, []):
                if point.day == day:
                    #: A tooltip's line: "Pain after: 3/10 (acceptable)".
                    words = self.tr("Pain {measure}: {value}/10 ({zone})")
                    lines.append(
                        words.format(
                            measure=MEASURE_WORDS[measure],
                            value=point.value,
                            zone=ZONE_WORDS[point.zone],
                        )
                    )
        effort = self.tr("Effort: {value}/10")
        lines += [effort.format(value=number(p.value)) for p in self.effort_points if p.day == day]
        flag = self.tr("Flag: {words}")
        lines += [flag.format(words=flag_words(f)) for f in self.flags if f.day == day]
        return "\n".join(lines)

    def _line(self, key: str) -> PgItem:
        return self.effort if key == EFFORT else self.lines[key]  # type: ignore[index]

    def _set_dense(self, key: str, dense: bool) -> None:
        if dense != (key in self.dense):
            if dense:
                self.dense.add(key)
            else:
                self.dense.discard(key)
            if self.theme is not None:
                self._style_line(key, self.theme)
        symbol = EFFORT_SYMBOL if key == EFFORT else PAIN_SYMBOLS[key]
        self._line(key).setSymbol(None if dense else symbol)

    def _style_line(self, key: str, theme: PlotTheme) -> None:
        line, dense = self._line(key), key in self.dense
        if key == EFFORT:
            line.setPen(series_pen(theme.text, 1.5, dense, Qt.PenStyle.DashLine))
            line.setSymbolBrush(pg.mkBrush(theme.text))
            line.setSymbolPen(pg.mkPen(None))
            return
        colour = theme.pain(key)
        line.setPen(series_pen(colour, 2, dense, DASHES[key]))
        line.setSymbolBrush(pg.mkBrush(colour))
        line.setSymbolPen(pg.mkPen(theme.background, width=1))

    def restyle(self, theme: PlotTheme) -> None:
        for zone, region in self.zones.items():
            region.setBrush(pg.mkBrush(theme.zone(zone)))
            self.zone_samples[zone].setOpts(
                brush=pg.mkBrush(theme.zone(zone, 140)), pen=pg.mkPen(None)
            )
        for key in (*self.lines, EFFORT):
            self._style_line(key, theme)
        self.flag_marks.setPen(pg.mkPen(theme.zone("red", 255), width=2.5))
        self.flag_marks.setBrush(pg.mkBrush(None))

    def csv_table(self) -> CsvTable:
        table: dict[tuple[date, int], dict[str, str]] = {}
        for measure in MEASURES:
            for point in self.pain.get(measure, []):
                key = (point.day, point.session_id)
                table.setdefault(key, {})[f"pain_{measure}"] = str(point.value)
        for effort in self.effort_points:
            table.setdefault((effort.day, effort.session_id), {})["rpe"] = f"{effort.value:g}"
        for flag in self.flags:
            cells = table.setdefault((flag.day, flag.session_id), {})
            cells["flags"] = " | ".join(filter(None, [cells.get("flags", ""), flag_words(flag)]))
        columns = ["pain_during", "pain_after", "pain_next_morning", "rpe", "flags"]
        rows = [
            [day.isoformat(), str(session), *(cells.get(c, "") for c in columns)]
            for (day, session), cells in sorted(table.items())
        ]
        return ["date", "session_id", *columns], rows
