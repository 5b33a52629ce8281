"""``hiptrainer import`` of hostile files: one line on stderr, exit 1, nothing written; a pack
with markup in every text is imported and its text kept as plain text; and a large valid
backup imports in memory a small multiple of its size."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from hiptrainer.storage.transfer import MAX_IMPORT_BYTES
from tests.helpers.cli import Run
from tests.helpers.custom import MARKUP, custom_exercise, custom_workout, marked_exercise, pack
from tests.helpers.storage import backup_document, recorded_store, write_backup

Document = dict[str, object]


def deep(path: Path) -> None:
    depth = 200_000
    path.write_text(
        '{"format": "hiptrainer-backup", "version": 1, "sessions": [], "x": '
        + "[" * depth
        + "]" * depth
        + "}",
        encoding="utf-8",
    )


def huge(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk space needed


def changed(change: Callable[[dict], None]) -> Callable[[Path], None]:  # type: ignore[type-arg]
    def write(path: Path) -> None:
        document = backup_document(sessions=3, sets_per_session=2)
        change(document)
        path.write_text(json.dumps(document), encoding="utf-8")

    return write


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "nested 200000 deep": (deep, "nested too deeply"),
    "larger than the limit": (huge, "larger than 50 MB"),
    "long notes": (
        changed(lambda d: d["sessions"][2].update(notes="n" * 20_000)),
        "sessions[2].notes: expected a text of at most 10000 characters",
    ),
    "long load": (
        changed(lambda d: d["sessions"][1]["sets"][1].update(load="=" * 5000)),
        "sessions[1].sets[1].load: expected a text of at most 200 characters",
    ),
    "a session twice": (
        changed(lambda d: d["sessions"].append(dict(d["sessions"][0]))),
        "sessions[3].uuid:",
    ),
    "before 2000": (
        changed(lambda d: d["sessions"][0].update(started_at="1970-01-01T00:00:00+00:00")),
        "sessions[0].started_at: 1970-01-01T00:00:00+00:00 is before 2000-01-01",
    ),
    "far future": (
        changed(
            lambda d: d["sessions"][0]["sets"][0].update(
                started_at="2999-01-01T07:00:00Z", ended_at="2999-01-01T07:01:00Z"
            )
        ),
        "sessions[0].sets[0].started_at: 2999-01-01T07:00:00+00:00 is in the future",
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_file_is_one_line_and_writes_nothing(
    run_cli: Run, data_dir: Path, tmp_path: Path, kind: str
) -> None:
    recorded_store(data_dir).conn.close()
    before = run_cli("export", "--format", "json", "-o", "-").stdout
    write, says = HOSTILE[kind]
    path = tmp_path / "bad.json"
    write(path)
    result = run_cli("import", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[:2000]
    assert lines[0].startswith(f"hiptrainer: {path}: "), lines[0]
    assert says in lines[0], lines[0]
    assert len(lines[0]) < 400
    assert run_cli("export", "--format", "json", "-o", "-").stdout == before


PEAK = textwrap.dedent(
    """
    import resource, subprocess, sys
    subprocess.run([sys.executable, "-m", "hiptrainer", "import", sys.argv[1]], check=True,
                   stdout=subprocess.DEVNULL)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
    """
)


def peak_bytes(path: Path, data_dir: Path) -> int:
    """The peak resident memory of ``hiptrainer import PATH`` into ``data_dir``."""
    result = subprocess.run(
        [sys.executable, "-c", PEAK, str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"HIPTRAINER_DATA_DIR": str(data_dir), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in kilobytes on Linux only")
def test_a_large_backup_imports_in_a_few_times_its_size(tmp_path: Path) -> None:
    large = write_backup(tmp_path / "large.json", sessions=3000, sets_per_session=24)
    small = write_backup(tmp_path / "small.json", sessions=1, sets_per_session=1)
    size = large.stat().st_size
    assert size > 20 * 1024 * 1024
    baseline = peak_bytes(small, tmp_path / "baseline")
    peak = peak_bytes(large, tmp_path / "data")
    # Decoding into a tree of Python objects first took about four times the file's size
    # on top of the baseline; straight into the structs it is under two.
    assert peak - baseline < 3 * size, (peak, baseline, size)


# --- hostile exercise packs ----------------------------------------------------------------------


def packed(change: Callable[[dict], None]) -> Callable[[Path], None]:  # type: ignore[type-arg]
    def write(path: Path) -> None:
        document = pack(
            [custom_exercise("theirs"), custom_exercise("other")],
            [custom_workout("their_routine", "theirs", "clamshell")],
        )
        change(document)
        path.write_text(json.dumps(document), encoding="utf-8")

    return write


HOSTILE_PACKS: dict[str, tuple[Callable[[Path], None], str]] = {
    "wrong version": (packed(lambda d: d.update(version=2)), "version: expected 1, got 2"),
    "duplicate ids": (
        packed(lambda d: d["exercises"].append(custom_exercise("theirs"))),
        'exercises[2].id: "theirs" is also the id of exercises[0]; each may appear once',
    ),
    "wrong types": (
        packed(lambda d: d["exercises"][1].update(difficulty="hard", steps="all of them")),
        'exercises[1].difficulty: expected a whole number from 1 to 5, got "hard"',
    ),
    "a routine naming a missing exercise": (
        packed(lambda d: d["workouts"][0]["blocks"].append({"exercise": "ghost"})),
        'workouts[0].blocks[2].exercise: unknown exercise id "ghost"',
    ),
    "a huge name": (
        packed(lambda d: d["exercises"][0].update(name="<b>" * 400_000)),
        "exercises[0].name: expected a non-empty text of at most 200 characters",
    ),
    "a hundred thousand cues": (
        packed(lambda d: d["exercises"][0].update(cues=["Brace."] * 100_000)),
        "exercises[0].cues: expected 1 to 30 cues, got 100000 items",
    ),
    "ten thousand blocks": (
        packed(lambda d: d["workouts"][0].update(blocks=[{"exercise": "clamshell"}] * 10_000)),
        "workouts[0].blocks: expected 1 to 100 blocks, got 10000 items",
    ),
    "a picture from outside the pose library": (
        packed(lambda d: d["exercises"][1]["steps"][0].update(pose="etc:passwd")),
        'exercises[1].steps[0].pose: "etc:passwd": no exercise "etc" in the pose library',
    ),
    "a claim to the founding article": (
        packed(lambda d: d["exercises"][0].update(from_article=True)),
        "exercises[0].from_article: expected false",
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE_PACKS))
def test_a_hostile_pack_is_one_line_and_writes_nothing(
    run_cli: Run, data_dir: Path, tmp_path: Path, kind: str
) -> None:
    recorded_store(data_dir).conn.close()
    before = run_cli("export", "--format", "json", "-o", "-").stdout
    write, says = HOSTILE_PACKS[kind]
    path = tmp_path / "bad.hiptrainer-pack"
    write(path)
    result = run_cli("import", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr[:2000]
    assert lines[0].startswith(f"hiptrainer: {path}: "), lines[0]
    assert says in lines[0], lines[0]
    assert len(lines[0]) < 400
    assert run_cli("export", "--format", "json", "-o", "-").stdout == before


def test_markup_in_every_text_of_a_pack_is_kept_as_plain_text(run_cli: Run, tmp_path: Path) -> None:
    marked = marked_exercise("marked")
    path = tmp_path / "markup.hiptrainer-pack"
    path.write_text(
        json.dumps(pack([marked], [custom_workout("w", "marked", name=f"{MARKUP} routine")])),
        encoding="utf-8",
    )
    result = run_cli("import", str(path))
    assert result.returncode == 0, result.stderr
    (listed,) = [
        e for e in json.loads(run_cli("exercises", "--json").stdout) if e["id"] == "marked"
    ]
    for field in ("name", "summary", "why", "setup", "license"):
        assert listed[field] == marked[field]
    for field in ("aliases", "cues", "mistakes", "safety", "sources", "steps"):
        assert listed[field] == marked[field]
    assert f"{MARKUP} name (yours)" in run_cli("exercises").stdout
