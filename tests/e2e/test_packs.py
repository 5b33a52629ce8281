"""Exercise packs and the user's own items on the command line, as a user runs them:
``export --format pack``, ``import``, ``exercises`` and ``workouts``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.definitions import UserDefinitions
from hiptrainer.storage.database import open_database
from tests.helpers.cli import Run
from tests.helpers.custom import custom_exercise, custom_workout, write_pack
from tests.helpers.storage import make_store


@pytest.fixture
def mine(data_dir: Path) -> Path:
    """A data folder with three exercises and a routine of the user's."""
    store = make_store(data_dir)
    definitions = UserDefinitions(store, load_catalog())
    definitions.save_exercise(custom_exercise("base", name="Base plank"))
    definitions.save_exercise(custom_exercise("harder_one", name="Long plank", easier=["base"]))
    definitions.save_exercise(custom_exercise("loner", name="Loner"))
    definitions.save_workout(custom_workout("mine", "harder_one", "clamshell", name="Mine"))
    store.conn.close()
    return data_dir


def listed(run_cli: Run, what: str, **env: str) -> list[dict]:  # type: ignore[type-arg]
    result = run_cli(what, "--json", env=env or None)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return [item for item in json.loads(result.stdout) if item.get("custom")]


def test_the_users_items_are_listed_and_marked(run_cli: Run, mine: Path) -> None:
    table = run_cli("exercises")
    assert table.returncode == 0, table.stderr
    assert "Base plank (yours)" in table.stdout
    assert "Clamshell (yours)" not in table.stdout
    assert "Mine (yours)" in run_cli("workouts").stdout
    exercises = listed(run_cli, "exercises")
    assert [e["id"] for e in exercises] == ["base", "loner", "harder_one"]  # by name
    assert exercises[0]["steps"][0]["pose"] == "copenhagen_plank:on_forearm"
    (routine,) = listed(run_cli, "workouts")
    assert routine["id"] == "mine"
    assert [b["exercise"] for b in routine["blocks"]] == ["harder_one", "clamshell"]
    assert all(b["dosage"] for b in routine["blocks"])  # the dose each block is played with


def test_export_then_import_into_an_empty_folder_is_identical(
    run_cli: Run, mine: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "clinic.hiptrainer-pack"
    exported = run_cli("export", "--format", "pack", "-o", str(pack))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == f"Exported to {pack}\n"
    other = {"HIPTRAINER_DATA_DIR": str(tmp_path / "other")}
    imported = run_cli("import", str(pack), env=other)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == (f"Imported 3 exercises and 1 routine from {pack}\n")
    for what in ("exercises", "workouts"):
        assert listed(run_cli, what, **other) == listed(run_cli, what)
    again = run_cli("import", str(pack), env=other)
    assert again.stdout == f"Imported nothing new from {pack}\n"


def test_a_routine_in_a_pack_carries_the_users_exercises_it_uses(
    run_cli: Run, mine: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "routine.hiptrainer-pack"
    result = run_cli("export", "--format", "pack", "-o", str(pack), "--workout", "mine")
    assert result.returncode == 0, result.stderr
    document = json.loads(pack.read_text(encoding="utf-8"))
    assert [w["id"] for w in document["workouts"]] == ["mine"]
    assert [e["id"] for e in document["exercises"]] == ["harder_one", "base"]


def test_an_import_that_renames_says_so(run_cli: Run, mine: Path, tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path / "theirs.hiptrainer-pack",
        [custom_exercise("base", name="Their base")],
        [custom_workout("theirs", "base")],
    )
    result = run_cli("import", str(pack))
    assert result.returncode == 0, result.stderr
    assert 'The exercise "base" was stored as "base_2" (its id was taken)' in result.stdout
    names = {e["id"]: e["name"] for e in listed(run_cli, "exercises")}
    assert (names["base"], names["base_2"]) == ("Base plank", "Their base")
    routine = next(w for w in listed(run_cli, "workouts") if w["id"] == "theirs")
    assert [b["exercise"] for b in routine["blocks"]] == ["base_2"]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--exercise", "clamshell"], 1, '"clamshell" is a bundled exercise'),
        (["--workout", "runners_hip_warmup"], 1, '"runners_hip_warmup" is a bundled routine'),
        (["--exercise", "nothing"], 1, 'unknown exercise id "nothing"'),
    ],
)
def test_a_pack_of_what_cannot_go_in_is_one_line(
    run_cli: Run, mine: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    out = tmp_path / "x.hiptrainer-pack"
    result = run_cli("export", "--format", "pack", "-o", str(out), *args)
    assert result.returncode == code
    assert result.stderr.startswith("hiptrainer: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not out.exists()


def test_choosing_items_goes_with_packs_only(run_cli: Run, mine: Path, tmp_path: Path) -> None:
    out = tmp_path / "sets.csv"
    result = run_cli("export", "--format", "csv", "-o", str(out), "--exercise", "base")
    assert result.returncode == 2
    assert "--exercise and --workout go with --format pack" in result.stderr
    assert not out.exists()


def test_a_broken_stored_item_is_skipped_with_one_line(run_cli: Run, mine: Path) -> None:
    conn = open_database(mine)
    conn.execute(
        "UPDATE definitions SET body = json_set(body, '$.difficulty', 9) WHERE id = 'loner'"
    )
    conn.close()
    result = run_cli("exercises")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        'hiptrainer: skipped your exercise "loner": difficulty: expected a whole number from '
        "1 to 5, got 9"
    ]
    assert "Base plank (yours)" in result.stdout
    assert "Loner" not in result.stdout


def test_listing_a_data_folder_never_used_creates_nothing(run_cli: Run, data_dir: Path) -> None:
    result = run_cli("exercises")
    assert result.returncode == 0, result.stderr
    assert "(yours)" not in result.stdout
    assert not data_dir.exists()
