"""The player's settings, on the Train tab's first page: tones, voice, volume, side order."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSlider, QWidget

from hiptrainer.domain.plan import DoseLevel, SideOrder
from hiptrainer.settings import Settings

#: The end of each dose range the player plays (the low end: 4 of "4–6"); one value for the
#: chooser's estimate and the session, so the two agree.
LEVEL: DoseLevel = "low"

SIDE_ORDERS: tuple[tuple[SideOrder, str], ...] = (
    ("left_first", "Left side first"),
    ("right_first", "Right side first"),
    ("alternate", "Alternate sides every set"),
)


class PlayerOptions(QWidget):
    """Edits ``settings`` in place; the window saves them when it closes.

    Mnemonics avoid the letters the window uses elsewhere (menus F, E, V, H; tabs L, T, P)
    and the chooser's own (R for the routines, S for Start).
    """

    #: The side order setting changed (a routine's phases, and so its length, change with it).
    side_order_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tones = QCheckBox("To&nes")
        self.tones.setObjectName("tonesOption")
        self.tones.setToolTip("Beeps for the last three seconds and each new phase")
        self.voice = QCheckBox("Vo&ice")
        self.voice.setObjectName("voiceOption")
        self.voice.setToolTip("Spoken phases, sides, what comes next and rep counts")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setObjectName("volumeOption")
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName("Volume")
        self.order = QComboBox()
        self.order.setObjectName("sideOrderOption")
        self.order.setAccessibleName("Side order")
        for value, label in SIDE_ORDERS:
            self.order.addItem(label, value)
        self.tones.setChecked(settings.tones)
        self.voice.setChecked(settings.voice)
        self.volume.setValue(round(settings.volume * 100))
        self.order.setCurrentIndex(max(0, self.order.findData(settings.side_order)))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Sound", self.tones)
        form.addRow("", self.voice)
        form.addRow("Vol&ume", self.volume)
        form.addRow("Side &order", self.order)
        self.tones.toggled.connect(lambda on: setattr(settings, "tones", on))
        self.voice.toggled.connect(lambda on: setattr(settings, "voice", on))
        self.volume.valueChanged.connect(lambda v: setattr(settings, "volume", v / 100))
        self.order.currentIndexChanged.connect(self._order_chosen)

    def _order_chosen(self, _index: int) -> None:
        self.settings.side_order = self.order.currentData()
        self.side_order_changed.emit()
