"""Keep HipTrainer's translations up to date with the code and the catalogue.

    python tools/update_translations.py          # all of the below
    python tools/update_translations.py ts       # pyside6-lupdate, then pyside6-lrelease
    python tools/update_translations.py catalog  # refresh the catalogue overlays
    python tools/update_translations.py --check  # change nothing; exit 1 if anything is due
                                                 # (out of date, or not translated yet)

``ts``: every ``tr()``/``QCoreApplication.translate()`` string of the ``hiptrainer`` package
goes into ``translations/hiptrainer_<lang>.ts`` (translated there, with Qt Linguist), which
compiles to ``resources/i18n/hiptrainer_<lang>.qm`` (the wheel carries ``resources/``).

``catalog``: rewrites ``resources/i18n/<lang>/{exercises,workouts,selftests}/<id>.toml`` in
the order of the English fields, each entry under a comment with its English; translations
are kept, a text without one is listed as a commented-out stub to fill in, and a text whose
English changed keeps its old ``source`` (so it still counts as due) under a note.

What pyside6-lupdate (6.11) finds in Python, tried on this code base:
- ``self.tr("Text")`` (context: the class it is written in; PySide resolves a subclass's
  calls to the same context) and ``QCoreApplication.translate("Context", "Text")``; a second
  argument is the disambiguation comment; ``QT_TRANSLATE_NOOP("Context", "Text")`` marks a
  string that is translated later.
- Plurals only in the positional form: ``self.tr("%n set(s)", "", n)`` or
  ``QCoreApplication.translate("Context", "%n set(s)", "", n)``. With ``n=n`` or ``None`` as
  the disambiguation the message is extracted without plural forms.
- Not f-strings (``self.tr(f"Hi {name}")`` is extracted as "Hi {name}", which never matches
  at run time: use ``self.tr("Hi %1").replace("%1", name)`` or ``.format``), and not an alias
  (``tr = QCoreApplication.translate`` gives a wrong context). Adjacent literals are joined.
- A ``#:`` comment before a string becomes a note for the translator; every ``#:`` since the
  previous string is gathered, so modules with tr() keep ``#:`` for those notes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

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
#: (context, source text, comment, plural) of one message of a .ts file.
Message = tuple[str, str, str, bool]


def tool(name: str) -> str:
    """A PySide6 tool of this interpreter's environment (its venv), else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (install PySide6)")
    return found


def ts_path(language: str) -> Path:
    return TS_DIR / f"hiptrainer_{language}.ts"


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"hiptrainer_{language}.qm"


def run_lupdate(ts_file: Path, language: str, package: Path = PACKAGE) -> None:
    """Update ``ts_file`` from the Python files under ``package``. ``-extensions py`` must
    come before the folder (lupdate reads its options in order); strings the code no longer
    has are dropped, and locations are relative so the file moves with the checkout."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
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
        str(package),
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, check=True, capture_output=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
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


def ts_due(
    language: str,
    package: Path = PACKAGE,
    ts_file: Path | None = None,
    qm_file: Path | None = None,
) -> list[str]:
    """What differs between the committed .ts and .qm and what the code would give now."""
    committed = ts_file or ts_path(language)
    shipped = qm_file or qm_path(language)
    if not committed.is_file():
        return [f"{committed}: missing; run tools/update_translations.py ts"]
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / committed.name
        shutil.copyfile(committed, fresh)
        run_lupdate(fresh, language, package)
        added = messages(fresh) - messages(committed)
        removed = messages(committed) - messages(fresh)
        problems += [f"{committed.name}: the code has {m[1]!r} ({m[0]})" for m in sorted(added)]
        problems += [f"{committed.name}: the code no longer has {m[1]!r}" for m in sorted(removed)]
        qm = Path(scratch) / "fresh.qm"
        run_lrelease(committed, qm)
        if not shipped.is_file() or shipped.read_bytes() != qm.read_bytes():
            problems.append(f"{shipped.name}: not compiled from the current {committed.name}")
    return problems


def update_ts(language: str) -> None:
    run_lupdate(ts_path(language), language)
    run_lrelease(ts_path(language), qm_path(language))


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
    options = parser.parse_args(argv)
    os.chdir(ROOT)
    due: list[str] = []
    for language in TRANSLATED:
        if options.what in ("ts", "all"):
            if options.check:
                due += ts_due(language)
                due += [
                    f"{ts_path(language).name}: no translation of {text!r}"
                    for text in untranslated(ts_path(language))
                ]
            else:
                update_ts(language)
        if options.what in ("catalog", "all"):
            due += update_catalog(language, write=not options.check)
    sys.stdout.writelines(f"{line}\n" for line in due)
    return 1 if options.check and due else 0


if __name__ == "__main__":
    raise SystemExit(main())
