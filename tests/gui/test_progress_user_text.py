"""Exercise names (a custom exercise's is the user's own text) are shown as written in the
Progress tab: never read as markup by a label, a legend or a tooltip."""

from __future__ import annotations

from pathlib import Path

import msgspec
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import load_catalog
from hiptrainer.settings import Settings
from hiptrainer.ui.progress.chart import plain_tip
from hiptrainer.ui.progress.progress_tab import ProgressTab
from tests.helpers.progress import CLAM, TODAY, known_history

MARKUP = "<img src='file:///etc/passwd'><b>Bold</b> & co"


def test_a_name_with_markup_is_shown_literally(qtbot: QtBot, data_dir: Path) -> None:
    bundled = load_catalog()
    renamed = msgspec.structs.replace(bundled.exercises[CLAM], name=MARKUP)
    catalog = msgspec.structs.replace(bundled, exercises={**bundled.exercises, CLAM: renamed})
    history = known_history(data_dir)
    tab = ProgressTab(catalog, lambda: history.store, Settings(), today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    box = tab.controls.exercise_box
    box.setCurrentIndex(box.findText(MARKUP))
    assert box.currentText() == MARKUP
    shown = [label for label in tab.findChildren(QLabel) if MARKUP in label.text()]
    assert shown  # the glance's balance caption and the chart heading name it
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    # The weekly volume legend lists every exercise by name: escaped for pyqtgraph's HTML.
    tab.controls.range_buttons["all"].click()
    tab.sections.setCurrentWidget(tab.volume)
    tab.volume.reps_button.click()  # clamshells are reps
    labels = [label.text for _sample, label in tab.volume.legends[0].items]
    escaped = "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;&lt;b&gt;Bold&lt;/b&gt; &amp; co"
    assert escaped in labels
    assert not any("<img" in text for text in labels)


def test_tooltips_are_plain_text() -> None:
    tip = plain_tip(f"{MARKUP}\n12 reps")
    assert "<img" not in tip
    assert "&lt;img" in tip
    assert "\n12 reps" in tip
