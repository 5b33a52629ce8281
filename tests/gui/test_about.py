"""Help ▸ About: versions, licences, and every source of the exercise facts once, as links,
with the user's own texts shown as written."""

from __future__ import annotations

import platform
import re
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hiptrainer import __version__
from hiptrainer.catalog import Catalog
from hiptrainer.catalog.custom import CustomExercise, convert_item
from hiptrainer.catalog.loader import load_catalog
from hiptrainer.domain.model import Source
from hiptrainer.ui import about
from hiptrainer.ui.about import AboutDialog, about_html, show_about, source_item
from tests.helpers.custom import MARKUP, marked_exercise


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def anchors(text: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)">', text)


def test_show_about_opens_over_the_window_without_blocking(qtbot: QtBot, catalog: Catalog) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = show_about(parent, catalog)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "About HipTrainer"
    assert dialog.text.openExternalLinks()
    plain = dialog.text.toPlainText()
    assert f"HipTrainer {__version__}" in plain
    assert f"Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}" in (
        plain
    )
    for words in ("chest pain", "dizziness", "numbness", "sharp joint pain", "a week or two"):
        assert words in plain
    dialog.reject()
    assert not dialog.isVisible()


def test_the_licences_of_code_texts_and_figures(catalog: Catalog) -> None:
    text = about_html(catalog)
    assert "The program's code is under the MIT licence." in text
    assert 'licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>' in (text)
    assert "The exercise figures are drawn by HipTrainer's own code" in text
    # The bundled exercises say the same of themselves.
    assert {exercise.license for exercise in catalog.exercises.values()} == {"CC-BY-4.0"}


def test_the_icons_licence_is_named_only_when_the_icons_ship(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about, "resources_dir", lambda: tmp_path)
    assert "Lucide" not in about_html(catalog)
    (tmp_path / "icons" / "ui").mkdir(parents=True)
    (tmp_path / "icons" / "ui" / "LICENSE").write_text("ISC License\n", encoding="utf-8")
    assert (
        'The interface icons are from <a href="https://lucide.dev">Lucide</a>, under the ISC '
        "licence." in about_html(catalog)
    )


def test_every_source_once_as_a_link(catalog: Catalog) -> None:
    text = about_html(catalog)
    sources = text.split("<h3>Sources of the exercise facts</h3>")[1]
    urls = {s.url for e in catalog.exercises.values() for s in e.sources if s.url}
    assert sorted(anchors(sources)) == sorted(urls)  # each link once
    # A source without a link (the founding article) is named, once.
    article = "Landice News: Run Better with Hip and Glute Strengthening (2020)"
    assert sources.count(f"<li>{article}</li>") == 1
    # The same link under two titles (two exercises cite one paper) is listed once.
    assert sources.count("bmjopensem.bmj.com/content/5/1/e000570.full") == 1
    titles = re.findall(r"<li>(?:<a [^>]*>)?([^<]*)", sources)
    assert titles == sorted(titles, key=str.casefold)


def test_your_own_exercises_sources_are_listed_apart_and_escaped(
    qtbot: QtBot, catalog: Catalog
) -> None:
    mine = convert_item(marked_exercise("marked"), CustomExercise, "exercise")
    assert isinstance(mine, CustomExercise)
    with_mine = Catalog({**catalog.exercises, "marked": mine}, catalog.workouts)
    text = about_html(with_mine)
    bundled, yours = text.split("<h3>Sources your own exercises name</h3>")
    assert MARKUP not in text
    assert "example.org" not in bundled
    assert anchors(yours) == ["https://example.org/&lt;b&gt;x&lt;/b&gt;"]
    dialog = AboutDialog(with_mine)
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText()
    assert f"{MARKUP} source" in shown  # as the user wrote it, not as markup
    assert "evil.example" not in "".join(anchors(dialog.text.toHtml()))


def test_no_heading_for_your_sources_when_there_are_none(catalog: Catalog) -> None:
    assert "Sources your own exercises name" not in about_html(catalog)


def test_only_web_links_become_links() -> None:
    # The catalogue only accepts http(s) links; a source made some other way still shows
    # its title and never a link that runs something.
    assert source_item(Source(title="A", url="javascript:alert(1)")) == "<li>A</li>"
    assert source_item(Source(title="B", url="file:///etc/passwd")) == "<li>B</li>"
    assert source_item(Source(title="C & D", url="https://x.org/?a=1&b=2")) == (
        '<li><a href="https://x.org/?a=1&amp;b=2">C &amp; D</a></li>'
    )
