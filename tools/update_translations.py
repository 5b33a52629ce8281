"""Keep HipTrainer's translations up to date with the code and the catalogue.

    python tools/update_translations.py                 # ts, then catalog
    python tools/update_translations.py ts              # every area's .ts, then the .qm
    python tools/update_translations.py ts --area library --area routines   # just these
    python tools/update_translations.py catalog         # refresh the catalogue overlays
    python tools/update_translations.py --check         # change nothing; exit 1 if anything
                                                        # is due (out of date, untranslated)
    python tools/update_translations.py ts --check --area library   # one area (+ the .qm)

``ts``: the German sources are split by area, so that people translating different parts of
the interface at the same time never write the same file. Each area has its own
``translations/de/<area>.ts``, kept by ``pyside6-lupdate`` over that area's Python files only;
``pyside6-lrelease`` then compiles ALL the areas' .ts files into the one
``resources/i18n/hiptrainer_de.qm`` that the app loads (the wheel carries ``resources/``).
The areas (paths under ``hiptrainer/``; see ``AREAS``):

    library   ui/library/          routines  ui/routines/
    printing  ui/printing/ and printing/ (the sheets)
    widgets   ui/widgets/          progress  ui/progress/
    settings  ui/settings/         player    ui/player/ (with ui/player/selftest/)
    domain    domain/, catalog/, storage/: the Qt-free words, through
              ``hiptrainer.domain.words.translate("context", "Text")``
    shell     everything else: ui/*.py (window, dialogs, app), ui/style/, cli.py, ...

Working on one area: wrap the strings, run ``ts --area <area>`` (it rewrites only that .ts,
then recompiles the .qm from every .ts as it is on disk), translate in
``translations/de/<area>.ts`` (Qt Linguist: ``pyside6-linguist translations/de/<area>.ts``, or
by hand: fill in ``<translation>`` and drop its ``type="unfinished"``), run ``ts --area
<area>`` again to compile, and commit that .ts with the .qm. The .qm is a build product: if
two people compile at the same moment, whichever ran last wins and a plain ``ts`` puts it
right. ``--check`` (what tests/unit/test_i18n_files.py runs) reports, per area, strings the
code has that the .ts lacks or the other way round, strings without a finished translation,
and a .qm that is not what the current .ts files compile to.

``catalog``: rewrites ``resources/i18n/<lang>/{exercises,workouts,selftests}/<id>.toml`` in
the order of the English fields, each entry under a comment with its English; translations
are kept, a text without one is listed as a commented-out stub to fill in, and a text whose
English changed keeps its old ``source`` (so it still counts as due) under a note.

What pyside6-lupdate (6.11) finds in Python, tried on this code base:
- ``self.tr("Text")`` (context: the class it is written in; PySide resolves a subclass's
  calls to the same context) and ``QCoreApplication.translate("Context", "Text")``; a second
  argument is the disambiguation comment; ``QT_TRANSLATE_NOOP("Context", "Text")`` marks a
  string that is translated later.
- A bare ``translate("Context", "Text")`` (``hiptrainer.domain.words``, the Qt-free layers'
  hook) is extracted as ``QCoreApplication.translate`` is, without plural forms: write both
  forms and let ``words.counted`` choose.
- Plurals only from ``self.tr("%n set(s)", "", n)`` in a class, the count positional.
  ``QCoreApplication.translate("Context", "%n set(s)", "", n)`` is extracted WITHOUT plural
  forms (so German could never say "1 Satz" and "3 Sätze"), and with ``n=n`` it is not
  extracted at all. Outside a widget, give the counted texts a small QObject class of their
  own (``class SheetJobCounts(QObject)`` in ui/printing/jobs.py) and call its method.
  ``SomeClass.tr(...)`` is extracted too but fails ``mypy --strict``. English has no .qm:
  the source's "(s)" is made English by ``hiptrainer.ui.style.plurals.plural``.
- Not f-strings (``self.tr(f"Hi {name}")`` is extracted as "Hi {name}", which never matches
  at run time: use ``self.tr("Hi {name}").format(name=name)``), and not an alias
  (``tr = QCoreApplication.translate`` gives a wrong context). Adjacent literals are joined.
- A ``#:`` comment before a string becomes a note for the translator; every ``#:`` since the
  previous string is gathered, so modules with tr() keep ``#:`` for those notes.
- A context is a name, not a file: two areas that use the same context and source text
  each keep their own entry, and lrelease keeps one of them; give such texts one owner.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hiptrainer.catalog import load_catalog  # noqa: E402
from hiptrainer.catalog.selftests import load_selftests  # noqa: E402
from hiptrainer.catalog.translate import (  # noqa: E402
    KINDS,
    Kind,
    english_texts,
    load_overlay,
    overlay_problems,
    text_hash,
)
from hiptrainer.domain.model import Exercise, Workout  # noqa: E402
from hiptrainer.domain.selftest import SelfTest  # noqa: E402

#: The languages with a translation (English is the source).
TRANSLATED = ("de",)
PACKAGE = ROOT / "hiptrainer"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "i18n"
#: Each area's folders, relative to the package; a file in none of them is in SHELL.
AREAS: dict[str, tuple[str, ...]] = {
    "library": ("ui/library",),
    "routines": ("ui/routines",),
    # The sheets' texts and the print dialogs have one owner, so one file.
    "printing": ("ui/printing", "printing"),
    "widgets": ("ui/widgets",),
    "progress": ("ui/progress",),
    "settings": ("ui/settings",),
    "player": ("ui/player",),
    # The Qt-free layers' words (hiptrainer.domain.words.translate): doses, reasons,
    # readings, the import summary. The sheets' own words stay in "printing".
    "domain": ("domain", "catalog", "storage"),
}
SHELL = "shell"
AREA_NAMES = (*AREAS, SHELL)
#: (context, source text, comment, plural) of one message of a .ts file.
Message = tuple[str, str, str, bool]


def tool(name: str) -> str:
    """A PySide6 tool of this interpreter's environment (its venv), else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (install PySide6)")
    return found


def area_of(relative: PurePosixPath) -> str:
    """The area of a Python file, given by its path relative to the package."""
    for area, folders in AREAS.items():
        if any(relative.is_relative_to(folder) for folder in folders):
            return area
    return SHELL


def area_files(area: str, package: Path = PACKAGE) -> list[Path]:
    """The Python files of ``area`` under ``package``, sorted."""
    return sorted(
        path
        for path in package.rglob("*.py")
        if area_of(PurePosixPath(path.relative_to(package).as_posix())) == area
    )


def ts_path(language: str, area: str, folder: Path = TS_DIR) -> Path:
    return folder / language / f"{area}.ts"


def ts_paths(language: str, folder: Path = TS_DIR) -> list[Path]:
    """Every area's .ts of ``language``, in the order they are compiled."""
    return [ts_path(language, area, folder) for area in AREA_NAMES]


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"hiptrainer_{language}.qm"


EMPTY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}" sourcelanguage="en">
</TS>
"""


def run_lupdate(ts_file: Path, language: str, sources: Path | Sequence[Path] = PACKAGE) -> None:
    """Update ``ts_file`` from ``sources``: Python files, or folders searched for them.
    ``-extensions py`` must come before the folder (lupdate reads its options in order);
    strings the code no longer has are dropped, and locations are relative so the file moves
    with the checkout. No sources at all leave an empty .ts (lupdate would write nothing)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    paths = [sources] if isinstance(sources, Path) else list(sources)
    if not paths:
        ts_file.write_text(EMPTY_TS.format(language=language), encoding="utf-8")
        return
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        language,
        *map(str, paths),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True, capture_output=True)


def run_lrelease(ts_files: Path | Sequence[Path], qm_file: Path) -> None:
    """Compile ``ts_files`` (one or several: lrelease merges them) into ``qm_file``."""
    sources = [ts_files] if isinstance(ts_files, Path) else list(ts_files)
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True)


def messages(ts_file: Path) -> set[Message]:
    """The source strings of a .ts file, with their context, comment and plural flag."""
    found: set[Message] = set()
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def untranslated(ts_file: Path) -> list[str]:
    """The source strings of a .ts file without a finished translation (every plural form
    filled in)."""
    missing: list[str] = []
    for message in ElementTree.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = [f.text for f in forms] if forms else [getattr(translation, "text", None)]
        unfinished = translation is None or translation.get("type") is not None
        if unfinished or not all(texts):
            missing.append(message.findtext("source") or "")
    return missing


def area_due(language: str, area: str, package: Path = PACKAGE, ts_dir: Path = TS_DIR) -> list[str]:
    """What differs between ``area``'s committed .ts and a fresh lupdate of its files."""
    committed = ts_path(language, area, ts_dir)
    name = f"{language}/{committed.name}"
    if not committed.is_file():
        return [f"{name}: missing; run tools/update_translations.py ts --area {area}"]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / committed.name
        shutil.copyfile(committed, fresh)
        run_lupdate(fresh, language, area_files(area, package))
        added = messages(fresh) - messages(committed)
        removed = messages(committed) - messages(fresh)
    return [f"{name}: the code has {m[1]!r} ({m[0]})" for m in sorted(added)] + [
        f"{name}: the code no longer has {m[1]!r}" for m in sorted(removed)
    ]


def stray_ts(language: str, ts_dir: Path = TS_DIR) -> list[str]:
    """.ts files of ``language`` that belong to no area (so never compiled)."""
    stray = sorted(set((ts_dir / language).glob("*.ts")) - set(ts_paths(language, ts_dir)))
    return [f"{language}/{path.name}: no such area ({', '.join(AREA_NAMES)})" for path in stray]


def qm_due(language: str, ts_dir: Path = TS_DIR, qm_file: Path | None = None) -> list[str]:
    """Whether the shipped .qm is what every area's current .ts compiles to."""
    shipped = qm_file or qm_path(language)
    present = [path for path in ts_paths(language, ts_dir) if path.is_file()]
    with tempfile.TemporaryDirectory() as scratch:
        qm = Path(scratch) / "fresh.qm"
        run_lrelease(present, qm)
        if shipped.is_file() and shipped.read_bytes() == qm.read_bytes():
            return []
    return [f"{shipped.name}: not compiled from the current {language}/*.ts"]


def ts_due(
    language: str,
    areas: Sequence[str] = AREA_NAMES,
    package: Path = PACKAGE,
    ts_dir: Path = TS_DIR,
    qm_file: Path | None = None,
) -> list[str]:
    """Everything due for ``areas`` of ``language``: their .ts files against the code, a .ts
    of no area, and the .qm (always checked: it holds every area)."""
    problems = [line for area in areas for line in area_due(language, area, package, ts_dir)]
    return problems + stray_ts(language, ts_dir) + qm_due(language, ts_dir, qm_file)


def update_ts(
    language: str,
    areas: Sequence[str] = AREA_NAMES,
    package: Path = PACKAGE,
    ts_dir: Path = TS_DIR,
    qm_file: Path | None = None,
) -> None:
    """lupdate ``areas``' .ts files, then compile every area's .ts into the .qm."""
    for area in areas:
        run_lupdate(ts_path(language, area, ts_dir), language, area_files(area, package))
    present = [path for path in ts_paths(language, ts_dir) if path.is_file()]
    run_lrelease(present, qm_file or qm_path(language))


# --- catalogue overlays -----------------------------------------------------------------------


def _toml_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def _comment(text: str) -> str:
    return "# " + " ".join(text.split())


def overlay_text(english: dict[str, str], german: dict[str, tuple[str, str]], title: str) -> str:
    """An overlay file: each English text in order, its translation (``german``: path ->
    (source, text)) or a commented stub when there is none yet."""
    lines = [f"# {title}", ""]
    for field, text in english.items():
        lines.append(_comment(text))
        entry = german.get(field)
        if entry is None:
            lines += [
                "# not translated yet: fill in, then remove the # of these three lines",
                f'# ["{field}"]',
                f'# source = "{text_hash(text)}"',
                '# text = ""',
                "",
            ]
            continue
        source, translated = entry
        if source != text_hash(text):
            lines.append(f'# the English changed: revise, then set source = "{text_hash(text)}"')
        lines += [f'["{field}"]', f'source = "{source}"', f"text = {_toml_string(translated)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def update_catalog(language: str, write: bool = True) -> list[str]:
    """Rewrite every overlay file of ``language`` (``write``), or list the files that differ."""
    catalog = load_catalog(ROOT / "resources")
    tests = load_selftests(catalog.exercises, ROOT / "resources")
    overlay = load_overlay(language, ROOT / "resources")
    items: dict[Kind, list[Exercise | Workout | SelfTest]] = {
        "exercises": list(catalog.exercises.values()),
        "workouts": list(catalog.workouts.values()),
        "selftests": list(tests.values()),
    }
    differ: list[str] = []
    for kind in KINDS:
        for item in items[kind]:
            own = overlay.items[kind].get(item.id)
            german = {k: (e.source, e.text) for k, e in own.entries.items()} if own else {}
            path = overlay.root / kind / f"{item.id}.toml"
            title = (
                f"German texts of resources/{kind}/{item.id}.toml (tools/update_translations.py)"
            )
            text = overlay_text(english_texts(kind, item), german, title)
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                differ.append(str(path.relative_to(ROOT)))
                if write:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(text, encoding="utf-8")
    if not write:
        differ += overlay_problems(overlay, catalog, tests)
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=["ts", "catalog", "all"], default="all")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if due")
    parser.add_argument(
        "--area",
        action="append",
        choices=AREA_NAMES,
        help="only this area's .ts (repeatable); the .qm is always compiled from all",
    )
    options = parser.parse_args(argv)
    areas: Sequence[str] = options.area or AREA_NAMES
    os.chdir(ROOT)
    due: list[str] = []
    for language in TRANSLATED:
        if options.what in ("ts", "all"):
            if options.check:
                due += ts_due(language, areas)
                due += [
                    f"{language}/{area}.ts: no translation of {text!r}"
                    for area in areas
                    if ts_path(language, area).is_file()
                    for text in untranslated(ts_path(language, area))
                ]
            else:
                update_ts(language, areas)
        if options.what in ("catalog", "all"):
            due += update_catalog(language, write=not options.check)
    sys.stdout.writelines(f"{line}\n" for line in due)
    return 1 if options.check and due else 0


if __name__ == "__main__":
    raise SystemExit(main())
