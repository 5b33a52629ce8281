"""Saving charts: PNG pictures that are not blank, SVG and PDF made of vectors only, CSV of
exactly what is plotted, and the Save button's way through the file choice."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from hiptrainer.ui.progress.card import ChartCard
from hiptrainer.ui.progress.export import (
    export_chart,
    export_csv,
    export_pdf,
    export_png,
    export_svg,
)
from hiptrainer.ui.progress.progress_tab import ProgressTab
from tests.gui.test_progress_selftests import add_selftests
from tests.gui.test_progress_tab import make_tab
from tests.helpers.progress import PLANK, History, known_history


@pytest.fixture
def known(data_dir: Path) -> History:
    history = known_history(data_dir)
    add_selftests(history.store)  # so the self-test chart has something to save too
    return history


@pytest.fixture
def tab(qtbot: QtBot, known: History) -> ProgressTab:
    return make_tab(qtbot, known.store)


def charts(tab: ProgressTab) -> list[ChartCard]:
    """Every picture card, each brought on screen (so it is drawn) in turn."""
    found = []
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
        found += [card for card in tab.cards if card.isVisible() and "png" in card.formats]
    return found


def test_png_opens_and_is_not_blank(tab: ProgressTab, tmp_path: Path) -> None:
    path = tmp_path / "over-time.png"
    export_png(tab.over_time, path)
    image = QImage(str(path))
    assert not image.isNull()
    size = tab.over_time.export_size()
    assert (image.width(), image.height()) == (size.width() * 2, size.height() * 2)
    background = QColor(image.pixel(2, 2))
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
        if QColor(image.pixel(x, y)) != background
    }
    assert len(colours) > 20  # lines, markers, text and axes, not an empty frame


def test_svg_draws_the_lines_and_markers_as_paths(tab: ProgressTab, tmp_path: Path) -> None:
    path = tmp_path / "over-time.svg"
    export_svg(tab.over_time, path)
    text = path.read_text("utf-8")
    ET.fromstring(text)  # well-formed
    # Two sides × two plots of 9 sessions: a path per line and per marker at least.
    assert text.count("<path") >= 4 * 9
    assert "<image" not in text


def test_every_chart_saves_as_svg_of_vectors(tab: ProgressTab, tmp_path: Path) -> None:
    for card in charts(tab):
        path = tmp_path / f"{card.objectName()}.svg"
        export_svg(card, path)
        text = path.read_text("utf-8")
        ET.fromstring(text)
        shapes = re.findall(r"<(path|rect|polyline|polygon)\b", text)
        assert len(shapes) > 20, card.objectName()
        assert "<image" not in text, card.objectName()


def test_every_chart_saves_as_pdf_without_raster_images(tab: ProgressTab, tmp_path: Path) -> None:
    for card in charts(tab):
        path = tmp_path / f"{card.objectName()}.pdf"
        export_pdf(card, path)
        data = path.read_bytes()
        assert data.startswith(b"%PDF"), card.objectName()
        assert re.search(rb"/Type\s*/Page\b", data), card.objectName()
        # Scatter markers are pixmaps on screen; saved in export mode they are vectors.
        assert b"/Subtype /Image" not in data, card.objectName()


def test_export_leaves_the_screen_as_it_was(tab: ProgressTab, tmp_path: Path) -> None:
    export_pdf(tab.over_time, tmp_path / "a.pdf")
    line = tab.over_time.lines[(0, "left")]
    assert line.scatter._exportOpts is False  # back to the fast on-screen symbols


def test_csv_holds_the_plotted_values(tab: ProgressTab, tmp_path: Path) -> None:
    path = tmp_path / "over-time.csv"
    export_csv(tab.over_time, path)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    left = [float(row["best_hold_s"]) for row in rows if row["side"] == "left"]
    assert left == list(tab.over_time.lines[(0, "left")].getData()[1])
    assert {row["side"] for row in rows} == {"left", "right"}
    assert rows[0]["date"] == "2026-09-28"
    assert set(rows[0]) == {"date", "session_id", "side", "best_hold_s", "total_hold_s"}


def test_every_card_saves_its_data_as_csv(tab: ProgressTab, tmp_path: Path) -> None:
    for index in range(tab.sections.count()):
        tab.sections.setCurrentIndex(index)
    for card in tab.cards:
        path = tmp_path / f"{card.objectName()}.csv"
        export_csv(card, path)
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert len(rows) > 1, card.objectName()
        assert all(len(row) == len(rows[0]) for row in rows), card.objectName()


def test_records_save_as_csv_only(tab: ProgressTab, tmp_path: Path) -> None:
    tab.sections.setCurrentWidget(tab.records)
    with pytest.raises(ValueError, match="CSV|.csv"):
        export_chart(tab.records, tmp_path / "records.png")
    saved = export_chart(tab.records, tmp_path / "records")
    assert saved == tmp_path / "records.csv"
    assert "Clamshell" in saved.read_text("utf-8")


def test_save_button_writes_the_chosen_file(qtbot: QtBot, known: History, tmp_path: Path) -> None:
    asked: list[str] = []

    def choose(card: ChartCard, _today: object) -> tuple[Path, str]:
        asked.append(card.objectName())
        return tmp_path / "chart", "svg"

    tab = make_tab(qtbot, known.store, ask_save_path=choose)
    tab.over_time.save_button.click()
    assert asked == ["overTimeChart"]
    assert "<path" in (tmp_path / "chart.svg").read_text("utf-8")


def test_save_failure_is_one_line(qtbot: QtBot, known: History, tmp_path: Path) -> None:
    folder = tmp_path / "taken.png"
    folder.mkdir()  # a folder where the picture should go
    said: list[str] = []
    tab = make_tab(qtbot, known.store, ask_save_path=lambda *_: (folder, "png"), warn=said.append)
    tab.over_time.save_button.click()
    assert len(said) == 1
    assert "\n" not in said[0]
    assert said[0].startswith(f"Could not save {folder}: ")


def test_csv_cells_never_start_a_formula(qtbot: QtBot, known: History, tmp_path: Path) -> None:
    tab = make_tab(qtbot, known.store)
    tab.names[PLANK] = "=HYPERLINK(evil)"
    tab.refresh()
    tab.sections.setCurrentWidget(tab.records)
    export_csv(tab.records, tmp_path / "records.csv")
    assert "'=HYPERLINK(evil)" in (tmp_path / "records.csv").read_text("utf-8")
