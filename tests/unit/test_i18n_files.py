"""The translation files: the .ts kept with the code, the .qm compiled from it, the overlays
written by the tool (tools/update_translations.py)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tomllib
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@cache
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_package(folder: Path, source: str) -> Path:
    package = folder / "pkg"
    package.mkdir()
    (package / "page.py").write_text(source, encoding="utf-8")
    return package


PAGE = """\
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    def texts(self, count: int) -> list[str]:
        return [
            self.tr("Library"),
            self.tr("%n exercise(s)", "", count),
            QCoreApplication.translate("Player", "Rest"),
        ]
"""


# --- the committed files ----------------------------------------------------------------------


def test_the_german_ts_is_up_to_date_with_the_code_and_the_qm_with_the_ts() -> None:
    # Fails when a tr() string was added, changed or removed without running
    # `python tools/update_translations.py ts`, or the .qm was not compiled again.
    assert tool().ts_due("de") == []


def test_every_string_of_the_german_ts_is_translated() -> None:
    ts_file = tool().ts_path("de")
    assert tool().messages(ts_file)  # the check reads real messages
    assert tool().untranslated(ts_file) == []


def test_the_wheel_carries_the_compiled_translation() -> None:
    # The wheel force-includes resources/ as hiptrainer/resources, where ui/i18n looks.
    from hiptrainer.paths import resources_dir

    assert (resources_dir() / "i18n" / "hiptrainer_de.qm").is_file()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["force-include"]["resources"] == "hiptrainer/resources"


def test_the_catalogue_overlays_are_as_the_tool_writes_them() -> None:
    # Hand edits that the tool would rewrite, or any missing, stale or stray text.
    assert tool().update_catalog("de", write=False) == []


# --- what lupdate extracts, and what the check sees -------------------------------------------


def test_lupdate_reads_tr_translate_and_plurals_from_python(tmp_path: Path) -> None:
    package = write_package(tmp_path, PAGE)
    ts_file = tmp_path / "out_de.ts"
    tool().run_lupdate(ts_file, "de", package)
    assert tool().messages(ts_file) == {
        ("Page", "Library", "", False),
        ("Page", "%n exercise(s)", "", True),
        ("Player", "Rest", "", False),
    }
    assert sorted(tool().untranslated(ts_file)) == ["%n exercise(s)", "Library", "Rest"]


def test_a_plural_with_a_keyword_count_is_not_extracted_as_a_plural(tmp_path: Path) -> None:
    # Why the code must pass the count positionally: self.tr("%n set(s)", "", n).
    package = write_package(
        tmp_path,
        PAGE.replace('self.tr("%n exercise(s)", "", count)', 'self.tr("%n exercise(s)", n=count)'),
    )
    ts_file = tmp_path / "out_de.ts"
    tool().run_lupdate(ts_file, "de", package)
    assert ("Page", "%n exercise(s)", "", False) in tool().messages(ts_file)


def test_the_check_names_strings_added_and_removed_and_a_stale_qm(tmp_path: Path) -> None:
    package = write_package(tmp_path, PAGE)
    ts_file, qm_file = tmp_path / "app_de.ts", tmp_path / "app_de.qm"
    tool().run_lupdate(ts_file, "de", package)
    tool().run_lrelease(ts_file, qm_file)
    assert tool().ts_due("de", package, ts_file, qm_file) == []

    (package / "page.py").write_text(
        PAGE.replace('self.tr("Library")', 'self.tr("Exercise library")'), encoding="utf-8"
    )
    assert tool().ts_due("de", package, ts_file, qm_file) == [
        "app_de.ts: the code has 'Exercise library' (Page)",
        "app_de.ts: the code no longer has 'Library'",
    ]

    tool().run_lupdate(ts_file, "de", package)
    assert tool().ts_due("de", package, ts_file, qm_file) == []  # nothing translated yet
    # A translation is written into the .ts; the .qm does not have it yet.
    xml = ts_file.read_text(encoding="utf-8")
    unfinished = '<translation type="unfinished"></translation>'
    xml = xml.replace(unfinished, "<translation>Übungsbibliothek</translation>", 1)
    ts_file.write_text(xml, encoding="utf-8")
    assert tool().ts_due("de", package, ts_file, qm_file) == [
        "app_de.qm: not compiled from the current app_de.ts"
    ]
    tool().run_lrelease(ts_file, qm_file)
    assert tool().ts_due("de", package, ts_file, qm_file) == []


def test_a_missing_ts_is_reported(tmp_path: Path) -> None:
    package = write_package(tmp_path, PAGE)
    problems = tool().ts_due("de", package, tmp_path / "none_de.ts", tmp_path / "none_de.qm")
    assert len(problems) == 1
    assert "none_de.ts: missing" in problems[0]


def test_a_translation_needs_every_plural_form(tmp_path: Path) -> None:
    ts_file = tmp_path / "x_de.ts"
    ts_file.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>Page</name>
<message><source>Library</source><translation>Bibliothek</translation></message>
<message numerus="yes"><source>%n set(s)</source><translation>
<numerusform>%n Satz</numerusform><numerusform></numerusform></translation></message>
<message numerus="yes"><source>%n rep(s)</source><translation>
<numerusform>%n Wiederholung</numerusform><numerusform>%n Wiederholungen</numerusform>
</translation></message>
<message><source>Rest</source><translation type="unfinished">Pause</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert tool().untranslated(ts_file) == ["%n set(s)", "Rest"]


# --- the overlay files the tool writes --------------------------------------------------------


def test_an_overlay_file_reads_back_as_written() -> None:
    from hiptrainer.catalog.translate import text_hash

    english = {"name": "Clamshell", "cues[0]": 'Say "yes"\nslowly.', "cues[1]": "Breathe."}
    german = {
        "name": (text_hash("Clamshell"), "Muschel"),
        "cues[0]": (text_hash('Say "yes"\nslowly.'), "Sagen Sie „ja“ \\ langsam."),
    }
    text = tool().overlay_text(english, german, "Test file")
    data = tomllib.loads(text)
    assert data == {
        "name": {"source": text_hash("Clamshell"), "text": "Muschel"},
        "cues[0]": {
            "source": text_hash('Say "yes"\nslowly.'),
            "text": "Sagen Sie „ja“ \\ langsam.",
        },
    }
    # The untranslated text is a commented stub with its fingerprint, ready to fill in.
    assert f'# source = "{text_hash("Breathe.")}"' in text
    assert '# Say "yes" slowly.' in text  # the English, on one comment line


def test_an_overlay_entry_whose_english_changed_keeps_its_old_source_with_a_note() -> None:
    from hiptrainer.catalog.translate import text_hash

    text = tool().overlay_text(
        {"name": "Clam shell"}, {"name": (text_hash("Clamshell"), "Muschel")}, "Test file"
    )
    assert f'set source = "{text_hash("Clam shell")}"' in text
    assert tomllib.loads(text)["name"]["source"] == text_hash("Clamshell")


def test_the_catalogue_command_writes_missing_files_and_leaves_current_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of the resources, with one overlay file gone and one hand-edited.
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources)
    overlays = resources / "i18n" / "de"
    (overlays / "workouts" / "post_run_strength.toml").unlink()
    side_plank = overlays / "exercises" / "side_plank.toml"
    side_plank.write_text(side_plank.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    clamshell = (overlays / "exercises" / "clamshell.toml").read_bytes()
    monkeypatch.setattr(tool(), "ROOT", tmp_path)

    written = tool().update_catalog("de")
    assert written == [
        "resources/i18n/de/exercises/side_plank.toml",
        "resources/i18n/de/workouts/post_run_strength.toml",
    ]
    assert (overlays / "exercises" / "clamshell.toml").read_bytes() == clamshell
    stub = (overlays / "workouts" / "post_run_strength.toml").read_text(encoding="utf-8")
    assert tomllib.loads(stub) == {}  # every entry a commented stub
    assert '# ["summary"]' in stub
    remaining = tool().update_catalog("de", write=False)
    assert remaining == [
        f'{tmp_path}/resources/i18n/de/workouts/post_run_strength.toml: "{field}": no translation'
        for field in ("name", "summary")
    ]
