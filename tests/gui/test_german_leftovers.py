"""German words built outside the playing page, with the app's own German .qm installed: a
copy's name, the routine a suggestion changes and its lines, the countdown ring's captions,
the Library's side convention, the rep units (the catalogue vocabulary's words) and the
print preview's control names. Each check names German words, so none can pass on English."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import msgspec
import pytest
from PySide6.QtWidgets import QComboBox, QGraphicsView, QLineEdit, QToolBar
from pytestqt.qtbot import QtBot

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.catalog.definitions import UserDefinitions
from hiptrainer.domain.dose import dose_text
from hiptrainer.domain.model import Block
from hiptrainer.domain.progression_apply import apply_suggestions
from hiptrainer.domain.progression_ladder import Dose
from hiptrainer.domain.readout import readout
from hiptrainer.domain.sides import CONVENTION, convention
from hiptrainer.domain.vocabulary import REP_UNITS
from hiptrainer.printing import SheetOptions
from hiptrainer.ui import i18n
from hiptrainer.ui.app_language import translated
from hiptrainer.ui.library.detail_html import escape, exercise_html
from hiptrainer.ui.printing.jobs import routine_job
from hiptrainer.ui.printing.options_panel import SheetOptionsPanel
from hiptrainer.ui.printing.preview import SheetPreview
from tests.helpers.storage import make_store
from tests.unit.domain.test_progression_apply import AT_15, AT_20, suggestion
from tests.unit.domain.test_readout import HOLD, PACED, SELF

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The bundled catalogue in German, as a German start reads it."""
    return translated(load_catalog(), "de")


@pytest.mark.usefixtures("german")
def test_a_copy_made_in_german_is_named_in_german(data_dir: Path, catalog: Catalog) -> None:
    definitions = UserDefinitions(make_store(data_dir), catalog)
    assert definitions.duplicate_exercise("side_plank").name == "Seitstütz (Kopie)"
    routine = definitions.duplicate_workout("post_run_strength")
    assert routine.name == "Hüft- und Gesäßkraft nach dem Laufen (Kopie)"


@pytest.mark.usefixtures("german")
def test_a_suggested_routine_and_its_changes_in_german(catalog: Catalog) -> None:
    post_run = catalog.workouts["post_run_strength"]
    accepted = [suggestion("right", "move_on", "longer_hold", AT_15, AT_20, workout=post_run)]
    applied = apply_suggestions(post_run, catalog.exercises, accepted, new_id="mine")
    plank = catalog.exercises[post_run.blocks[0].exercise].name
    assert applied.workout.name == "Hüft- und Gesäßkraft nach dem Laufen (eigene)"
    assert applied.changes == [
        f"{plank}: die linke Seite bleibt bei 4 × 15 s, die rechte Seite 4 × 15 s → 4 × 20 s "
        "(jede Seite mit eigener Dosis)"
    ]
    band = msgspec.structs.replace(post_run, blocks=[Block(exercise="lateral_band_walk")])
    now, more = Dose("lateral_band_walk", 2, 15), Dose("lateral_band_walk", 2, 16)
    alone = [suggestion("left", "move_on", "more_reps", now, more, workout=band)]
    waiting = apply_suggestions(band, catalog.exercises, alone, new_id="mine").waiting
    assert waiting == [
        "Seitwärtsgehen mit Miniband: die linke Seite könnte auf 2 × 16 Schritte pro Richtung "
        "steigern, aber die rechte Seite bleibt bei 2 × 15 Schritte pro Richtung, und in einer "
        "Routine teilen sich beide Seiten eine Dosis."
    ]


@pytest.mark.usefixtures("german")
def test_the_ring_s_captions_in_german() -> None:
    assert readout(HOLD, 20.0, 7.4, 100.0, 400.0).caption == "Sekunden"
    assert readout(PACED, 18.0, 7.0, 0.0, 100.0, ["start"]).caption == "Wdh. von 3"
    assert readout(SELF, None, 12.3, 50.0, 100.0).caption == "Wdh., dann Eingabe"


@pytest.mark.usefixtures("german")
def test_the_library_states_the_side_convention_in_german(catalog: Catalog) -> None:
    page = exercise_html(catalog.exercises["copenhagen_plank"], lambda other: other, "#000", "#666")
    assert escape(convention()) in page
    assert convention().startswith("„Linke Seite“ heißt")
    assert escape(CONVENTION) not in page


@pytest.mark.usefixtures("german")
def test_the_rep_units_come_from_the_vocabulary_in_german(catalog: Catalog) -> None:
    walk = catalog.exercises["lateral_band_walk"]
    assert dose_text(walk.dosage, walk.unilateral) == "2 × 15 Schritte pro Richtung"
    clam = catalog.exercises["clamshell"]
    assert "Wiederholungen" in dose_text(clam.dosage, clam.unilateral)


def test_the_rep_units_have_one_translation_the_vocabulary_s() -> None:
    """No .ts of the Qt-free words carries the unit words: a second translation of them
    could say something else than the catalogue's vocabulary.toml."""
    tree = ElementTree.parse(ROOT / "translations" / "de" / "domain.ts")
    sources = {m.findtext("source") for m in tree.getroot().iter("message")}
    assert sources & set(REP_UNITS) == set()
    labels = i18n.read_vocabulary(ROOT / "resources" / "i18n" / "de" / "vocabulary.toml")
    assert set(labels["units"]) == set(REP_UNITS)


@pytest.mark.usefixtures("german")
def test_the_print_preview_s_controls_are_named_in_german(qtbot: QtBot) -> None:
    panel = SheetOptionsPanel(SheetOptions(), routine=False, paper=True, in_row=False)
    qtbot.addWidget(panel)
    assert panel.paper is not None
    assert panel.paper.accessibleName() == "Papierformat"
    preview = SheetPreview(routine_job(load_catalog(), "runners_hip_warmup"), SheetOptions(), None)
    qtbot.addWidget(preview)
    tools = preview.findChild(QToolBar)
    assert tools is not None
    assert {box.accessibleName() for box in tools.findChildren(QComboBox)} == {"Zoom"}
    assert {edit.accessibleName() for edit in tools.findChildren(QLineEdit)} == {"Seitenzahl"}
    view = preview.pages.findChild(QGraphicsView)
    assert view is not None
    assert view.accessibleName() == "Seiten des Blatts"
    assert view.accessibleDescription().startswith("Das Blatt, wie es gedruckt wird")


@pytest.mark.usefixtures("german")
def test_the_print_preview_s_blank_field_hint_fits_its_field(qtbot: QtBot) -> None:
    """The preview's option row leaves the name fields narrow: the German hint of what an
    empty field prints is short enough to read whole."""
    job = routine_job(load_catalog(), "runners_hip_warmup")
    preview = SheetPreview(job, SheetOptions(), None)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    fields = preview.panel.findChildren(QLineEdit)
    assert fields
    for field in fields:
        hint = field.placeholderText()
        assert hint.startswith("Leer"), hint
        room = field.contentsRect().width() - 8  # the frame's and the text's own margins
        assert field.fontMetrics().horizontalAdvance(hint) <= room, (hint, room)
