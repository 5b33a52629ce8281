"""The last English and wrong German a German walk-through of the app found: the equipment on
the Train chooser's cards and in Test mode, the sound problem lines, the exercise sheet's
Safety heading and Done row, the routine sheet's date, the routine length's side order, the
German "Sie", one owner of the vocabulary's context and a self-test source's title. Each
check names German words, so none can pass on an English build."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.catalog.selftests import bundled_selftests
from hiptrainer.cues.player import CuePlayer
from hiptrainer.cues.tones import TonePlayer
from hiptrainer.cues.voice import SpeechQueue
from hiptrainer.domain import words
from hiptrainer.printing import SheetOptions
from hiptrainer.printing.blocks import Row, Stack
from hiptrainer.printing.exercise import exercise_sheet, record_units
from hiptrainer.printing.forms import Field, TickGrid
from hiptrainer.printing.kit import Kit
from hiptrainer.printing.routine import field_widths, header_units
from hiptrainer.settings import Settings
from hiptrainer.ui import i18n
from hiptrainer.ui.app_language import translated, translated_selftests
from hiptrainer.ui.player.cards import card_html
from hiptrainer.ui.player.selftest.picker import SelfTestPicker
from hiptrainer.ui.routines.routine_length import length_text
from tests.gui.test_cues import FakeToneOutput
from tests.gui.test_german_domain import printed

ROOT = Path(__file__).resolve().parents[2]
#: A day whose German long date ("29. November 2026") wrapped in the routine sheet's header.
LONG_DAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The bundled catalogue in German, as a German start reads it."""
    return translated(load_catalog(), "de")


# --- the catalogue's equipment words -------------------------------------------------------


@pytest.mark.usefixtures("german")
def test_a_routine_card_names_its_equipment_in_german(catalog: Catalog) -> None:
    card = card_html(catalog.workouts["post_run_strength"], catalog, "left_first", "low")
    assert "Benötigt: Stuhl oder Bank" in card
    assert "chair or bench" not in card


@pytest.mark.usefixtures("german")
def test_the_self_test_picker_names_what_you_need_in_german(qtbot: QtBot, catalog: Catalog) -> None:
    picker = SelfTestPicker(translated_selftests("de"), catalog.exercises)
    qtbot.addWidget(picker)
    picker.select("copenhagen_hold")
    assert picker.needs.text().startswith("Sie brauchen: Stuhl oder Bank, Matte. ")
    picker.select("side_bridge")
    assert picker.needs.text().startswith("Sie brauchen: Matte. ")


# --- the sound problem lines ------------------------------------------------------------------


@pytest.mark.usefixtures("german")
def test_no_sound_is_said_in_german_with_its_nouns_capitalised(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    cues = CuePlayer(tmp_path, {}, speech_engine="nosuchengine")
    line = (
        "Die Töne sind aus: kein Audioausgabegerät vorhanden; "
        "die Stimme ist aus: kein Sprachmodul installiert."
    )
    assert cues.problem_line() == line
    with qtbot.waitSignal(cues.notice) as said:
        cues.announce_problems()
    assert said.args == [line]


def test_the_problem_line_raises_only_its_first_letter(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    cues = CuePlayer(tmp_path, {}, speech_engine="nosuchengine")
    assert cues.problem_line() == (
        "Tones are off: there is no audio output device; "
        "the voice is off: no speech engine is installed."
    )
    cues.tones_on = cues.voice_on = False
    assert cues.problem_line() == ""  # nothing to say when nothing is asked to sound


@pytest.mark.usefixtures("german")
def test_tones_that_cannot_be_written_are_off_in_german(tmp_path: Path) -> None:
    blocker = tmp_path / "sounds"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    tones = TonePlayer(blocker, FakeToneOutput())
    assert tones.problem.startswith(f"die Töne sind aus: {blocker}{'/'}")
    assert ".wav lässt sich nicht schreiben (" in tones.problem


# --- the sheets -------------------------------------------------------------------------------


@pytest.mark.usefixtures("german")
def test_the_exercise_sheet_s_safety_heading_and_done_row_in_german(catalog: Catalog) -> None:
    plank = catalog.exercises["copenhagen_plank"]
    assert plank.safety, "the check needs an exercise with safety lines"
    texts = printed(exercise_sheet([plank], catalog, SheetOptions(date=LONG_DAY)))
    assert "Sicherheit" in texts
    assert "Safety" not in texts
    record = record_units(plank, Kit(SheetOptions()))[0].block
    assert isinstance(record, Stack)
    grid = record.items[0][0]
    assert isinstance(grid, TickGrid)
    assert [group.label for group in grid.groups] == ["Erledigt", "Schmerz 0–10"]


def _header_fields(catalog: Catalog, options: SheetOptions) -> list[Field]:
    row = header_units(catalog.workouts["post_run_strength"], catalog, Kit(options))[2].block
    assert isinstance(row, Row)
    fields = [cell for _, cell in row.cells]
    assert all(isinstance(field, Field) for field in fields)
    return fields  # type: ignore[return-value]


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("month", [11, 9])
def test_the_routine_sheet_s_german_date_stays_on_one_line(catalog: Catalog, month: int) -> None:
    options = SheetOptions(date=LONG_DAY.replace(month=month), prescribed_by="Dr. Muster")
    name, date, prescribed = _header_fields(catalog, options)
    assert date.text.layout.text().startswith("Datum: 29. ")
    assert date.text.line_count == 1
    assert prescribed.text.line_count == 1
    assert name.width >= Field.one_line("Name: ", "", Kit(options).fonts) + 60  # room to write
    usable = Kit(options).width - 2 * Kit(options).size
    assert sum(field.width for field in (name, date, prescribed)) == pytest.approx(usable)


def test_header_fields_keep_their_shares_when_everything_fits() -> None:
    assert field_widths([50, 40, 60], (0.36, 0.28, 0.36), 500) == pytest.approx([180, 140, 180])


def test_a_header_field_too_narrow_for_its_text_takes_the_others_spare_room() -> None:
    widths = field_widths([160, 170, 130], (0.36, 0.28, 0.36), 500)
    assert widths == pytest.approx([180 - 30 * 20 / 70, 170, 180 - 30 * 50 / 70])
    assert sum(widths) == pytest.approx(500)


def test_header_fields_with_no_room_to_spare_keep_their_shares() -> None:
    # The text wraps then: no field is squeezed below what it needs itself.
    assert field_widths([200, 170, 200], (0.36, 0.28, 0.36), 500) == pytest.approx([180, 140, 180])
    # Two too narrow share the little there is, each in proportion to what it lacks.
    widths = field_widths([170, 200, 200], (0.36, 0.28, 0.36), 500)
    assert widths == pytest.approx([170, 140 + 60 / 8, 180 + 20 / 8])


# --- the Routines tab -------------------------------------------------------------------------


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize(
    ("order", "sides"),
    [
        ("left_first", "(linke Seite zuerst)"),
        ("right_first", "(rechte Seite zuerst)"),
        ("alternate", "(Seiten bei jedem Satz wechseln)"),
    ],
)
def test_the_routine_length_keeps_german_capitals(catalog: Catalog, order: str, sides: str) -> None:
    settings = Settings(side_order=order)  # type: ignore[arg-type]
    text = length_text(catalog.workouts["post_run_strength"], catalog, settings)
    assert text.startswith("Dauert ")
    assert sides in text


def test_the_routine_length_says_its_side_order_in_english_too(catalog: Catalog) -> None:
    text = length_text(catalog.workouts["post_run_strength"], catalog, Settings())
    assert "as the player plays it (left side first)" in text


DU_WORDS = re.compile(r"\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)


def test_the_german_interface_says_sie_never_du() -> None:
    found = []
    for ts_file in sorted((ROOT / "translations" / "de").glob("*.ts")):
        for message in ElementTree.parse(ts_file).getroot().iter("message"):
            translation = message.findtext("translation") or ""
            if DU_WORDS.search(translation):
                found.append(f"{ts_file.name}: {translation}")
    assert found == []


def test_the_check_finds_a_du() -> None:
    assert DU_WORDS.search("Die Routinen von HipTrainer, dann deine: Die gewählte …")
    assert DU_WORDS.search("Die Übungen, die du erstellt hast")
    assert not DU_WORDS.search("Die Übungen, die Sie erstellt haben: Dauer, Dumbbell")


# --- one owner, one title ---------------------------------------------------------------------


@pytest.mark.usefixtures("german")
def test_the_vocabulary_context_has_one_owner() -> None:
    tree = ast.parse(inspect.getsource(i18n))
    assigned = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    assert "VOCABULARY" not in assigned
    # The app's translator answers the words' own context: both layers ask it the same.
    assert i18n.vocabulary_label("equipment", "mat") == "Matte"
    assert words.label("equipment", "mat") == "Matte"


def test_a_self_test_cites_a_source_by_its_title_alone() -> None:
    # Titles stay English in every language, so a note added to one would too.
    english = load_catalog()
    for test in bundled_selftests().values():
        cited = {source.title for source in english.exercises[test.exercise].sources}
        for source in test.sources:
            longer = [title for title in cited if source.title.startswith(title + ",")]
            assert longer == [], (test.id, source.title)
    copenhagen = bundled_selftests()["copenhagen_hold"]
    assert copenhagen.sources[0].title in {
        source.title for source in english.exercises["copenhagen_plank"].sources
    }


@pytest.mark.usefixtures("german")
def test_a_speech_engine_that_fails_is_said_in_german_with_its_own_words_after(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "state", lambda _self: QTextToSpeech.State.Error)
    monkeypatch.setattr(QTextToSpeech, "errorString", lambda _self: "Engine not initialized.")
    voice = SpeechQueue("mock")
    assert not voice.available
    assert voice.problem == (
        "die Stimme ist aus: das Sprachmodul ließ sich nicht starten (Engine not initialized)"
    )
    monkeypatch.setattr(QTextToSpeech, "errorString", lambda _self: "")
    assert (
        SpeechQueue("mock").problem == "die Stimme ist aus: das Sprachmodul ließ sich nicht starten"
    )


@pytest.mark.usefixtures("german")
def test_test_mode_says_no_sound_in_german_with_its_nouns_capitalised(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Test mode's notice is the cue player's own sentence (``str.capitalize`` lowered the
    German nouns after its first letter: "kein audioausgabegerät")."""
    from PySide6.QtMultimedia import QMediaDevices

    from tests.gui.test_train_tab import BASE, make_tab
    from tests.helpers.clock import FakeClock

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    tab = make_tab(qtbot, data_dir, BASE, None, FakeClock())
    assert tab.show_tests()
    tab.tests.start("side_bridge")
    notice = tab.tests.view.notice.text()
    assert "Die Töne sind aus: kein Audioausgabegerät vorhanden" in notice
