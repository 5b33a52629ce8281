"""The player's settings in one compact row under the routines (two on a narrow window):
tones, voice, the spoken countdown, volume and side order. The same settings are in the
Settings dialog; the row follows a change made there (:meth:`PlayerOptions.follow_settings`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSlider, QWidget

from hiptrainer.domain.plan import DoseLevel, SideOrder
from hiptrainer.settings import Settings
from hiptrainer.ui.style.tokens import SPACE_S
from hiptrainer.ui.widgets.flow_layout import FlowLayout

# The end of each dose range the player plays (the low end: 4 of "4–6"); one value for the
# chooser's estimate and the session, so the two agree.
LEVEL: DoseLevel = "low"

# Each side order with its English label; :func:`side_order_text` translates a label.
SIDE_ORDERS: tuple[tuple[SideOrder, str], ...] = (
    ("left_first", str(QT_TRANSLATE_NOOP("SideOrders", "Left side first"))),
    ("right_first", str(QT_TRANSLATE_NOOP("SideOrders", "Right side first"))),
    ("alternate", str(QT_TRANSLATE_NOOP("SideOrders", "Alternate sides every set"))),
)


def side_order_text(order: SideOrder) -> str:
    """The label of side order ``order`` in the interface's language."""
    return QCoreApplication.translate("SideOrders", dict(SIDE_ORDERS)[order])


class PlayerOptions(QWidget):
    """Edits ``settings`` in place; the window saves them when it closes.

    Mnemonics avoid the letters the window uses elsewhere (menus F, E, V, H; tabs L, T, P;
    in German D, B, A, H; O, T, F) and the chooser's own (R for the routines, S for Start).
    """

    # The side order setting changed (a routine's phases, and so its length, change with it).
    side_order_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerOptions")
        self.settings = settings
        self.tones = QCheckBox(self.tr("To&nes"))
        self.tones.setObjectName("tonesOption")
        self.voice = QCheckBox(self.tr("Vo&ice"))
        self.voice.setObjectName("voiceOption")
        self.voice.setToolTip(
            self.tr("Spoken phases, sides, what comes next, rep counts and last sets")
        )
        self.countdown = QCheckBox(self.tr("&Count down aloud"))
        self.countdown.setObjectName("countdownOption")
        self.countdown.setToolTip(
            self.tr(
                "The voice counts the last three seconds of a hold, a rest or a switch: "
                "three, two, one"
            )
        )
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volumeOption")
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setAccessibleDescription(self.tr("How loud the tones and the voice are"))
        self.volume.setFixedWidth(140)  # a volume, not a ruler across the page
        self.order = QComboBox()
        self.order.setObjectName("sideOrderOption")
        self.order.setAccessibleName(self.tr("Side order"))
        self.order.setAccessibleDescription(self.tr("Which side a one-sided exercise starts with"))
        for value, _label in SIDE_ORDERS:
            self.order.addItem(side_order_text(value), value)
        self._show(settings)

        volume_label = QLabel(self.tr("Vol&ume"))
        volume_label.setBuddy(self.volume)
        order_label = QLabel(self.tr("Side &order"))
        order_label.setBuddy(self.order)
        # Three groups that wrap onto a second row when the window is narrow (a large system
        # font, 200% scaling): each caption stays with its control.
        flow = FlowLayout(self)
        sound = (QLabel(self.tr("Sound:")), self.tones, self.voice, self.countdown)
        flow.add_group(*sound, spacing=SPACE_S)
        flow.add_group(volume_label, self.volume)
        flow.add_group(order_label, self.order)

        self.tones.toggled.connect(lambda on: setattr(settings, "tones", on))
        self.voice.toggled.connect(self._voice_chosen)
        self.countdown.toggled.connect(lambda on: setattr(settings, "voice_countdown", on))
        self.volume.valueChanged.connect(lambda v: setattr(settings, "volume", v / 100))
        self.order.currentIndexChanged.connect(self._order_chosen)

    def _show(self, settings: Settings) -> None:
        if settings.countdown_beeps == 5:
            tip = self.tr("Beeps for the last five seconds and each new phase")
        else:
            tip = self.tr("Beeps for the last three seconds and each new phase")
        self.tones.setToolTip(tip)
        self.tones.setChecked(settings.tones)
        self.voice.setChecked(settings.voice)
        self.countdown.setChecked(settings.voice_countdown)
        self.countdown.setEnabled(settings.voice)
        self.volume.setValue(round(settings.volume * 100))
        self.order.setCurrentIndex(max(0, self.order.findData(settings.side_order)))

    def follow_settings(self) -> None:
        """Show ``settings`` as they are now (changed in the Settings dialog), without
        writing them back; a new side order says so, as one chosen here does."""
        widgets = (self.tones, self.voice, self.countdown, self.volume, self.order)
        order = self.order.currentData()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._show(self.settings)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        if order != self.settings.side_order:
            self.side_order_changed.emit()

    def _voice_chosen(self, on: bool) -> None:
        self.settings.voice = on
        self.countdown.setEnabled(on)  # the countdown is the voice's: off with it

    def _order_chosen(self, _index: int) -> None:
        self.settings.side_order = self.order.currentData()
        self.side_order_changed.emit()
