"""Exercise packs: what a pack carries, and how an import names what it stores (renamed where
an id is taken, references following, importing twice adding nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hiptrainer.catalog import CatalogError, load_catalog
from hiptrainer.catalog.definitions import UserDefinitions
from hiptrainer.catalog.listing import exercise_item
from hiptrainer.catalog.packs import PackPlanner, numbered_id, pack_bytes, pack_contents
from hiptrainer.storage.store import Store
from hiptrainer.storage.transfer import ImportFileError, import_file
from tests.helpers.custom import custom_exercise, custom_workout, write_pack
from tests.helpers.storage import make_store

BUNDLED = load_catalog()
PLANNER = PackPlanner(BUNDLED)


@pytest.fixture
def mine(data_dir: Path) -> UserDefinitions:
    definitions = UserDefinitions(make_store(data_dir), BUNDLED)
    definitions.save_exercise(custom_exercise("base"))
    definitions.save_exercise(custom_exercise("harder_one", easier=["base"]))
    definitions.save_exercise(custom_exercise("loner"))
    definitions.save_workout(custom_workout("mine", "harder_one", "clamshell"))
    return definitions


def users_items(store: Store) -> dict[tuple[str, str], dict]:  # type: ignore[type-arg]
    return {(kind, i): json.loads(body) for kind, i, body in store.definition_rows()}


def test_a_routine_carries_the_users_exercises_it_uses_and_their_links(
    mine: UserDefinitions,
) -> None:
    exercises, workouts = pack_contents(mine.catalog, workout_ids=["mine"])
    assert [w.id for w in workouts] == ["mine"]
    # The routine's own exercise and the one it links to; never a bundled one, nor "loner".
    assert [e.id for e in exercises] == ["harder_one", "base"]


def test_nothing_chosen_means_everything_of_the_users(mine: UserDefinitions) -> None:
    exercises, workouts = pack_contents(mine.catalog)
    assert sorted(e.id for e in exercises) == ["base", "harder_one", "loner"]
    assert [w.id for w in workouts] == ["mine"]
    with pytest.raises(CatalogError, match="no exercises or routines of your own"):
        pack_contents(BUNDLED)


@pytest.mark.parametrize(
    ("exercises", "workouts", "message"),
    [
        (
            ["clamshell"],
            [],
            '"clamshell" is a bundled exercise: a pack carries exercises of your own',
        ),
        ([], ["runners_hip_warmup"], '"runners_hip_warmup" is a bundled routine'),
        (["nope"], [], 'unknown exercise id "nope"'),
        ([], ["nope"], 'unknown routine id "nope"'),
    ],
)
def test_a_pack_of_what_is_not_the_users_is_refused(
    mine: UserDefinitions, exercises: list[str], workouts: list[str], message: str
) -> None:
    with pytest.raises(CatalogError, match=message):
        pack_contents(mine.catalog, exercises, workouts)


def test_a_pack_holds_items_in_the_listing_shape(mine: UserDefinitions) -> None:
    document = json.loads(pack_bytes(mine.catalog, ["loner"]))
    assert document["format"] == "hiptrainer-pack"
    assert document["version"] == 1
    item = exercise_item(mine.catalog.exercises["loner"])
    assert document["exercises"] == [json.loads(json.dumps(item))]
    assert document["workouts"] == []


def test_round_trip_into_an_empty_data_folder_is_identical(
    mine: UserDefinitions, tmp_path: Path
) -> None:
    path = tmp_path / "all.hiptrainer-pack"
    path.write_bytes(pack_bytes(mine.catalog))
    fresh = make_store(tmp_path / "fresh")
    summary = import_file(fresh, path, PLANNER)
    assert (summary.exercises, summary.workouts, summary.renamed) == (3, 1, [])
    assert users_items(fresh) == users_items(mine.store)  # type: ignore[arg-type]
    again = UserDefinitions(fresh, BUNDLED).catalog
    assert list(again.exercises) == list(mine.catalog.exercises)
    assert again.workouts == mine.catalog.workouts


def test_a_taken_id_is_renamed_and_the_packs_references_follow(
    mine: UserDefinitions, tmp_path: Path
) -> None:
    store = mine.store
    assert isinstance(store, Store)
    path = write_pack(
        tmp_path / "clinic.hiptrainer-pack",
        [
            custom_exercise("base", name="Their base"),  # taken by a different exercise
            custom_exercise("clamshell", name="Their clamshell"),  # a bundled id
            custom_exercise("theirs", easier=["base"], harder=["clamshell"]),
        ],
        [custom_workout("mine", "base", "clamshell", "theirs")],  # taken routine id
    )
    summary = import_file(store, path, PLANNER)
    assert (summary.exercises, summary.workouts) == (3, 1)
    assert summary.renamed == [
        'exercise "base" was stored as "base_2" (its id was taken)',
        'exercise "clamshell" was stored as "clamshell_2" (its id was taken)',
        'routine "mine" was stored as "mine_2" (its id was taken)',
    ]
    items = users_items(store)
    assert items[("exercise", "base")]["name"] == "My plank base"  # untouched
    assert items[("exercise", "base_2")]["name"] == "Their base"
    assert items[("exercise", "theirs")]["easier"] == ["base_2"]
    assert items[("exercise", "theirs")]["harder"] == ["clamshell_2"]
    blocks = [b["exercise"] for b in items[("workout", "mine_2")]["blocks"]]
    assert blocks == ["base_2", "clamshell_2", "theirs"]
    assert [
        b.exercise for b in UserDefinitions(store, BUNDLED).catalog.workouts["mine"].blocks
    ] == [
        "harder_one",
        "clamshell",
    ]
    # Importing the same pack again finds every item where it put it: nothing changes.
    before = store.definition_rows()
    again = import_file(store, path, PLANNER)
    assert (again.exercises, again.workouts, again.renamed) == (0, 0, [])
    assert store.definition_rows() == before


def test_a_bundled_exercise_named_by_a_routine_is_referenced_not_carried(
    data_dir: Path, tmp_path: Path
) -> None:
    path = write_pack(tmp_path / "p.hiptrainer-pack", [], [custom_workout("w", "clamshell")])
    store = make_store(data_dir)
    import_file(store, path, PLANNER)
    routine = UserDefinitions(store, BUNDLED).catalog.workouts["w"]
    assert [b.exercise for b in routine.blocks] == ["clamshell"]


@pytest.mark.parametrize(
    ("exercises", "workouts", "message"),
    [
        (
            [custom_exercise("twice"), custom_exercise("twice")],
            [],
            'exercises[1].id: "twice" is also the id of exercises[0]; each may appear once',
        ),
        (
            [],
            [custom_workout("w", "clamshell"), custom_workout("w", "clamshell")],
            'workouts[1].id: "w" is also the id of workouts[0]',
        ),
        (
            [custom_exercise("one")],
            [custom_workout("w", "one", "missing_one")],
            'workouts[0].blocks[1].exercise: unknown exercise id "missing_one"',
        ),
        (
            [custom_exercise("one", harder=["missing_one"])],
            [],
            'exercises[0].harder[0]: unknown exercise id "missing_one"',
        ),
        (
            [
                custom_exercise(
                    "bad_pose",
                    steps=[{"text": "Up.", "pose": f"clamshell:{p}"} for p in ("a", "b", "c")],
                )
            ],
            [],
            'exercises[0].steps[0].pose: "clamshell:a": "clamshell" has no pose "a"',
        ),
        (
            [{**custom_exercise("no_setup"), "setup": "Right side down."}],
            [],
            "exercises[0].setup: the set-up line must name the left side",
        ),
        ([custom_exercise("x", difficulty="hard")], [], "exercises[0].difficulty: expected"),
        (["not an exercise"], [], "exercises[0]: expected a table"),
    ],
)
def test_a_bad_pack_is_one_line_naming_item_and_field_and_writes_nothing(
    data_dir: Path,
    tmp_path: Path,
    exercises: list,
    workouts: list,
    message: str,  # type: ignore[type-arg]
) -> None:
    store = make_store(data_dir)
    path = write_pack(tmp_path / "bad.hiptrainer-pack", exercises, workouts)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path, PLANNER)
    assert str(caught.value).startswith(f"{path}: {message}"), str(caught.value)
    assert "\n" not in str(caught.value)
    assert store.definition_rows() == []


def test_a_renamed_id_stays_within_the_id_length() -> None:
    assert numbered_id("x" * 64, 2) == "x" * 62 + "_2"
    assert numbered_id("short", 12) == "short_12"
