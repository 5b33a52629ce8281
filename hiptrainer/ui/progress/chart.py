"""A chart card with pyqtgraph plots (see card.py for what every card shares).

:class:`PlotChart` adds plots on a date axis in local time, a legend row above each plot, and
one hover path for every kind of series: the mouse position snaps to the nearest plotted day,
a crosshair marks it and a tooltip gives the date and the values (bars have no hover of their
own, so lines and bars work the same way).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo
from html import escape

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGraphicsView,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from hiptrainer.ui.progress.card import ChartCard
from hiptrainer.ui.progress.focus_ring import FocusRing
from hiptrainer.ui.progress.plotlib import (
    DAY_S,
    Floats,
    PgItem,
    date_axis,
    day_seconds,
    days_x,
    np,
    pg,
)
from hiptrainer.ui.progress.theme import PlotTheme
from hiptrainer.ui.style.tokens import SPACE_M, SPACE_XS


def plain_tip(text: str) -> str:
    """``text`` as a tooltip shows it, line breaks kept and never read as markup."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


class PlotChart(ChartCard):
    """A card with one or more pyqtgraph plots stacked on one date axis.

    The plots are made the first time the chart is drawn (:meth:`build`, once): a plot costs
    several milliseconds, and a section the user never opens never pays for its charts.
    """

    def __init__(
        self,
        title: str,
        name: str,
        accessible_name: str,
        tz: tzinfo | None,
        save_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, name, save_text, parent)
        self.tz = tz
        self.accessible_name = accessible_name
        # The pyqtgraph view, made by :meth:`ensure_built`.
        self.view: PgItem = None
        self.plots: list[PgItem] = []
        self.legends: list[PgItem] = []
        self._crosshairs: list[PgItem] = []
        self._hover_x: Floats = np.zeros(0)
        self._hover_days: list[date] = []
        self._snap_s = 3.5 * DAY_S
        # The text of the last tooltip the mouse raised (tests and screen readers read it).
        self.tip_text = ""
        self.theme: PlotTheme | None = None

    def ensure_built(self) -> None:
        """Make the view and the plots (the first time only)."""
        if self.view is not None:
            return
        self.view = pg.GraphicsLayoutWidget()
        # pyqtgraph caches the background as a picture of the whole view (a few MB a chart);
        # it is one flat colour, cheaper to fill than to copy.
        self.view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.view.setObjectName(f"{self.objectName()}Plot")
        self.view.setAccessibleName(self.accessible_name)
        self.view.setAccessibleDescription(self.summary.text())
        self._focus_ring = FocusRing(self.view)
        self.view.setMinimumHeight(160)
        self.view.ci.setContentsMargins(SPACE_XS, SPACE_XS, SPACE_M, SPACE_XS)
        self.stack.addWidget(self.view)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.build()
        if self.theme is not None:
            self.apply_theme(self.theme)

    def build(self) -> None:
        """Add the plots (:meth:`add_plot`) and the series items."""
        raise NotImplementedError

    def settle(self) -> None:
        """Bring the plots' view transforms up to date now rather than in the next paint.

        pyqtgraph applies a new range or size while painting; every item it moves then marks
        itself dirty, and the whole plot is painted a second time. Called after the new data
        and layout are in, this leaves one paint.
        """
        if self.view is not None:
            self.view.scene().prepareForPaint()

    def canvas(self) -> QWidget:
        self.ensure_built()
        view: QWidget = self.view
        return view

    def add_plot(self, y_label: str, legend_columns: int = 4) -> PgItem:
        """A plot on a local-time date axis with its legend in a row above it."""
        row = len(self.plots) * 2
        legend = pg.LegendItem(colCount=legend_columns, horSpacing=18)
        legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.view.ci.addItem(legend, row=row, col=0)
        self.view.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)
        plot = self.view.ci.addPlot(
            row=row + 1, col=0, axisItems={"bottom": date_axis()}, enableMenu=False
        )
        plot.setLabel("left", y_label)
        plot.hideButtons()
        # The wheel zooms in time only, never closer than a few days.
        plot.setMouseEnabled(x=True, y=False)
        plot.setLimits(minXRange=4 * DAY_S)
        left = plot.getAxis("left")
        left.setWidth(56)
        left.setStyle(maxTickLevel=1)
        crosshair = pg.InfiniteLine(angle=90, movable=False)
        crosshair.setVisible(False)
        crosshair.setZValue(50)
        plot.addItem(crosshair, ignoreBounds=True)
        if self.plots:
            plot.setXLink(self.plots[0])
        self.plots.append(plot)
        self.legends.append(legend)
        self._crosshairs.append(crosshair)
        return plot

    def set_legend(self, index: int, entries: Sequence[tuple[PgItem, str]]) -> None:
        """List ``entries`` (a series item and its name) in the legend above plot ``index``.

        When they are the ones listed already, the legend is left as it is: listing them
        again makes new graphics items and lays the whole chart out again.
        """
        legend = self.legends[index]
        # A legend label is rich text to pyqtgraph; a name (a custom exercise's among them)
        # is shown as written, never as markup.
        entries = [(item, escape(name)) for item, name in entries]
        same = len(legend.items) == len(entries) and all(
            sample.item is item and label.text == name
            for (sample, label), (item, name) in zip(legend.items, entries, strict=True)
        )
        if same:
            for sample, _label in legend.items:
                sample.update()  # a sample draws its item's pen and marker as they are now
            return
        legend.clear()
        for item, name in entries:
            legend.addItem(item, name)

    def set_plot_visible(self, index: int, visible: bool, legend: bool = True) -> None:
        """Show or hide plot ``index`` (and its legend, unless ``legend`` is False); only
        the lowest plot shown names the dates."""
        # A hidden item gives its room in the layout to the others.
        self.plots[index].setVisible(visible)
        if legend:
            self.legends[index].setVisible(visible)
        shown = [plot for plot in self.plots if plot.isVisible()]
        for plot in self.plots:
            # The plots share their days (linked), so the dates under the lowest serve all;
            # labelling each plot would work out and measure every label once per plot.
            axis = plot.getAxis("bottom")
            named = bool(shown) and plot is shown[-1]
            if axis.style["showValues"] != named:
                axis.setStyle(showValues=named)

    def set_span(self, first: date, last: date) -> None:
        """Show ``first`` to ``last`` with half a day's room either side."""
        low = day_seconds(first, self.tz) - DAY_S / 2
        high = day_seconds(last, self.tz) + DAY_S / 2
        self.plots[0].setXRange(low, high, padding=0.02)

    def set_hover_days(self, days: Sequence[date], snap_days: float = 3.5) -> None:
        """The days the hover snaps to (sorted, unique), within ``snap_days`` of the mouse."""
        self._hover_days = list(days)
        self._hover_x = days_x(self._hover_days, self.tz)
        self._snap_s = snap_days * DAY_S

    def describe(self, day: date) -> str:
        """The tooltip for ``day``: its date and the values drawn for it."""
        raise NotImplementedError

    def hover_at(self, x: float) -> str:
        """Snap to the plotted day nearest ``x`` (seconds): move the crosshair there and
        return the tooltip, or hide the crosshair and return "" when none is near."""
        if not len(self._hover_x):
            self._show_crosshair(None)
            return ""
        index = int(np.searchsorted(self._hover_x, x))
        candidates = [i for i in (index - 1, index) if 0 <= i < len(self._hover_x)]
        nearest = min(candidates, key=lambda i: abs(self._hover_x[i] - x))
        if abs(self._hover_x[nearest] - x) > self._snap_s:
            self._show_crosshair(None)
            return ""
        self._show_crosshair(float(self._hover_x[nearest]))
        return self.describe(self._hover_days[nearest])

    def _show_crosshair(self, x: float | None) -> None:
        for line in self._crosshairs:
            line.setVisible(x is not None)
            if x is not None:
                line.setValue(x)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        for plot in self.plots:
            if plot.isVisible() and plot.vb.sceneBoundingRect().contains(scene_pos):
                x = plot.vb.mapSceneToView(scene_pos).x()
                self.tip_text = self.hover_at(x)
                view_pos = self.view.mapFromScene(scene_pos)
                spot = self.view.mapToGlobal(view_pos) + QPoint(14, 14)
                if self.tip_text:
                    # Plain text: the tip names exercises, which may be the user's own.
                    QToolTip.showText(spot, plain_tip(self.tip_text), self.view)
                else:
                    QToolTip.hideText()
                return
        self.tip_text = ""
        self._show_crosshair(None)
        QToolTip.hideText()

    # --- theme and export -------------------------------------------------------------------

    def apply_theme(self, theme: PlotTheme) -> None:
        self.theme = theme
        if self.view is None:
            return  # styled when built
        self.view.setBackground(theme.background)
        axis_pen = pg.mkPen(theme.text, width=1)
        for plot, legend, line in zip(self.plots, self.legends, self._crosshairs, strict=True):
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(axis_pen)
                axis.setTextPen(axis_pen)
            plot.showGrid(x=False, y=True, alpha=0.18)
            legend.setLabelTextColor(theme.text)
            for _sample, label in legend.items:
                label.setText(label.text)  # labels keep their colour until drawn again
            line.setPen(pg.mkPen(theme.muted, width=1, style=Qt.PenStyle.DashLine))
        self.restyle(theme)

    def restyle(self, theme: PlotTheme) -> None:
        """Give the series their pens and brushes for ``theme``."""
        raise NotImplementedError

    def paint_canvas(self, painter: QPainter, target: QRectF) -> None:
        scene = self.view.scene()
        items = [item for item in scene.items() if hasattr(item, "setExportMode")]
        options = {"antialias": True, "background": None, "painter": painter}
        hidden = [line for line in self._crosshairs if line.isVisible()]
        for line in hidden:
            line.setVisible(False)
        # Scatter symbols draw from a pixmap cache on screen; in export mode they draw as
        # shapes, so a PDF or SVG holds vectors only.
        for item in items:
            item.setExportMode(True, options)
        try:
            painter.save()
            painter.fillRect(target, QColor(self.theme.background if self.theme else "white"))
            scene.render(painter, target, self.view.viewRect())
            painter.restore()
        finally:
            for item in items:
                item.setExportMode(False, None)
            for line in hidden:
                line.setVisible(True)
