"""The player's settings, on the Train tab's first page: tones, voice, volume, side order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSlider, QWidget

from hiptrainer.settings import Settings

SIDE_ORDERS = (
    ("left_first", "Left side first"),
    ("right_first", "Right side first"),
    ("alternate", "Alternate sides every set"),
)


class PlayerOptions(QWidget):
    """Edits ``settings`` in place; the window saves them when it closes."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tones = QCheckBox("T&ones", objectName="tonesOption")
        self.tones.setToolTip("Beeps for the last three seconds and each new phase")
        self.voice = QCheckBox("&Voice", objectName="voiceOption")
        self.voice.setToolTip("Spoken phases, sides, what comes next and rep counts")
        self.volume = QSlider(Qt.Orientation.Horizontal, objectName="volumeOption")
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName("Volume")
        self.order = QComboBox(objectName="sideOrderOption")
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
        form.addRow("Vo&lume", self.volume)
        form.addRow("&Sides", self.order)
        self.tones.toggled.connect(lambda on: setattr(settings, "tones", on))
        self.voice.toggled.connect(lambda on: setattr(settings, "voice", on))
        self.volume.valueChanged.connect(lambda v: setattr(settings, "volume", v / 100))
        self.order.currentIndexChanged.connect(
            lambda _i: setattr(settings, "side_order", self.order.currentData())
        )
