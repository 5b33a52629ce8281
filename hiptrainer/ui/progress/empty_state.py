"""What the tab shows before there is anything to chart: what will appear, and a way to
start the first warm-up (never an empty axis)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hiptrainer.ui.style.tokens import SPACE_M, scaled_font

WARM_UP = "runners_hip_warmup"
MESSAGE_WIDTH = 460
# The page's messages (translated where they are shown: EmptyState.say).
NO_DATA = str(
    QT_TRANSLATE_NOOP(
        "EmptyState",
        "Nothing recorded yet. After your first workout you will find here:<ul>"
        "<li>hold times and reps per side, for each exercise,</li>"
        "<li>how even your left and right sides are,</li>"
        "<li>your weekly volume,</li>"
        "<li>the pain and effort you rated,</li>"
        "<li>a calendar of the days you trained, and your records.</li></ul>",
    )
)
NO_STORE = str(
    QT_TRANSLATE_NOOP(
        "EmptyState",
        "Your training data is not open, so there is no progress to show. Workouts done now are "
        "practice runs and are not recorded.",
    )
)


class EmptyState(QWidget):
    start_routine_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressEmpty")
        heading = QLabel(self.tr("Your progress will appear here"))
        heading.setFont(scaled_font(heading.font(), "title"))
        heading.setWordWrap(True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("progressEmptyMessage")
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setWordWrap(True)
        # A fixed width lets the layout ask a wrapped label for its real height.
        self.message.setFixedWidth(MESSAGE_WIDTH)
        self.say(NO_DATA)
        self.start_button = QPushButton(self.tr("Start the &warm-up"))
        self.start_button.setObjectName("startWarmUp")
        self.start_button.setAccessibleName(self.tr("Start the runner's hip warm-up"))
        self.start_button.clicked.connect(lambda: self.start_routine_requested.emit(WARM_UP))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(SPACE_M)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def say(self, text: str) -> None:
        """Show ``text`` (plain, or the rich text of :data:`NO_DATA`; the page's own messages
        are translated here, others come translated)."""
        text = QCoreApplication.translate("EmptyState", text)
        self.message.setText(text)
        self.message.setAccessibleDescription(QTextDocumentFragment.fromHtml(text).toPlainText())
