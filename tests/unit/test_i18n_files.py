"""The translation files: the .ts kept with the code, the .qm compiled from it, the overlays
written by the tool (tools/update_translations.py)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tomllib
from functools import cache
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

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


def write_package(folder: Path, source: str, where: str = "page.py") -> Path:
    """A package holding ``source`` at ``where`` (a path inside it, such as
    "ui/library/page.py", which puts the file in that area)."""
    package = folder / "pkg"
    add_module(package, where, source)
    return package


def add_module(package: Path, where: str, source: str) -> None:
    (package / where).parent.mkdir(parents=True, exist_ok=True)
    (package / where).write_text(source, encoding="utf-8")


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

EDITOR = """\
from PySide6.QtWidgets import QWidget


class Editor(QWidget):
    def title(self) -> str:
        return self.tr("New routine")
"""


def translate_all(ts_file: Path, text: str) -> None:
    """Give every unfinished message of ``ts_file`` the translation ``text``."""
    xml = ts_file.read_text(encoding="utf-8")
    unfinished = '<translation type="unfinished"></translation>'
    ts_file.write_text(xml.replace(unfinished, f"<translation>{text}</translation>"), "utf-8")


AREAS = [
    "library",
    "routines",
    "printing",
    "widgets",
    "progress",
    "settings",
    "player",
    "domain",
    "shell",
]


# --- the committed files ----------------------------------------------------------------------


@pytest.mark.parametrize("area", AREAS)
def test_each_area_s_german_ts_is_up_to_date_with_its_code(area: str) -> None:
    # Fails when a tr() string of the area was added, changed or removed without running
    # `python tools/update_translations.py ts --area <area>`.
    assert tool().area_due("de", area) == []


@pytest.mark.parametrize("area", AREAS)
def test_every_string_of_the_area_s_german_ts_is_translated(area: str) -> None:
    assert tool().untranslated(tool().ts_path("de", area)) == []


@pytest.mark.parametrize("area", ["library", "routines", "printing", "shell"])
def test_the_translated_areas_have_strings(area: str) -> None:
    # So that the check above reads real messages where the code has been wrapped.
    assert tool().messages(tool().ts_path("de", area))


def test_the_qm_is_compiled_from_every_current_ts_and_no_ts_is_left_out() -> None:
    assert tool().stray_ts("de") == []
    assert tool().qm_due("de") == []


def test_the_areas_are_the_documented_ones() -> None:
    assert list(tool().AREA_NAMES) == AREAS


def test_every_area_names_folders_the_package_has() -> None:
    # A renamed folder would silently move its strings into the shell's .ts.
    for area, folders in tool().AREAS.items():
        for folder in folders:
            assert (ROOT / "hiptrainer" / folder).is_dir(), (area, folder)
            assert tool().area_files(area), area


@pytest.mark.parametrize(
    ("path", "area"),
    [
        ("ui/library/library_tab.py", "library"),
        ("ui/player/selftest/mode.py", "player"),
        ("ui/printing/preview.py", "printing"),
        ("printing/sheet.py", "printing"),
        ("ui/main_window.py", "shell"),
        ("ui/style/theme.py", "shell"),
        ("cli.py", "shell"),
        ("ui/libraryish.py", "shell"),  # a folder's name, not a prefix of a file's
    ],
)
def test_a_file_belongs_to_the_area_of_its_folder(path: str, area: str) -> None:
    assert tool().area_of(PurePosixPath(path)) == area


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


def test_a_plural_is_extracted_from_tr_in_a_class_and_not_from_translate(
    tmp_path: Path,
) -> None:
    # Why counted texts outside a widget get a small QObject class (ui/printing/jobs.py).
    package = write_package(
        tmp_path,
        PAGE.replace(
            'QCoreApplication.translate("Player", "Rest")',
            'QCoreApplication.translate("Player", "%n rest(s)", "", count)',
        ),
    )
    ts_file = tmp_path / "out_de.ts"
    tool().run_lupdate(ts_file, "de", package)
    assert ("Page", "%n exercise(s)", "", True) in tool().messages(ts_file)
    assert ("Player", "%n rest(s)", "", False) in tool().messages(ts_file)


def test_each_area_s_ts_holds_only_its_own_files_strings_and_the_qm_holds_all(
    tmp_path: Path, qapp: QApplication
) -> None:
    package = write_package(tmp_path, PAGE, "ui/library/page.py")
    add_module(package, "ui/routines/editor.py", EDITOR)
    ts_dir, qm_file = tmp_path / "translations", tmp_path / "app_de.qm"
    tool().update_ts("de", package=package, ts_dir=ts_dir, qm_file=qm_file)
    library, routines = (
        tool().ts_path("de", "library", ts_dir),
        tool().ts_path("de", "routines", ts_dir),
    )
    assert {m[1] for m in tool().messages(library)} == {"Library", "%n exercise(s)", "Rest"}
    assert tool().messages(routines) == {("Editor", "New routine", "", False)}
    assert tool().messages(tool().ts_path("de", "shell", ts_dir)) == set()  # empty, but there
    assert tool().ts_due("de", package=package, ts_dir=ts_dir, qm_file=qm_file) == []

    translate_all(library, "Bibliothek")
    translate_all(routines, "Neue Routine")
    tool().update_ts("de", ["routines"], package=package, ts_dir=ts_dir, qm_file=qm_file)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert translator.translate("Editor", "New routine") == "Neue Routine"
    assert translator.translate("Page", "Library") == "Bibliothek"  # not updated, compiled


def test_the_check_names_strings_added_and_removed_per_area_and_a_stale_qm(
    tmp_path: Path,
) -> None:
    package = write_package(tmp_path, PAGE, "ui/library/page.py")
    add_module(package, "ui/routines/editor.py", EDITOR)
    ts_dir, qm_file = tmp_path / "translations", tmp_path / "app_de.qm"
    tool().update_ts("de", package=package, ts_dir=ts_dir, qm_file=qm_file)

    page = package / "ui" / "library" / "page.py"
    page.write_text(PAGE.replace('self.tr("Library")', 'self.tr("Exercise library")'), "utf-8")
    assert tool().area_due("de", "routines", package, ts_dir) == []
    assert tool().ts_due("de", package=package, ts_dir=ts_dir, qm_file=qm_file) == [
        "de/library.ts: the code has 'Exercise library' (Page)",
        "de/library.ts: the code no longer has 'Library'",
    ]
    # Only the area asked for is updated.
    tool().update_ts("de", ["routines"], package=package, ts_dir=ts_dir, qm_file=qm_file)
    assert tool().area_due("de", "library", package, ts_dir) != []
    tool().update_ts("de", ["library"], package=package, ts_dir=ts_dir, qm_file=qm_file)
    assert tool().ts_due("de", package=package, ts_dir=ts_dir, qm_file=qm_file) == []

    # A translation is written into a .ts; the .qm does not have it yet.
    translate_all(tool().ts_path("de", "routines", ts_dir), "Neue Routine")
    assert tool().ts_due("de", ["library"], package, ts_dir, qm_file) == [
        "app_de.qm: not compiled from the current de/*.ts"
    ]
    tool().run_lrelease(tool().ts_paths("de", ts_dir), qm_file)
    assert tool().ts_due("de", package=package, ts_dir=ts_dir, qm_file=qm_file) == []


def test_a_missing_or_stray_ts_is_reported(tmp_path: Path) -> None:
    package = write_package(tmp_path, PAGE, "ui/library/page.py")
    ts_dir, qm_file = tmp_path / "translations", tmp_path / "app_de.qm"
    tool().update_ts("de", package=package, ts_dir=ts_dir, qm_file=qm_file)
    tool().ts_path("de", "library", ts_dir).rename(ts_dir / "de" / "libary.ts")
    problems = tool().ts_due("de", package=package, ts_dir=ts_dir, qm_file=qm_file)
    assert (
        problems[0] == "de/library.ts: missing; run tools/update_translations.py ts --area library"
    )
    assert problems[1].startswith("de/libary.ts: no such area (library, routines, printing")
    assert len(problems) == 2


def test_the_command_line_refuses_an_unknown_area(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        tool().main(["ts", "--check", "--area", "nowhere"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'nowhere'" in capsys.readouterr().err


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
