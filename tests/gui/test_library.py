"""The Library tab, driven through its real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from hiptrainer.settings import Settings, save_settings
from hiptrainer.ui.app import build_main_window
from hiptrainer.ui.library import LibraryTab
from hiptrainer.ui.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.mnemonics import collect, duplicates, mnemonic, reserved_clashes


def visible_ids(library: LibraryTab) -> list[str]:
    proxy = library.proxy
    return [proxy.exercise_at(proxy.index(row, 0)).id for row in range(proxy.rowCount())]


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
    found = visible_ids(library)
    assert "copenhagen_plank" in found
    assert all(exercise_id.startswith("copenhagen") for exercise_id in found)
    assert library.count.text() == f"{len(found)} of {total} exercises"
    assert len(found) < total

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
    drawn = sum(  # on a transparent ground, so the page's colour shows around the figure
        picture.pixelColor(x, y).alpha() > 0
        for x in range(0, picture.width(), 3)
        for y in range(0, picture.height(), 3)
    )
    assert drawn > 100
    assert picture.pixelColor(1, 1).alpha() == 0
    assert "Play the movement" in detail.toPlainText()


def test_play_animates_a_step_on_the_clock_and_stops(qtbot: QtBot, library: LibraryTab) -> None:
    clock = FakeClock()
    library.detail.clock = clock.monotonic
    library.detail.enable_pictures()
    library.show_exercise("copenhagen_plank")
    detail = library.detail
    detail.anchorClicked.emit(QUrl("play:2"))
    assert detail.playing == 2
    first = detail.document().resource(2, QUrl("figure:copenhagen_plank/2"))
    clock.advance(seconds=0.5)
    detail.movement.next_frame()
    middle = detail.document().resource(2, QUrl("figure:copenhagen_plank/2"))
    assert middle.cacheKey() != first.cacheKey()  # a new frame of the movement
    clock.advance(seconds=10)
    detail.movement.next_frame()
    assert detail.playing is None
    assert not detail.movement.timer.isActive()
    assert detail.document().resource(2, QUrl("figure:copenhagen_plank/2")).cacheKey() == (
        detail.loadResource(2, "figure:copenhagen_plank/2").cacheKey()
    )  # back to the still picture


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
    assert library.proxy.exercise_at(library.list.currentIndex()).id == easier
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
    labels = {
        label.buddy(): label.text()
        for label in library.filters.findChildren(QLabel)
        if label.buddy()
    }
    assert labels[library.filters.muscle] == "&Muscle"
    assert len(labels) == 6  # the source filter shows once the user has exercises of their own
    assert all(mnemonic(text) for text in labels.values())
    for widget in (library.filters.search, library.list, library.detail, library.filters.muscle):
        assert widget.accessibleName()


def test_no_two_controls_share_a_mnemonic_and_none_takes_the_windows_letters(
    window: MainWindow, library: LibraryTab
) -> None:
    bar = library.filters
    assert window.tabs.currentWidget() is library
    assert duplicates(window) == {}
    assert reserved_clashes(library) == {}
    # With a filter set, the clear button is enabled and counts too.
    choose(bar.sides, True)
    assert bar.clear_button.isEnabled()
    letters = {m.letter for m in collect(library)}
    assert mnemonic(bar.clear_button.text()) in letters
    assert len(letters) == 6  # five filter labels and the clear button
    assert duplicates(window) == {}
    assert reserved_clashes(library) == {}
    # No match: "Show all exercises" appears, with a letter of its own.
    bar.search.setText("no such exercise")
    assert library.empty_clear.isVisible()
    assert mnemonic(library.empty_clear.text()) in {m.letter for m in collect(library)}
    assert duplicates(window) == {}
    assert reserved_clashes(library) == {}


def test_alt_and_each_labels_letter_reaches_its_filter(
    qtbot: QtBot, window: MainWindow, library: LibraryTab
) -> None:
    # Build the Train tab (its page has mnemonics of its own) and come back: a hidden page's
    # letters must not compete with the Library's.
    train = next(i for i in range(window.tabs.count()) if window.tabs.widget(i) is not library)
    window.tabs.setCurrentIndex(train)
    window.tabs.setCurrentWidget(library)
    with qtbot.waitActive(window):
        window.activateWindow()
    for label in library.filters.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(library):
            continue
        letter = mnemonic(label.text())
        assert letter is not None
        library.focus_search()
        # Pressed twice: a letter two controls share would move on to the other one.
        for _ in range(2):
            qtbot.keyClick(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is buddy, label.text()


def test_the_mnemonic_checker_finds_a_clash(library: LibraryTab) -> None:
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("Fish && Chips") is None
    assert mnemonic("Trailing &") is None
    extra = QPushButton("&Muscles", library.filters)
    extra.show()
    assert "m" in duplicates(library)
    assert any("&Muscles" in name for name in duplicates(library)["m"])
    progress = QPushButton("&Print", library.filters)
    progress.show()
    assert "p" in reserved_clashes(library)
    extra.setEnabled(False)  # a disabled control cannot be reached with Alt
    assert "m" not in duplicates(library)
    progress.hide()
    assert reserved_clashes(library) == {}


def test_search_finds_equipment_and_position_words(qtbot: QtBot, library: LibraryTab) -> None:
    search = library.filters.search
    assert "equipment" in search.placeholderText()
    qtbot.keyClicks(search, "chair")
    assert "copenhagen_plank" in visible_ids(library)
    assert "clamshell" not in visible_ids(library)

    search.clear()
    qtbot.keyClicks(search, "Side Lying")
    side_lying = {"clamshell", "side_lying_hip_abduction"}
    assert side_lying <= set(visible_ids(library))
    search.clear()
    search.insert("síde-lying")  # QTest can only type ASCII keys
    assert side_lying <= set(visible_ids(library))

    search.clear()
    qtbot.keyClicks(search, "STANDING")
    standing = set(visible_ids(library))
    assert {"hip_airplane", "single_leg_rdl", "standing_leg_lift_rotation"} <= standing
    assert "clamshell" not in standing

    search.clear()
    qtbot.keyClicks(search, "band")
    assert "lateral_band_walk" in visible_ids(library)
    assert "banded_hip_thrust" in visible_ids(library)

    search.clear()
    qtbot.keyClicks(search, "mat")
    # No bundled exercise needs a mat: the empty page offers the way back.
    assert library.results.currentWidget() is library.empty


def test_the_search_field_has_the_focus_at_start_up(
    qtbot: QtBot, window: MainWindow, library: LibraryTab
) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.focusWidget() is library.filters.search
    assert QApplication.focusWidget() is library.filters.search


def test_opened_on_another_tab_the_library_focuses_its_search_when_first_shown(
    qtbot: QtBot, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    save_settings(data_dir, Settings(last_tab="train"))
    win = build_main_window(data_dir)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    assert win.tabs.currentWidget() is not win.library
    # As if the user clicked the Library tab: the tab bar has the focus when the page changes.
    win.tabs.tabBar().setFocus(Qt.FocusReason.MouseFocusReason)
    win.tabs.setCurrentWidget(win.library)
    assert win.focusWidget() is win.library.filters.search
    assert QApplication.focusWidget() is win.library.filters.search


def test_detail_tells_how_long_the_dose_takes(library: LibraryTab) -> None:
    library.show_exercise("copenhagen_plank")
    # 4 × 15 s a side at the low end (3:35), 6 × 20 s at the high end (6:35).
    assert "Takes about 4–7 min, rests and the side switch included." in (
        library.detail.toPlainText()
    )


def test_tab_reaches_show_all_where_the_list_was(
    qtbot: QtBot, window: MainWindow, library: LibraryTab
) -> None:
    # The page shown when nothing matches is built when first needed, after the rest of the
    # window; Tab still goes from the filters to its button, then on to the detail.
    with qtbot.waitActive(window):
        window.activateWindow()
    library.filters.search.setText("no such exercise")
    library.filters.clear_button.setFocus()
    qtbot.keyClick(library.filters.clear_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is library.empty_clear
    qtbot.keyClick(library.empty_clear, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is library.detail


def test_rows_are_cut_short_where_qt_would_cut_them(library: LibraryTab) -> None:
    # The rows shorten their lines without QFontMetrics.elidedText (see delegate); the cut
    # is the same for every name and dose line of the catalogue, in each font of a row.
    from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF

    from hiptrainer.ui.library.delegate import elided, subtitle

    exercises = [library.model.exercise(row) for row in range(library.model.rowCount())]
    texts = [e.name for e in exercises] + [subtitle(e) for e in exercises] + ["", "x"]
    bold, small = QFont(library.list.font()), QFont(library.list.font())
    bold.setBold(True)
    small.setPointSizeF(small.pointSizeF() * 0.9)
    cut = 0
    for font in (library.list.font(), bold, small):
        metrics, qt_metrics = QFontMetricsF(font), QFontMetrics(font)
        for text in texts:
            for width in range(0, 420, 3):
                ours = elided(metrics, text, width)
                assert ours == qt_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                cut += ours != text
    assert cut > 1000  # the widths do cut most texts, down to nothing at all


def test_the_page_is_laid_out_once_at_the_width_it_is_shown_at(
    qtbot: QtBot, data_dir: Path
) -> None:
    # While the window is first shown the detail changes width several times; the page is
    # built once it has the last one (a layout costs as much as building the page).
    win = build_main_window(data_dir)
    qtbot.addWidget(win)
    detail = win.library.detail
    widths: list[float] = []
    detail.document().documentLayout().documentSizeChanged.connect(
        lambda size: widths.append(size.width())
    )
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: "Why it helps runners" in detail.toPlainText())
    assert len(widths) == 1
    assert detail.document().textWidth() == detail.lineWrapColumnOrWidth()


def test_opened_on_another_tab_the_library_shows_its_exercise_when_first_shown(
    qtbot: QtBot, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    save_settings(data_dir, Settings(last_tab="train", library_exercise="clamshell"))
    win = build_main_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.library.current_exercise().id == "clamshell"
    win.tabs.setCurrentWidget(win.library)
    qtbot.waitUntil(lambda: "Clamshell" in win.library.detail.toPlainText())


def test_several_exercises_can_be_chosen_and_are_given_in_list_order(
    qtbot: QtBot, library: LibraryTab
) -> None:
    """Shift and Ctrl with the keys choose several (to print on one sheet); the count says
    how many; the detail shows the current one."""
    lst = library.list
    lst.setFocus()
    assert [e.id for e in library.chosen_exercises()] == [visible_ids(library)[0]]
    assert library.count.text() == f"{len(visible_ids(library))} exercises"
    with qtbot.waitSignal(library.chosenChanged):
        qtbot.keyClick(lst, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(lst, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # moves only
    qtbot.keyClick(lst, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(lst, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # adds row 3
    ids = visible_ids(library)
    assert [e.id for e in library.chosen_exercises()] == [ids[0], ids[1], ids[3]]
    assert library.count.text().endswith(", 3 selected")
    assert library.current_exercise().id == ids[3]
    # Chosen bottom-up, still given top-down.
    row_5 = lst.visualRect(library.proxy.index(5, 0)).center()
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=row_5)  # that one alone
    qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert [e.id for e in library.chosen_exercises()] == ids[4:6]
    qtbot.keyClick(lst, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in library.chosen_exercises()] == ids


def test_a_search_that_hides_the_chosen_ones_leaves_none_chosen(
    qtbot: QtBot, library: LibraryTab
) -> None:
    library.list.selectAll()
    # Rows filtered away leave Qt's selection without a signal: the tab says so itself.
    with qtbot.waitSignal(library.chosenChanged):
        qtbot.keyClicks(library.filters.search, "no such exercise")
    assert library.chosen_exercises() == []
    with qtbot.waitSignal(library.chosenChanged):
        qtbot.mouseClick(library.empty_clear, Qt.MouseButton.LeftButton)
    assert len(library.chosen_exercises()) == 1  # the first again, on show


def test_the_context_menu_holds_the_actions_given_to_the_list(
    qtbot: QtBot, library: LibraryTab
) -> None:
    from PySide6.QtGui import QAction

    alone = LibraryTab(library.model.exercises())  # a tab of its own, outside the window
    qtbot.addWidget(alone)
    assert alone.list.context_menu() is None  # nothing to offer: no menu
    offered = QAction("&Do it", alone)
    alone.list.addAction(offered)
    menu = alone.list.context_menu()
    assert menu is not None
    assert menu.actions() == [offered]
    menu.deleteLater()
