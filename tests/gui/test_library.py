"""The Library tab, driven through its real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hiptrainer.ui.library import LibraryTab
from hiptrainer.ui.library.model import ExerciseRole


def visible_ids(library: LibraryTab) -> list[str]:
    proxy = library.proxy
    return [proxy.index(row, 0).data(ExerciseRole).id for row in range(proxy.rowCount())]


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_lists_the_whole_catalogue_with_the_seed_exercises_first(library: LibraryTab) -> None:
    ids = visible_ids(library)
    assert len(ids) >= 18
    assert ids[:2] == ["copenhagen_plank", "standing_leg_lift_rotation"]
    assert library.count.text() == f"{len(ids)} exercises"
    assert library.current_exercise().id == "copenhagen_plank"


def test_typing_in_search_filters_by_name_alias_and_muscle(
    qtbot: QtBot, library: LibraryTab
) -> None:
    total = library.model.rowCount()
    qtbot.keyClicks(library.filters.search, "copenhagen")
    assert visible_ids(library) == ["copenhagen_plank"]
    assert library.count.text() == f"1 of {total} exercises"

    library.filters.search.clear()
    qtbot.keyClicks(library.filters.search, "airplane")
    assert "hip_airplane" in visible_ids(library)

    library.filters.search.clear()
    qtbot.keyClicks(library.filters.search, "adductors")
    assert "copenhagen_plank" in visible_ids(library)
    assert "clamshell" not in visible_ids(library)


def test_filters_narrow_the_list_and_clear_restores_it(qtbot: QtBot, library: LibraryTab) -> None:
    bar = library.filters
    total = library.model.rowCount()
    assert not bar.clear_button.isEnabled()
    choose(bar.muscle, "gluteus medius")
    choose(bar.equipment, "")  # no equipment
    choose(bar.sides, True)
    found = [library.model.exercise(library.model.row_of(i)) for i in visible_ids(library)]
    assert found
    assert all("gluteus medius" in e.muscles and not e.equipment and e.unilateral for e in found)
    assert bar.clear_button.isEnabled()
    # The detail follows the list: the shown exercise is one of the matches.
    assert library.current_exercise() in found

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(visible_ids(library)) == total
    assert bar.muscle.currentIndex() == 0
    assert bar.sides.currentIndex() == 0


def test_position_and_difficulty_filters(library: LibraryTab) -> None:
    choose(library.filters.position, "standing")
    assert "standing_leg_lift_rotation" in visible_ids(library)
    assert "clamshell" not in visible_ids(library)
    choose(library.filters.difficulty, 1)
    assert all(
        library.model.exercise(library.model.row_of(i)).difficulty == 1
        for i in visible_ids(library)
    )


def test_no_match_shows_a_way_back(qtbot: QtBot, library: LibraryTab) -> None:
    qtbot.keyClicks(library.filters.search, "no such exercise")
    assert library.results.currentWidget() is library.empty
    qtbot.mouseClick(library.empty_clear, Qt.MouseButton.LeftButton)
    assert library.results.currentWidget() is library.list
    assert library.filters.search.text() == ""


def test_detail_shows_dose_steps_and_sources(library: LibraryTab) -> None:
    library.show_exercise("copenhagen_plank")
    text = library.detail.toPlainText()
    assert "4–6 × 15–20 s hold, each side" in text
    assert "Why it helps runners" in text
    exercise = library.current_exercise()
    for number, step in enumerate(exercise.steps, start=1):
        assert f"{number}. {step.text}" in text
    assert "polglass" in text.lower()


def test_each_step_has_its_picture_once_the_window_has_painted(library: LibraryTab) -> None:
    library.show_exercise("copenhagen_plank")
    detail = library.detail
    html = detail.toHtml()
    assert html.count('src="figure:copenhagen_plank/') == 4
    blank = detail.loadResource(2, "figure:copenhagen_plank/0")
    assert blank.pixelColor(20, 20).alpha() == 0  # a transparent stand-in before first paint
    detail.enable_pictures()
    picture = detail.loadResource(2, "figure:copenhagen_plank/2")
    drawn = sum(
        picture.pixelColor(x, y).name() != "#ffffff"
        for x in range(0, picture.width(), 3)
        for y in range(0, picture.height(), 3)
    )
    assert drawn > 100
    assert "Play the movement" in detail.toPlainText()


def test_play_animates_a_step_on_the_clock_and_stops(qtbot: QtBot, library: LibraryTab) -> None:
    now = [100.0]
    library.detail._clock = lambda: now[0]
    library.detail.enable_pictures()
    library.show_exercise("copenhagen_plank")
    detail = library.detail
    detail.anchorClicked.emit(QUrl("play:2"))
    assert detail.playing == 2
    first = detail.document().resource(2, QUrl("figure:copenhagen_plank/2"))
    now[0] += 0.5
    detail._next_frame()
    middle = detail.document().resource(2, QUrl("figure:copenhagen_plank/2"))
    assert middle.cacheKey() != first.cacheKey()  # a new frame of the movement
    now[0] += 10
    detail._next_frame()
    assert detail.playing is None
    assert not detail._timer.isActive()


def test_a_still_step_has_nothing_to_play(library: LibraryTab) -> None:
    library.detail.enable_pictures()
    library.show_exercise("copenhagen_plank")
    library.detail.play(0)  # lying down: the first step is a position, not a movement
    assert library.detail.playing is None


def test_variant_link_navigates_and_back_returns(qtbot: QtBot, library: LibraryTab) -> None:
    library.show_exercise("copenhagen_plank")
    easier = library.current_exercise().easier[0]
    library.detail.anchorClicked.emit(QUrl(f"exercise:{easier}"))
    assert library.current_exercise().id == easier
    assert library.list.currentIndex().data(ExerciseRole).id == easier
    library.go_back()
    assert library.current_exercise().id == "copenhagen_plank"


def test_following_a_link_to_a_filtered_out_exercise_clears_filters(library: LibraryTab) -> None:
    library.filters.search.setText("copenhagen")
    library.show_exercise("clamshell")
    assert library.current_exercise().id == "clamshell"
    assert library.filters.search.text() == ""


def test_keyboard_search_navigate_open(qtbot: QtBot, window, library: LibraryTab) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is library.filters.search
    qtbot.keyClicks(library.filters.search, "bridge")
    first = library.current_exercise()
    qtbot.keyClick(library.filters.search, Qt.Key.Key_Down)
    assert library.current_exercise() is not first
    assert "bridge" in library.current_exercise().name.lower()
    qtbot.keyClick(library.filters.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is library.detail
    library.focus_search()
    qtbot.keyClick(library.filters.search, Qt.Key.Key_Escape)
    assert library.filters.search.text() == ""


def test_arrow_keys_in_the_list_change_the_detail(qtbot: QtBot, library: LibraryTab) -> None:
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Down)
    assert library.current_exercise().id == "standing_leg_lift_rotation"
    qtbot.keyClick(library.list, Qt.Key.Key_End)
    assert library.current_exercise().id == visible_ids(library)[-1]


def test_filter_labels_have_mnemonics_for_keyboard_users(library: LibraryTab) -> None:
    from PySide6.QtWidgets import QLabel

    labels = {
        label.buddy(): label.text()
        for label in library.filters.findChildren(QLabel)
        if label.buddy()
    }
    assert labels[library.filters.muscle] == "&Muscle"
    assert all("&" in text for text in labels.values())
    for widget in (library.filters.search, library.list, library.detail, library.filters.muscle):
        assert widget.accessibleName()
