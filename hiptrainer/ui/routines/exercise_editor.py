"""A custom exercise in a form: every field the schema holds, each with its problem line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.domain.model import Dosage
from hiptrainer.domain.vocabulary import EQUIPMENT, MUSCLES, POSITIONS
from hiptrainer.ui.i18n import vocabulary_label
from hiptrainer.ui.routines.dose_editor import DoseEditor
from hiptrainer.ui.routines.fields import (
    Checklist,
    ErrorLabel,
    FieldErrors,
    LinesEdit,
    plain_label,
    with_error,
)
from hiptrainer.ui.routines.steps_editor import StepsEditor

if TYPE_CHECKING:
    from hiptrainer.catalog import Catalog

#: What a new exercise starts with: a dose, three steps and the texts the schema requires,
#: for the user to change.
NEW_DOSE = Dosage(sets=2, reps=(8, 12), tempo="2-1-2")


def blank_exercise(first_pose: str) -> dict[str, Any]:
    """A new exercise; its three steps on ``first_pose`` and the two poses after it."""
    from hiptrainer.ui.routines.steps_editor import next_pose

    steps = [{"text": "", "pose": first_pose}]
    for _ in range(2):
        steps.append({"text": "", "pose": next_pose(steps[-1]["pose"], steps)})
    return {
        "id": "",
        "name": QCoreApplication.translate("ExerciseEditor", "New exercise"),
        "aliases": [],
        "summary": "",
        "why": "",
        "primary_muscles": [],
        "secondary_muscles": [],
        "equipment": [],
        "position": POSITIONS[0],
        "difficulty": 2,
        "unilateral": False,
        "setup": None,
        "dosage": msgspec.to_builtins(NEW_DOSE),
        "steps": steps,
        "cues": [],
        "mistakes": [],
        "easier": [],
        "harder": [],
        "safety": [],
        #: The source a new exercise of the user's names: the user's own notes.
        "sources": [{"title": QCoreApplication.translate("ExerciseEditor", "My own notes")}],
        #: The licence of a new exercise's texts: the user's own (a short phrase).
        "license": QCoreApplication.translate("ExerciseEditor", "My own"),
        "custom": True,
    }


class ExerciseEditor(QWidget):
    changed = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseEditor")
        self.exercise_id = ""
        self.editable = False
        self._clean: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}
        self.errors = FieldErrors(ErrorLabel())
        names = {e.id: e.name for e in catalog.exercises.values()}
        self.identity = plain_label()
        self.identity.setObjectName("exerciseId")
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.aliases = LinesEdit()
        self.summary = QLineEdit()
        self.why = QLineEdit()
        self.primary = Checklist(MUSCLES, "muscles")
        self.secondary = Checklist(MUSCLES, "muscles")
        self.equipment = Checklist(EQUIPMENT, "equipment")
        self.position = QComboBox()
        for position in POSITIONS:
            self.position.addItem(vocabulary_label("positions", position), position)
        self.difficulty = QSpinBox()
        self.difficulty.setRange(1, 5)
        self.difficulty.setMaximumWidth(140)
        self.position.setMaximumWidth(360)
        self.unilateral = QCheckBox(self.tr("&One-sided (each side done in turn)"))
        self.setup = QLineEdit()
        self.setup.setPlaceholderText(
            self.tr('For the left side, e.g. "Left leg on the bench: lie on …"')
        )
        self.dose = DoseEditor()
        self.steps = StepsEditor(names)
        self.cues = LinesEdit()
        self.mistakes = LinesEdit()
        self.safety = LinesEdit()
        self.easier = Checklist(())
        self.harder = Checklist(())
        self.sources = LinesEdit()
        self.sources.setPlaceholderText(
            self.tr("One a line: a title, then a web address if there is one")
        )
        self.license = QLineEdit()
        for box in (self.primary, self.secondary, self.equipment, self.easier, self.harder):
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 6 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field that does not fit beside its label goes under it (a large font).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name"), self.name),
            ("aliases", self.tr("Also called (one a line)"), self.aliases),
            ("summary", self.tr("Summar&y"), self.summary),
            ("why", self.tr("Why it helps"), self.why),
            ("primary_muscles", self.tr("Main muscles"), self.primary),
            ("secondary_muscles", self.tr("Other muscles"), self.secondary),
            ("equipment", self.tr("Equipment"), self.equipment),
            ("position", self.tr("Position"), self.position),
            ("difficulty", self.tr("Difficulty (1–5)"), self.difficulty),
            ("unilateral", "", self.unilateral),
            ("setup", self.tr("Set-up line (left side)"), self.setup),
            ("dosage", self.tr("Dose"), self.dose),
            ("steps", self.tr("Steps (3 to 6)"), self.steps),
            ("cues", self.tr("Cues (one a line)"), self.cues),
            ("mistakes", self.tr("Common mistakes (one a line)"), self.mistakes),
            ("safety", self.tr("Safety notes (one a line)"), self.safety),
            ("easier", self.tr("Easier variants"), self.easier),
            ("harder", self.tr("Harder variants"), self.harder),
            ("sources", self.tr("Sources (one a line)"), self.sources),
            ("license", self.tr("Licence of the texts"), self.license),
        ]
        for field, text, widget in rows:
            error = ErrorLabel()
            holder = with_error(widget, error, text)
            label = QLabel(text)
            if "&" not in text:
                label.setTextFormat(label.textFormat().PlainText)
            label.setBuddy(widget)
            form.addRow(label, holder)
            if field not in ("dosage", "steps"):
                self.errors.register(field, widget, error)
        column = QVBoxLayout(self)
        column.addWidget(self.identity)
        column.addLayout(form)
        column.addWidget(self.errors.general)

        for signal in (
            self.name.textChanged, self.summary.textChanged, self.why.textChanged,
            self.setup.textChanged, self.license.textChanged, self.aliases.textChanged,
            self.cues.textChanged, self.mistakes.textChanged, self.safety.textChanged,
            self.sources.textChanged, self.equipment.changed, self.secondary.changed,
            self.easier.changed, self.harder.changed, self.position.currentIndexChanged,
            self.difficulty.valueChanged, self.dose.changed, self.steps.changed,
        ):  # fmt: skip
            signal.connect(self._edited)
        self.primary.changed.connect(self._muscles_changed)
        self.unilateral.toggled.connect(self._sides_changed)
        self.set_catalog(catalog)

    def set_catalog(self, catalog: Catalog) -> None:
        others = [(e.id, e.name) for e in catalog.exercises.values() if e.id != self.exercise_id]
        self.easier.set_words(others)
        self.harder.set_words(others)

    def load(self, data: dict[str, Any], editable: bool) -> None:
        """Show an exercise given as JSON-like values (``msgspec.to_builtins``)."""
        self.exercise_id = str(data.get("id", ""))
        self.editable = editable
        self._loading = True
        self.clear_errors()
        if self.exercise_id:
            #: An exercise's id (a lower-case slug such as "my_plank") follows.
            self.identity.setText(self.tr("Id: {id}").format(id=self.exercise_id))
        else:
            self.identity.setText(self.tr("Id: made from the name on saving"))
        self.name.setText(data["name"])
        self.aliases.set_lines(data.get("aliases", []))
        self.summary.setText(data.get("summary", ""))
        self.why.setText(data.get("why", ""))
        self.primary.set_checked(data.get("primary_muscles", []))
        self.secondary.set_checked(data.get("secondary_muscles", []))
        self.equipment.set_checked(data.get("equipment", []))
        self.position.setCurrentIndex(max(0, self.position.findData(data.get("position"))))
        self.difficulty.setValue(int(data.get("difficulty", 2)))
        self.unilateral.setChecked(bool(data.get("unilateral")))
        self.setup.setText(data.get("setup") or "")
        dose = msgspec.convert(data["dosage"], Dosage)
        self.dose.set_dose(dose, dose)
        self.steps.set_steps(data["steps"], list(data.get("primary_muscles", [])))
        self.cues.set_lines(data.get("cues", []))
        self.mistakes.set_lines(data.get("mistakes", []))
        self.safety.set_lines(data.get("safety", []))
        self.easier.set_checked(data.get("easier", []))
        self.harder.set_checked(data.get("harder", []))
        self.sources.set_lines(
            f"{s['title']} {s['url']}" if s.get("url") else s["title"]
            for s in data.get("sources", [])
        )
        self.license.setText(data.get("license", ""))
        for line in (self.name, self.summary, self.why, self.setup, self.license):
            line.setCursorPosition(0)  # a long text shows its beginning, not its end
        # Fields the form does not show go back as they came.
        self._extra = {k: data[k] for k in ("from_article",) if k in data}
        self._sides_changed(self.unilateral.isChecked())
        for text in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            if text is not self.steps.picker.search:
                text.setReadOnly(not editable)
        for widget in (
            self.primary, self.secondary, self.equipment, self.position, self.difficulty,
            self.unilateral, self.dose, self.easier, self.harder,
        ):  # fmt: skip
            widget.setEnabled(editable)
        self.steps.set_editable(editable)
        self._loading = False
        self._clean = self.data()

    def data(self) -> dict[str, Any]:
        one_sided = self.unilateral.isChecked()
        return {
            "id": self.exercise_id,
            "name": self.name.text(),
            "aliases": self.aliases.lines(),
            "summary": self.summary.text(),
            "why": self.why.text(),
            "primary_muscles": self.primary.checked(),
            "secondary_muscles": self.secondary.checked(),
            "equipment": self.equipment.checked(),
            "position": self.position.currentData(),
            "difficulty": self.difficulty.value(),
            "unilateral": one_sided,
            "setup": (self.setup.text() or None) if one_sided else None,
            "dosage": self.dose.dose_data(),
            "steps": [dict(step) for step in self.steps.steps],
            "cues": self.cues.lines(),
            "mistakes": self.mistakes.lines(),
            "easier": self.easier.checked(),
            "harder": self.harder.checked(),
            "safety": self.safety.lines(),
            "sources": [_source(line) for line in self.sources.lines()],
            "license": self.license.text(),
            **self._extra,
            "custom": True,
        }

    def is_dirty(self) -> bool:
        return self.editable and self.data() != self._clean

    def mark_clean(self) -> None:
        self._clean = self.data()

    def _edited(self) -> None:
        if not getattr(self, "_loading", False):
            self.changed.emit()

    def _muscles_changed(self) -> None:
        self.steps.set_muscles(self.primary.checked())
        self._edited()

    def _sides_changed(self, one_sided: bool) -> None:
        self.setup.setEnabled(one_sided and self.editable)
        self._edited()

    def clear_errors(self) -> None:
        self.errors.clear()
        self.dose.errors.clear()
        self.steps.clear_errors()

    def show_error(self, field: str, message: str) -> None:
        from hiptrainer.catalog.definitions import DefinitionError

        self.clear_errors()
        if field.startswith("steps"):
            self.steps.show_error(field, message)
        elif field.startswith("dosage"):
            self.dose.errors.show_error(DefinitionError(message), field[len("dosage.") :])
        else:
            self.errors.show_error(DefinitionError(message), field)


def _source(line: str) -> dict[str, str]:
    """``"Title https://…"`` → title and address; a line without an address is a title."""
    title, _, last = line.rpartition(" ")
    if last.startswith(("http://", "https://")) and title.strip():
        return {"title": title.strip(), "url": last}
    return {"title": line}
