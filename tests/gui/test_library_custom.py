"""The user's own exercises in the Library: listed once the data folder opens, marked as
theirs, found by search and filters, drawn with their library poses, shown as plain text
whatever they hold, still there after a restart, and brought in or out as packs."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import CatalogError, load_catalog
from hiptrainer.catalog.cache import CACHE_FILE
from hiptrainer.catalog.definitions import UserDefinitions
from hiptrainer.settings import load_settings
from hiptrainer.storage.database import open_database
from hiptrainer.storage.errors import StorageError
from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.library import LibraryTab
from hiptrainer.ui.library.packs import PackExportDialog, export_path, import_path
from hiptrainer.ui.main_window import MainWindow
from tests.gui.test_library import choose, visible_ids
from tests.helpers.custom import (
    MARKUP,
    custom_exercise,
    custom_workout,
    marked_exercise,
    write_pack,
)
from tests.helpers.prompts import FakePrompts
from tests.helpers.storage import make_store
from tests.helpers.window import close, start_window

BUNDLED = load_catalog()


def save(data_dir: Path, *exercises: dict, workouts: tuple[dict, ...] = ()) -> None:  # type: ignore[type-arg]
    store = make_store(data_dir)
    definitions = UserDefinitions(store, BUNDLED)
    for exercise in exercises:
        definitions.save_exercise(exercise)
    for workout in workouts:
        definitions.save_workout(workout)
    store.conn.close()


@pytest.fixture
def with_mine(data_dir: Path) -> Path:
    save(
        data_dir,
        custom_exercise("my_plank", name="Garden-bench plank"),
        custom_exercise(
            "my_bridge",
            name="Sofa bridge",
            unilateral=False,
            setup=None,
            position="lying on back",
            primary_muscles=["gluteus maximus"],
            secondary_muscles=["hamstrings"],
            equipment=[],
            steps=[
                {"text": "Lie on your back.", "pose": "glute_bridge:lie_on_back"},
                {"text": "Bend your knees.", "pose": "glute_bridge:knees_bent"},
                {"text": "Lift your hips.", "pose": "glute_bridge:hips_up"},
            ],
        ),
        workouts=(custom_workout("my_routine", "my_plank", "clamshell"),),
    )
    return data_dir


def opened(qtbot: QtBot, data_dir: Path) -> MainWindow:
    """The window with its data open and the Library's page placed (see ExerciseDetail)."""
    window = start_window(qtbot, data_dir, FakePrompts())
    qtbot.waitUntil(lambda: "Why it helps runners" in window.library.detail.toPlainText())
    return window


def image_names(library: LibraryTab) -> list[str]:
    """The source of every picture in the detail page."""
    names = []
    block = library.detail.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                names.append(form.toImageFormat().name())
            fragments += 1
        block = block.next()
    return names


def mine(library: LibraryTab) -> list[str]:
    return [i for i in visible_ids(library) if i not in BUNDLED.exercises]


def test_your_exercises_are_listed_once_the_data_opens_after_the_bundled_ones(
    qtbot: QtBot, with_mine: Path
) -> None:
    window = build_main_window(with_mine)  # the first frame: the bundled catalogue
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert mine(window.library) == []
    from hiptrainer.ui.app import open_data

    changed = []
    window.catalog_changed.connect(changed.append)
    open_data(window, with_mine, FakePrompts())
    library = window.library
    qtbot.waitUntil(lambda: "Why it helps runners" in library.detail.toPlainText())
    ids = visible_ids(library)
    assert ids[: len(BUNDLED.exercises)] == list(BUNDLED.exercises)
    assert ids[len(BUNDLED.exercises) :] == ["my_plank", "my_bridge"]  # by name
    assert library.count.text() == f"{len(BUNDLED.exercises) + 2} exercises"
    assert [set(c.workouts) - set(BUNDLED.workouts) for c in changed] == [{"my_routine"}]
    assert "my_routine" in window.catalog.workouts
    assert window.named_actions["import_file"].isEnabled()
    assert library.filters.source.isVisibleTo(library)
    assert not library.filters.clear_button.isEnabled()  # nothing is filtered yet
    library.show_exercise("my_plank")
    assert "Your own exercise" in library.detail.toPlainText()
    assert "Your own text, licensed" in library.detail.toPlainText()
    row = library.proxy.index(len(BUNDLED.exercises), 0)
    description = library.proxy.data(row, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description.startswith("Your own exercise. ")
    close(window)


def test_your_rows_carry_a_tag_in_the_link_colour(qtbot: QtBot, with_mine: Path) -> None:
    window = opened(qtbot, with_mine)
    library = window.library
    library.filters.search.setText("plank")  # bundled and own planks in sight together
    shot = library.list.viewport().grab().toImage()
    link = library.list.palette().color(QPalette.ColorRole.Link)

    def tagged(exercise_id: str) -> bool:
        row = library.proxy.mapFromSource(library.model.index(library.model.row_of(exercise_id)))
        box = library.list.visualRect(row)
        right = box.right() - 12  # the tag ends at the row's right padding
        return any(
            shot.pixelColor(x, y) == link
            or abs(shot.pixelColor(x, y).hue() - link.hue()) < 8
            and shot.pixelColor(x, y).saturation() > 100
            for x in range(right - 40, right)
            for y in range(box.top(), box.top() + box.height() // 2)
        )

    library.list.setCurrentIndex(library.proxy.index(0, 0))  # no own row selected
    shot = library.list.viewport().grab().toImage()
    assert tagged("my_plank")
    assert not tagged("copenhagen_plank")
    close(window)


def test_search_and_filters_find_your_exercises(qtbot: QtBot, with_mine: Path) -> None:
    window = opened(qtbot, with_mine)
    library, bar = window.library, window.library.filters
    qtbot.keyClicks(bar.search, "sofa")
    assert visible_ids(library) == ["my_bridge"]
    bar.search.clear()
    qtbot.keyClicks(bar.search, "yours")
    assert visible_ids(library) == ["my_plank", "my_bridge"]
    bar.search.clear()
    assert bar.source.isVisibleTo(library)
    choose(bar.source, True)
    assert visible_ids(library) == ["my_plank", "my_bridge"]
    assert bar.clear_button.isEnabled()
    choose(bar.muscle, "hamstrings")
    assert visible_ids(library) == ["my_bridge"]
    choose(bar.source, False)
    assert "my_bridge" not in visible_ids(library)
    assert visible_ids(library)  # bundled exercises that work the hamstrings
    bar.clear()
    assert len(visible_ids(library)) == len(BUNDLED.exercises) + 2
    close(window)


def test_the_source_filter_has_a_letter_of_its_own(qtbot: QtBot, with_mine: Path) -> None:
    from tests.helpers.mnemonics import duplicates, reserved_clashes

    window = opened(qtbot, with_mine)
    assert duplicates(window) == {}
    assert reserved_clashes(window.library) == {}
    with qtbot.waitActive(window):
        window.activateWindow()
    window.library.focus_search()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.library.filters.source
    close(window)


def test_a_custom_exercise_is_drawn_with_the_poses_it_names(qtbot: QtBot, with_mine: Path) -> None:
    window = opened(qtbot, with_mine)
    detail = window.library.detail
    pictures = detail.pictures
    assert pictures is not None
    own = window.catalog.exercises["my_plank"]  # the seed exercise's poses, by reference
    seed = window.catalog.exercises["copenhagen_plank"]
    for step in range(len(own.steps)):
        drawn = pictures.image(own, step, (240, 160))
        assert drawn is not None
        assert drawn == pictures.image(seed, step, (240, 160))
    bridge = window.catalog.exercises["my_bridge"]
    assert pictures.moves(bridge, 2)  # hips up plays from knees bent
    window.library.show_exercise("my_bridge")
    assert window.library.detail.open_large_view(2) is not None
    close(window)


def test_markup_in_every_field_is_shown_literally(qtbot: QtBot, data_dir: Path) -> None:
    marked = marked_exercise("marked")
    save(data_dir, marked)
    window = opened(qtbot, data_dir)
    library = window.library
    assert library.show_exercise("marked")
    text = library.detail.toPlainText()
    for field in ("name", "summary", "why", "license"):
        assert marked[field] in text, field
    for field in ("aliases", "cues", "mistakes", "safety"):
        for line in marked[field]:
            assert line in text, field
    for step in marked["steps"]:
        assert step["text"] in text
    assert marked["sources"][0]["title"] in text
    assert "Left " + MARKUP in text  # the set-up line, for the left side
    page = library.detail.document()
    html = page.toHtml()
    assert "<b>x</b>" not in html
    # The only pictures are the step figures: the <img> in the text made none.
    steps = range(len(marked["steps"]))
    assert set(image_names(library)) == {f"figure:marked/{n}" for n in steps}
    # The list's tooltip and the larger view show the text as it is, too.
    row = library.proxy.mapFromSource(library.model.index(library.model.row_of("marked")))
    tip = library.proxy.data(row, Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    shown.setHtml(tip)
    assert shown.toPlainText() == marked["summary"]
    view = library.detail.open_large_view(0)
    assert view is not None
    assert view.heading.textFormat() == Qt.TextFormat.PlainText
    assert view.heading.text().startswith(marked["name"])
    assert view.step_text.text() == marked["steps"][0]["text"]
    assert view.step_text.textFormat() == Qt.TextFormat.PlainText
    assert view.setup_labels["left"].text() == marked["setup"]
    assert view.setup_labels["left"].textFormat() == Qt.TextFormat.PlainText
    view.reject()
    close(window)


def test_a_broken_stored_exercise_is_left_out_and_said_once(
    qtbot: QtBot, with_mine: Path, caplog: pytest.LogCaptureFixture
) -> None:
    conn = open_database(with_mine)
    conn.execute("UPDATE definitions SET body = json_set(body, '$.name', '') WHERE id = 'my_plank'")
    conn.close()
    window = opened(qtbot, with_mine)
    library = window.library
    assert mine(library) == ["my_bridge"]
    notice = library.notice
    assert notice is not None
    assert notice.isVisibleTo(library)
    # The routine that used it cannot be played: it is left out too.
    assert "my_routine" not in window.catalog.workouts
    assert notice.text().startswith("Left out: 2 saved items of yours that could not be read")
    assert notice.textFormat() == Qt.TextFormat.PlainText
    shown = QTextDocument()
    shown.setHtml(notice.toolTip())
    assert shown.toPlainText().splitlines() == [
        'your exercise "my_plank": name: expected a non-empty text of at most 200 characters, '
        'got ""',
        'your routine "my_routine": blocks[0].exercise: unknown exercise id "my_plank"',
    ]
    # Said as a line, never as a traceback (the log gets what caplog gets).
    assert [r for r in caplog.records if "my_plank" in r.getMessage()]
    assert not [r for r in caplog.records if r.exc_info]
    close(window)


def test_after_a_restart_your_exercises_and_the_one_on_show_come_back(
    qtbot: QtBot, with_mine: Path
) -> None:
    first = opened(qtbot, with_mine)
    assert first.library.show_exercise("my_bridge")
    close(first)
    assert load_settings(with_mine).library_exercise == "my_bridge"
    second = opened(qtbot, with_mine)
    assert mine(second.library) == ["my_plank", "my_bridge"]
    assert second.library.current_exercise().id == "my_bridge"
    close(second)


def test_the_catalogue_cache_never_serves_your_exercises_stale(
    qtbot: QtBot, with_mine: Path
) -> None:
    first = opened(qtbot, with_mine)
    close(first)
    cache = (with_mine / CACHE_FILE).read_text(encoding="utf-8")
    assert "my_plank" not in cache  # the cache holds the bundled files only
    conn = open_database(with_mine)
    conn.execute(
        "UPDATE definitions SET body = json_set(body, '$.name', 'Renamed in between') "
        "WHERE id = 'my_plank'"
    )
    conn.close()
    second = opened(qtbot, with_mine)
    assert second.catalog.exercises["my_plank"].name == "Renamed in between"
    close(second)


def test_an_edited_exercise_is_shown_as_it_is_now(qtbot: QtBot, with_mine: Path) -> None:
    window = opened(qtbot, with_mine)
    library = window.library
    library.show_exercise("my_bridge")
    definitions = window.definitions
    assert definitions is not None
    data = msgspec.to_builtins(window.catalog.exercises["my_bridge"])
    definitions.save_exercise({**data, "name": "Sofa bridge, slower"}, replacing="my_bridge")
    window.set_catalog(definitions.catalog)
    assert library.current_exercise().name == "Sofa bridge, slower"
    assert "Sofa bridge, slower" in library.detail.toPlainText()
    close(window)


def test_a_pack_imported_from_the_window_is_listed_at_once(
    qtbot: QtBot, with_mine: Path, tmp_path: Path
) -> None:
    window = opened(qtbot, with_mine)
    pack = write_pack(
        tmp_path / "clinic.hiptrainer-pack",
        [custom_exercise("my_plank", name="Clinic plank")],  # its id is taken
        [custom_workout("clinic", "my_plank")],
    )
    text = import_path(window, pack)
    assert text.splitlines() == [
        "Imported 1 exercise and 1 routine from clinic.hiptrainer-pack.",
        'The exercise "my_plank" was stored as "my_plank_2" (its id was taken).',
    ]
    assert "my_plank_2" in mine(window.library)
    assert [b.exercise for b in window.catalog.workouts["clinic"].blocks] == ["my_plank_2"]
    before = window.store.definition_rows() if window.store else []
    bad = write_pack(tmp_path / "bad.hiptrainer-pack", [custom_exercise("x", difficulty=0)])
    with pytest.raises((CatalogError, StorageError), match=r"exercises\[0\]\.difficulty"):
        import_path(window, bad)
    assert window.store is not None
    assert window.store.definition_rows() == before
    close(window)


def test_a_pack_exported_from_the_window_holds_what_was_ticked(
    qtbot: QtBot, with_mine: Path, tmp_path: Path
) -> None:
    window = opened(qtbot, with_mine)
    dialog = PackExportDialog(window.catalog, window)
    qtbot.addWidget(dialog)
    labels = [dialog.items.item(row).text() for row in range(dialog.items.count())]
    assert labels == [
        "Routine: My routine my_routine",
        "Exercise: Garden-bench plank",
        "Exercise: Sofa bridge",
    ]
    assert dialog.chosen() == (["my_plank", "my_bridge"], ["my_routine"])
    for row in range(dialog.items.count()):
        dialog.items.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.save_button.isEnabled()
    dialog.items.item(2).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == (["my_bridge"], [])
    path = tmp_path / "out.hiptrainer-pack"
    export_path(window, path, *dialog.chosen())
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [e["id"] for e in document["exercises"]] == ["my_bridge"]
    close(window)


def test_the_file_menu_offers_import_and_export(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert menu is not None
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:2] == ["&Import…", "&Export Exercise Pack…"]
    # Until the data folder is open there is nowhere to import into.
    assert not window.named_actions["import_file"].isEnabled()
