"""Records: the longest hold and the most reps in one set, per exercise and side, with the
day each was first reached (the domain's ``bests``, worded by ``record_words``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hiptrainer.domain.progress_records import Best, record_words
from hiptrainer.storage.transfer import text_cell
from hiptrainer.ui.progress.card import ChartCard, CsvTable, long_date
from hiptrainer.ui.progress.theme import PlotTheme
from hiptrainer.ui.style.plurals import plural

# The table's column headings (translated where shown).
HEADERS = (
    str(QT_TRANSLATE_NOOP("RecordsCard", "Exercise")),
    str(QT_TRANSLATE_NOOP("RecordsCard", "Record")),
    #: The column with the day a record was set.
    str(QT_TRANSLATE_NOOP("RecordsCard", "Set on")),
)
_SIDES = {"left": 0, "right": 1, "both": 2}


class RecordsCard(ChartCard):
    formats = ("csv",)

    def __init__(self, names: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RecordsCard", "Records"), "recordsCard", parent=parent
        )
        self.set_heading(self.tr("Records: all time, every exercise"))
        self.names = names
        self.save_button.setToolTip(self.tr("Save the records as CSV"))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("recordsTable")
        self.table.setAccessibleName(
            self.tr("Records: longest hold and most reps per exercise and side")
        )
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RecordsCard", header) for header in HEADERS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.stack.addWidget(self.table)
        self.records: list[Best] = []

    def canvas(self) -> QWidget:
        return self.table

    def show_records(self, records: Sequence[Best]) -> None:
        self.records = sorted(
            records,
            key=lambda b: (self.names(b.exercise).casefold(), _SIDES.get(b.side, 3), b.kind),
        )
        if not self.records:
            self.show_note(
                self.tr("No records yet: a hold or a set of reps becomes the first one.")
            )
            self.set_summary(self.tr("No records yet."))
            return
        self.show_canvas()
        self.table.setRowCount(len(self.records))
        for row, best in enumerate(self.records):
            cells = (
                self.names(best.exercise),
                record_words(best),
                long_date(best.local_date) if best.local_date else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                self.table.setItem(row, column, item)
        exercises = len({b.exercise for b in self.records})
        dated = [b for b in self.records if b.local_date is not None]
        count = len(self.records)
        #: {records} is "12 records"; %n counts the exercises.
        across = plural(self.tr("{records} across %n exercise(s).", "", exercises), exercises)
        text = across.format(records=plural(self.tr("%n record(s)", "", count), count))
        if dated:
            newest = max(dated, key=lambda b: (b.local_date, b.session_id or 0))
            assert newest.local_date is not None
            words = record_words(newest)
            #: {record} is the record in words ("longest hold, left: 45 s").
            newest_words = self.tr("Newest: {exercise}, {record}, on {day}.")
            text += " " + newest_words.format(
                exercise=self.names(newest.exercise),
                record=f"{words[:1].lower()}{words[1:]}",
                day=long_date(newest.local_date),
            )
        self.set_summary(text)

    def paint_canvas(self, painter: QPainter, target: QRectF) -> None:
        raise ValueError("the records are saved as CSV only")

    def apply_theme(self, theme: PlotTheme) -> None:
        """The table takes its colours from the palette by itself."""

    def csv_table(self) -> CsvTable:
        rows = [
            [
                text_cell(self.names(b.exercise)),
                b.side,
                b.kind,
                f"{b.value:g}",
                b.local_date.isoformat() if b.local_date else "",
            ]
            for b in self.records
        ]
        return ["exercise", "side", "record", "value", "date"], rows
