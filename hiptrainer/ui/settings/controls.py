"""The settings dialog's controls, each bound to one field of :class:`Settings`.

A :class:`Binding` reads a control into a field's value and writes a value back into the
control, so the dialog fills, restores defaults and collects every field the same way. Number
ranges come from the bounds declared on the field in hiptrainer.settings (one source).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, NamedTuple, get_args, get_origin, get_type_hints

from msgspec import Meta
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from hiptrainer.settings import Settings


class Binding(NamedTuple):
    field: str
    control: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    # The caption beside the control, with its mnemonic; None for a check box (its own text).
    label: str | None = None


def field_bounds(field: str) -> tuple[int, int]:
    """The ``ge``/``le`` bounds declared on a whole-number field of Settings."""
    hint = get_type_hints(Settings, include_extras=True)[field]
    if get_origin(hint) is Annotated:
        for meta in get_args(hint)[1:]:
            if isinstance(meta, Meta) and meta.ge is not None and meta.le is not None:
                return int(meta.ge), int(meta.le)
    raise ValueError(f"Settings.{field} declares no bounds")


def describe(control: QWidget, label: str, description: str) -> None:
    """Screen readers say the label (without its mnemonic); the tooltip and the accessible
    description say more."""
    control.setAccessibleName(label.replace("&", ""))
    control.setAccessibleDescription(description)
    control.setToolTip(description)


def number_box(
    field: str, label: str, description: str, *, suffix: str = "", step: int = 1
) -> Binding:
    box = QSpinBox()
    box.setObjectName(f"{field}Setting")
    low, high = field_bounds(field)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    # A number typed past a bound becomes the bound, not the value the box had before.
    box.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
    describe(box, label, description)
    return Binding(field, box, box.value, lambda value: box.setValue(int(value)), label)


def seconds_box(field: str, label: str, description: str, step: int = 1) -> Binding:
    return number_box(field, label, description, suffix=" s", step=step)


def percent_box(field: str, label: str, description: str) -> Binding:
    """A 0–1 fraction as a whole percentage."""
    box = QSpinBox()
    box.setObjectName(f"{field}Setting")
    box.setRange(0, 100)
    box.setSingleStep(5)
    box.setSuffix(" %")
    describe(box, label, description)
    return Binding(
        field,
        box,
        lambda: box.value() / 100,
        lambda value: box.setValue(round(value * 100)),
        label,
    )


def choice_box(
    field: str, label: str, description: str, choices: Sequence[tuple[object, str]]
) -> Binding:
    combo = QComboBox()
    combo.setObjectName(f"{field}Setting")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for value, text in choices:
        combo.addItem(text, value)
    describe(combo, label, description)

    def write(value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    return Binding(field, combo, combo.currentData, write, label)


def check_box(field: str, text: str, description: str) -> Binding:
    box = QCheckBox(text)
    box.setObjectName(f"{field}Setting")
    describe(box, text, description)
    return Binding(field, box, box.isChecked, lambda value: box.setChecked(bool(value)))


def voice_box(label: str, voices: Sequence[str]) -> Binding:
    """The voice by name; "" is the system's default. A chosen voice no longer installed
    stays listed (and chosen) rather than being quietly replaced."""
    combo = QComboBox()
    combo.setObjectName("voice_nameSetting")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    #: The speaking voice: the one the system's speech engine picks.
    combo.addItem(QCoreApplication.translate("SettingsControls", "System default"), "")
    for voice in voices:
        if voice:
            combo.addItem(voice, voice)
    describe(
        combo,
        label,
        QCoreApplication.translate("SettingsControls", "The voice that speaks the cues"),
    )

    def write(value: object) -> None:
        name = str(value)
        if combo.findData(name) < 0:
            #: A voice chosen earlier that the system no longer has.
            missing = QCoreApplication.translate("SettingsControls", "{voice} (not installed)")
            combo.addItem(missing.format(voice=name), name)
        combo.setCurrentIndex(combo.findData(name))

    return Binding("voice_name", combo, lambda: str(combo.currentData()), write, label)
