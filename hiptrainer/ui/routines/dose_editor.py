"""A dose in a form: sets, reps or holds (with their seconds), tempo, rests and sessions a
week. Used for a routine's block and for a custom exercise's own dose."""

from __future__ import annotations

from typing import Any

import msgspec
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.blocks import as_hold, as_reps
from hiptrainer.domain.model import Dosage
from hiptrainer.domain.vocabulary import REP_UNITS
from hiptrainer.ui.i18n import vocabulary_label
from hiptrainer.ui.routines.fields import (
    ErrorLabel,
    FieldErrors,
    RangeEdit,
    plain_label,
    with_error,
)

# What a side-order question gets (the schema keeps no side order per block), in English;
# translated where shown.
SIDE_NOTE = str(
    QT_TRANSLATE_NOOP(
        "DoseEditor",
        "Which side goes first is a player setting on the Train tab, the same for every "
        "exercise. The player plays the low end of each range.",
    )
)


class DoseEditor(QWidget):
    """Edits one :class:`Dosage`; :meth:`dose_data` gives it back as JSON-like values (the
    schema checks them when the item is saved)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doseEditor")
        #: The dose switching between holds and reps falls back on (the exercise's own).
        self.fallback: Dosage | None = None
        self.sets = QSpinBox()
        self.sets.setRange(1, 10)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Reps"), "reps")
        self.kind.addItem(self.tr("Holds (each held for some seconds)"), "holds")
        self.reps = RangeEdit(1, 999)
        #: The unit after a number of seconds in a spin box (with its space).
        seconds = self.tr(" s")
        self.hold_s = RangeEdit(1, 3600, seconds)
        self.tempo = QLineEdit()
        self.tempo.setPlaceholderText(self.tr("self-paced (or lift-pause-lower, such as 2-1-2)"))
        self.tempo.setMaxLength(5)
        self.unit = QComboBox()
        for unit in REP_UNITS:
            self.unit.addItem(vocabulary_label("units", unit), unit)
        self.between = QSpinBox()
        self.rest_s = QSpinBox()
        for box in (self.between, self.rest_s):
            box.setRange(0, 3600)
            box.setSuffix(seconds)
        self.weekly = RangeEdit(1, 7)
        # Short numbers in short boxes: a full-width box for "3" reads as a text field.
        for narrow in (self.sets, self.between, self.rest_s):
            narrow.setMaximumWidth(140)
        for wide in (self.kind, self.tempo, self.unit):
            wide.setMaximumWidth(360)
        self.errors = FieldErrors(ErrorLabel())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        # A field that does not fit beside its label goes under it (a large font).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addLayout(self.form)
        self._rows: dict[str, int] = {}
        self._labels: dict[str, QLabel] = {}
        for field, text, widget in (
            ("sets", self.tr("Sets"), self.sets),
            #: A dose's kind of work: reps, or holds of some seconds.
            ("kind", self.tr("Work"), self.kind),
            ("reps", self.tr("Reps a set"), self.reps),
            ("hold_s", self.tr("Seconds a hold"), self.hold_s),
            ("tempo", self.tr("Tempo"), self.tempo),
            ("unit", self.tr("Counted in"), self.unit),
            ("rest_between_reps_s", self.tr("Rest between reps"), self.between),
            ("rest_s", self.tr("Rest between sets"), self.rest_s),
            ("sessions_per_week", self.tr("Sessions a week"), self.weekly),
        ):
            label = ErrorLabel()
            holder = with_error(widget, label)
            self._rows[field] = self.form.rowCount()
            self._labels[field] = plain_label(text)
            self.form.addRow(self._labels[field], holder)
            if isinstance(widget, RangeEdit):
                widget.set_name(text)
            else:
                widget.setAccessibleName(text)
            if field != "kind":
                self.errors.register(field, widget, label)
        # Under the form, not rows of it: a form gives a wrapped row that spans both columns
        # the height of one line, and with a large font the lines were drawn over each other.
        column.addWidget(self.errors.general)
        note = plain_label(self.tr(SIDE_NOTE))
        note.setWordWrap(True)
        note.setObjectName("sideNote")
        column.addWidget(note)
        self.sets.valueChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.reps.changed,
            self.hold_s.changed,
            self.tempo.textChanged,
            self.unit.currentIndexChanged,
            self.between.valueChanged,
            self.rest_s.valueChanged,
            self.weekly.changed,
        ):
            signal.connect(self._edited)
        self._loading = False
        self._last: Dosage | None = None

    def set_dose(self, dosage: Dosage, fallback: Dosage | None = None) -> None:
        self._loading = True
        self.fallback = fallback
        self.errors.clear()
        self.sets.setValue(dosage.sets)
        self.kind.setCurrentIndex(1 if dosage.is_hold else 0)
        self.reps.set_value(dosage.reps)
        self.hold_s.set_value(dosage.hold_s or (10, 20))
        self.tempo.setText(dosage.tempo or "")
        self.unit.setCurrentIndex(max(0, self.unit.findData(dosage.unit)))
        self.between.setValue(dosage.rest_between_reps_s)
        self.rest_s.setValue(dosage.rest_s)
        self.weekly.set_value(dosage.sessions_per_week)
        self._show_rows()
        self._loading = False
        self._last = dosage

    def is_hold(self) -> bool:
        return bool(self.kind.currentData() == "holds")

    def dose_data(self) -> dict[str, Any]:
        hold = self.is_hold()
        tempo = self.tempo.text().strip()
        return {
            "sets": self.sets.value(),
            "reps": list(self.reps.value()),
            "hold_s": list(self.hold_s.value()) if hold else None,
            "unit": "reps" if hold else self.unit.currentData(),
            "tempo": None if hold or not tempo else tempo,
            "rest_between_reps_s": self.between.value(),
            "rest_s": self.rest_s.value(),
            "sessions_per_week": list(self.weekly.value()),
        }

    def dosage(self) -> Dosage | None:
        """The dose as it stands, or None while it is not a valid one (a tempo half typed)."""
        try:
            return msgspec.convert(self.dose_data(), Dosage)
        except (msgspec.ValidationError, ValueError):
            return None

    def _kind_changed(self) -> None:
        if self._loading:
            return
        before = self._last
        if before is not None:  # switched by the domain's rules (the seconds, the tempo)
            switched = (
                as_hold(before, self.fallback) if self.is_hold() else as_reps(before, self.fallback)
            )
            self._loading = True
            if switched.hold_s is not None:
                self.hold_s.set_value(switched.hold_s)
            self.tempo.setText(switched.tempo or "")
            self.unit.setCurrentIndex(max(0, self.unit.findData(switched.unit)))
            self._loading = False
        self._show_rows()
        self._edited()

    def _show_rows(self) -> None:
        hold = self.is_hold()
        self.form.setRowVisible(self._rows["hold_s"], hold)
        self.form.setRowVisible(self._rows["tempo"], not hold)
        self.form.setRowVisible(self._rows["unit"], not hold)
        self._labels["reps"].setText(self.tr("Holds a set") if hold else self.tr("Reps a set"))
        self._labels["rest_between_reps_s"].setText(
            self.tr("Rest between holds") if hold else self.tr("Rest between reps")
        )
        self.reps.set_name(self._labels["reps"].text())
        self.between.setAccessibleName(self._labels["rest_between_reps_s"].text())

    def _edited(self) -> None:
        if self._loading:
            return
        current = self.dosage()
        if current is not None:
            self._last = current
        self.changed.emit()
