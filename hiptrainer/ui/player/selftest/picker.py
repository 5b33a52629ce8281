"""The Test mode's first page: choose a self-test and read how it goes before starting.

On the left the tests; on the right the chosen one's protocol in words with a picture for
each step, what it needs, the stop rule, the safety lines and, once there is one, the last
result with when to test again. Start is prominent, as in the routine chooser, and says
before anything starts whether the result will be saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hiptrainer.catalog.selftests import step_poses
from hiptrainer.domain.model import Exercise
from hiptrainer.domain.selftest import SelfTest, Sitting, amount, retest_reminder
from hiptrainer.ui.i18n import vocabulary_label
from hiptrainer.ui.player.emphasis import (
    accent_button,
    role_font,
    scroll_focus_ring,
    warning_label,
)
from hiptrainer.ui.player.selftest.pictures import SelfTestPictures
from hiptrainer.ui.player.selftest.ports import Recording
from hiptrainer.ui.style.tokens import SPACE_XS
from hiptrainer.ui.widgets.figure_view import FigureView

# In English; translated (context "SelfTestPicker") where they are shown.
MEASURES = {
    "hold": str(QT_TRANSLATE_NOOP("SelfTestPicker", "a hold to form failure on each side")),
    "reps": str(QT_TRANSLATE_NOOP("SelfTestPicker", "reps to failure on each leg")),
}
NOTICES: dict[Recording, str] = {
    "saved": "",
    "read_only": str(
        QT_TRANSLATE_NOOP(
            "SelfTestPicker",
            "Your training data is read-only: a result here could not be saved. Make the data "
            "folder writable (or free the disk), then open HipTrainer again.",
        )
    ),
    "practice": str(
        QT_TRANSLATE_NOOP(
            "SelfTestPicker", "Your training data could not be opened: a test here saves nothing."
        )
    ),
}
START_TEXTS: dict[Recording, str] = {
    "saved": str(QT_TRANSLATE_NOOP("SelfTestPicker", "&Start the test")),
    "read_only": str(QT_TRANSLATE_NOOP("SelfTestPicker", "&Start the test")),
    "practice": str(QT_TRANSLATE_NOOP("SelfTestPicker", "&Start (practice, not saved)")),
}


def picker_text(text: str) -> str:
    return QCoreApplication.translate("SelfTestPicker", text) if text else ""


def plain(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows its text as written (never as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def last_result_text(test: SelfTest, sitting: Sitting | None, today: date) -> str:
    """'Last result, 3 Mar: left 70 s, right 78 s.' and when to test again."""
    if sitting is None:
        return retest_reminder(None, today).line
    sides = []
    if sitting.left is not None:
        line = QCoreApplication.translate("SelfTestPicker", "left {amount}")
        sides.append(line.format(amount=amount(sitting.left, test.unit)))
    if sitting.right is not None:
        line = QCoreApplication.translate("SelfTestPicker", "right {amount}")
        sides.append(line.format(amount=amount(sitting.right, test.unit)))
    day = sitting.local_date
    #: A Qt date format: the day of the last result ("3 Mar 2026").
    day_format = QCoreApplication.translate("SelfTestPicker", "d MMM yyyy")
    day_text = QLocale().toString(QDate(day.year, day.month, day.day), day_format)
    found = QCoreApplication.translate("SelfTestPicker", "Last result, {day}: {sides}.").format(
        day=day_text,
        sides=", ".join(sides) or QCoreApplication.translate("SelfTestPicker", "no side finished"),
    )
    return f"{found} {retest_reminder(sitting.local_date, today).line}"


class SelfTestPicker(QWidget):
    # Start the chosen test (Start, Enter on the list, a double click).
    chosen = Signal()
    # Back to the routines.
    back = Signal()

    def __init__(
        self,
        tests: Mapping[str, SelfTest],
        exercises: Mapping[str, Exercise],
        pictures: SelfTestPictures | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfTestPicker")
        self.tests = dict(tests)
        self.exercises = exercises
        self._art = pictures or SelfTestPictures()
        self.recording: Recording = "saved"
        # The latest sitting of each test (the page says it and when to test again).
        self.latest: dict[str, Sitting] = {}
        self.today = date.today()
        self.list = QListWidget()
        self.list.setObjectName("selfTestList")
        self.list.setAccessibleName(self.tr("Self-tests"))
        self.list.setAccessibleDescription(
            self.tr("The chosen test is described beside the list; Enter starts it")
        )
        self.list.setSpacing(SPACE_XS)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        # A longer line (German's) wraps within the column instead of running under its edge.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        role_font(self.list, "body")
        for test in self.tests.values():
            item = QListWidgetItem(f"{test.name}\n{picker_text(MEASURES[test.measure])}")
            item.setData(Qt.ItemDataRole.UserRole, test.id)
            self.list.addItem(item)
        self.back_button = QPushButton(self.tr("◀ &Routines"))
        self.back_button.setObjectName("backToRoutines")
        self.back_button.setToolTip(self.tr("Back to the routines"))
        self.title = role_font(plain(name="selfTestTitle"), "title")
        self.summary = plain(name="selfTestSummary")
        self.needs = plain(name="selfTestNeeds")
        self.pictures = QGridLayout()
        self._steps: list[tuple[FigureView, QLabel]] = []
        self.picture_note = plain(name="selfTestPictureNote")
        self.picture_note.setStyleSheet("font-style: italic;")
        self.stop_rule = role_font(plain(name="selfTestStopRule"), "body", bold=True)
        self.safety = plain(name="selfTestSafety")
        self.last = plain(name="selfTestLast")
        self.notice = plain(name="selfTestNotice")
        warning_label(self.notice)
        self.notice.hide()
        self.start_button = QPushButton(picker_text(START_TEXTS["saved"]))
        self.start_button.setObjectName("startSelfTest")
        self.start_button.setDefault(True)
        accent_button(self.start_button)
        self._lay_out()
        self.list.installEventFilter(self)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.chosen.emit())
        self.start_button.clicked.connect(self.chosen.emit)
        self.back_button.clicked.connect(self.back.emit)
        self.list.setCurrentRow(0)

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("&Choose a self-test: one number for each side"))
        role_font(heading, "title")
        heading.setWordWrap(True)
        heading.setBuddy(self.list)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.back_button)
        detail = QWidget()
        column = QVBoxLayout(detail)
        for widget in (self.title, self.summary, self.needs):
            column.addWidget(widget)
        column.addLayout(self.pictures)
        column.addWidget(self.picture_note)
        stop = role_font(plain(self.tr("When to stop")), "body", bold=True)
        column.addWidget(stop)
        column.addWidget(self.stop_rule)
        column.addWidget(role_font(plain(self.tr("Safety")), "body", bold=True))
        column.addWidget(self.safety)
        column.addWidget(role_font(plain(self.tr("Your results")), "body", bold=True))
        column.addWidget(self.last)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("selfTestDetail")
        scroll.setStyleSheet(scroll_focus_ring("selfTestDetail"))
        # It takes the focus so the keys scroll a long protocol: say what it holds.
        scroll.setAccessibleName(self.tr("How the test goes"))
        scroll.setAccessibleDescription(
            self.tr("The chosen test's steps, when to stop, safety and your last result")
        )
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        self.detail = detail
        start_row = QHBoxLayout()
        start_row.addWidget(self.notice, 1)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(start_row)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.start_button.isEnabled():
                self.chosen.emit()
            return True
        return super().eventFilter(watched, event)

    # --- reading ----------------------------------------------------------------------------

    def selected(self) -> SelfTest:
        item = self.list.currentItem() or self.list.item(0)
        return self.tests[str(item.data(Qt.ItemDataRole.UserRole))]

    def select(self, test_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == test_id:
                self.list.setCurrentRow(row)

    def set_recording(self, recording: Recording) -> None:
        self.recording = recording
        self.notice.setText(picker_text(NOTICES[recording]))
        self.notice.setVisible(bool(NOTICES[recording]))
        self.start_button.setText(picker_text(START_TEXTS[recording]))
        self.start_button.setEnabled(recording != "read_only")
        described = picker_text(NOTICES[recording]) or self.tr(
            "A countdown leads into the first side; Space or Enter ends each effort"
        )
        self.start_button.setAccessibleDescription(described)

    def set_history(self, latest: Mapping[str, Sitting], today: date) -> None:
        self.latest, self.today = dict(latest), today
        self._show(self.list.currentRow())

    # --- the chosen test --------------------------------------------------------------------

    def _show(self, row: int) -> None:
        if row < 0:
            return
        test = self.selected()
        self.title.setText(test.name)
        self.summary.setText(" ".join(test.summary.split()))
        needs = ", ".join(vocabulary_label("equipment", item) for item in test.equipment)
        needs = needs or self.tr("nothing")
        line = self.tr(
            "You need: {needs}. A countdown of {countdown} s leads into each side; "
            "{rest} s of rest between the sides."
        )
        self.needs.setText(line.format(needs=needs, countdown=test.countdown_s, rest=test.rest_s))
        self._show_steps(test)
        self.picture_note.setText(" ".join((test.picture_note or "").split()))
        self.picture_note.setVisible(test.picture_note is not None)
        self.stop_rule.setText(" ".join(test.stop_rule.split()))
        self.safety.setText("\n".join(f"• {line}" for line in test.safety))
        self.last.setText(last_result_text(test, self.latest.get(test.id), self.today))

    def steps_shown(self) -> list[tuple[FigureView, str]]:
        return [(view, text.text()) for view, text in self._steps if view.isVisibleTo(self)]

    def _show_steps(self, test: SelfTest) -> None:
        exercise = self.exercises.get(test.exercise)
        art = self._art.illustration(test, exercise) if exercise is not None else None
        while len(self._steps) < len(test.steps):
            view, text = FigureView(), plain()
            view.setMinimumSize(140, 100)
            view.setMaximumHeight(200)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            spot = len(self._steps)
            self.pictures.addWidget(view, 0, spot)
            self.pictures.addWidget(text, 1, spot)
            self._steps.append((view, text))
        poses = step_poses(test)
        for spot, (view, text) in enumerate(self._steps):
            shown = spot < len(test.steps)
            view.setVisible(shown)
            text.setVisible(shown)
            if shown:
                text.setText(f"{spot + 1}. {test.steps[spot].text}")
                view.show_pose(art, poses[spot], "left")
