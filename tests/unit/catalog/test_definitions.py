"""Creating, changing, duplicating and deleting the user's own exercises and routines through
the store: every change checked first, written all at once, errors one line naming the field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import pytest

from hiptrainer.catalog import load_catalog
from hiptrainer.catalog.custom import CustomExercise, CustomWorkout, is_custom
from hiptrainer.catalog.definitions import DefinitionError, UserDefinitions, copy_name, slug
from hiptrainer.domain import words
from hiptrainer.storage.errors import ReadOnlyError
from hiptrainer.storage.store import Store
from tests.helpers.custom import custom_exercise, custom_workout
from tests.helpers.storage import make_store

BUNDLED = load_catalog()


@pytest.fixture
def store(data_dir: Path) -> Store:
    return make_store(data_dir)


@pytest.fixture
def mine(store: Store) -> UserDefinitions:
    return UserDefinitions(store, BUNDLED)


def stored_ids(store: Store) -> list[tuple[str, str]]:
    return [(kind, item_id) for kind, item_id, _ in store.definition_rows()]


def test_a_new_exercise_is_stored_listed_and_read_again(
    store: Store, mine: UserDefinitions
) -> None:
    saved = mine.save_exercise(custom_exercise("my_plank"))
    assert isinstance(saved, CustomExercise)
    assert mine.catalog.exercises["my_plank"] == saved
    assert list(mine.catalog.exercises)[-1] == "my_plank"
    assert stored_ids(store) == [("exercise", "my_plank")]
    again = UserDefinitions(store, BUNDLED)  # as the next start reads it
    assert again.catalog.exercises["my_plank"] == saved
    assert again.problems == []


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": ""}, "name", "name: expected a non-empty text of at most 200 characters"),
        ({"id": "Bad Id"}, "id", "id: expected a lowercase id"),
        ({"id": "clamshell"}, "id", 'id: "clamshell" is the id of a bundled exercise'),
        ({"setup": None}, "setup", "setup: missing; a one-sided exercise needs a set-up line"),
        ({"setup": "Right leg up."}, "setup", "setup: the set-up line must name the left side"),
        ({"easier": ["nothing_like_it"]}, "easier[0]", 'easier[0]: unknown exercise id "nothing'),
        ({"primary_muscles": ["biceps"]}, "primary_muscles[0]", "primary_muscles[0]: expected"),
    ],
)
def test_a_bad_exercise_is_one_line_naming_the_field_and_writes_nothing(
    store: Store,
    mine: UserDefinitions,
    change: dict[str, Any],
    field: str,
    message: str,
) -> None:
    with pytest.raises(DefinitionError) as caught:
        mine.save_exercise(custom_exercise(**change))
    assert str(caught.value).startswith(message), str(caught.value)
    assert caught.value.field == field
    assert "\n" not in str(caught.value)
    assert store.definition_rows() == []
    assert mine.catalog == BUNDLED


def test_a_step_picture_must_be_a_pose_of_the_library(mine: UserDefinitions) -> None:
    data = custom_exercise()
    data["steps"][2]["pose"] = "clamshell:flying"
    with pytest.raises(DefinitionError) as caught:
        mine.save_exercise(data)
    assert caught.value.field == "steps[2].pose"
    assert str(caught.value).startswith('steps[2].pose: "clamshell:flying": "clamshell" has no')


def test_an_exercise_made_in_code_is_checked_as_strictly_as_one_read(mine: UserDefinitions) -> None:
    valid = msgspec.convert(custom_exercise(), CustomExercise)
    # Made directly, a struct skips msgspec's checks: saving checks it all the same.
    empty_name = msgspec.structs.replace(valid, name="")
    with pytest.raises(DefinitionError, match=r"^name: expected a non-empty text"):
        mine.save_exercise(empty_name)


def test_an_id_already_used_is_refused_unless_it_is_the_one_changed(
    store: Store, mine: UserDefinitions
) -> None:
    mine.save_exercise(custom_exercise("my_plank"))
    with pytest.raises(
        DefinitionError, match=r'^id: "my_plank" is already the id of your exercise'
    ):
        mine.save_exercise(custom_exercise("my_plank", name="Another"))
    changed = mine.save_exercise(custom_exercise("my_plank", name="Changed"), replacing="my_plank")
    assert mine.catalog.exercises["my_plank"].name == "Changed" == changed.name
    assert stored_ids(store) == [("exercise", "my_plank")]


def test_renaming_an_exercise_takes_the_routines_and_links_with_it(
    store: Store, mine: UserDefinitions
) -> None:
    mine.save_exercise(custom_exercise("old_id"))
    mine.save_exercise(custom_exercise("other", easier=["old_id"]))
    mine.save_workout(custom_workout("mine", "old_id", "clamshell"))
    mine.save_exercise(custom_exercise("new_id"), replacing="old_id")
    assert "old_id" not in mine.catalog.exercises
    assert [b.exercise for b in mine.catalog.workouts["mine"].blocks] == ["new_id", "clamshell"]
    assert mine.catalog.exercises["other"].easier == ["new_id"]
    reread = UserDefinitions(store, BUNDLED).catalog
    assert [b.exercise for b in reread.workouts["mine"].blocks] == ["new_id", "clamshell"]
    assert ("exercise", "old_id") not in stored_ids(store)


def test_bundled_items_are_read_only(mine: UserDefinitions) -> None:
    with pytest.raises(DefinitionError, match="bundled with HipTrainer"):
        mine.delete_exercise("clamshell")
    with pytest.raises(DefinitionError, match="bundled with HipTrainer"):
        mine.delete_workout("runners_hip_warmup")
    with pytest.raises(
        DefinitionError, match=r'^id: there is no exercise of yours with the id "clamshell"'
    ):
        mine.save_exercise(custom_exercise("my_clamshell"), replacing="clamshell")
    with pytest.raises(DefinitionError, match=r'^id: "runners_hip_warmup" is the id of a bundled'):
        mine.save_workout(custom_workout("runners_hip_warmup"))


def test_duplicating_a_bundled_exercise_gives_an_editable_copy_with_its_pictures(
    mine: UserDefinitions,
) -> None:
    original = BUNDLED.exercises["copenhagen_plank"]
    copy = mine.duplicate_exercise("copenhagen_plank")
    assert copy.id == "copenhagen_plank_copy"
    assert copy.name == f"{original.name} (copy)"
    assert is_custom(copy)
    assert not copy.from_article
    assert [s.pose for s in copy.steps] == [f"copenhagen_plank:{s.pose}" for s in original.steps]
    assert mine.duplicate_exercise("copenhagen_plank").id == "copenhagen_plank_copy_2"
    assert mine.duplicate_exercise(copy.id).id == "copenhagen_plank_copy_copy"
    edited = mine.save_exercise({**msgspec.to_builtins(copy), "difficulty": 4}, replacing=copy.id)
    assert edited.difficulty == 4


def test_duplicating_a_bundled_routine_gives_an_editable_copy(mine: UserDefinitions) -> None:
    copy = mine.duplicate_workout("runners_hip_warmup")
    assert isinstance(copy, CustomWorkout)
    assert copy.blocks == BUNDLED.workouts["runners_hip_warmup"].blocks
    assert mine.catalog.workouts[copy.id] == copy


def test_a_routine_of_a_missing_exercise_is_refused(store: Store, mine: UserDefinitions) -> None:
    with pytest.raises(DefinitionError) as caught:
        mine.save_workout(custom_workout("mine", "clamshell", "nowhere"))
    assert str(caught.value) == 'blocks[1].exercise: unknown exercise id "nowhere"'
    assert caught.value.field == "blocks[1].exercise"
    assert store.definition_rows() == []


def test_deleting_an_exercise_a_routine_uses_is_refused(
    store: Store, mine: UserDefinitions
) -> None:
    mine.save_exercise(custom_exercise("my_plank", name="My plank"))
    mine.save_workout(custom_workout("mine", "clamshell", "my_plank", name="Morning"))
    with pytest.raises(DefinitionError) as caught:
        mine.delete_exercise("my_plank")
    assert str(caught.value) == (
        '"My plank" is used by your routine "Morning" (block 2); take it out of the routine first'
    )
    assert len(store.definition_rows()) == 2


def test_a_delete_can_be_undone_links_and_all(store: Store, mine: UserDefinitions) -> None:
    mine.save_exercise(custom_exercise("gone"))
    mine.save_exercise(custom_exercise("linking", harder=["gone", "clamshell"]))
    before = store.definition_rows()
    removed = mine.delete_exercise("gone")
    assert "gone" not in mine.catalog.exercises
    assert mine.catalog.exercises["linking"].harder == ["clamshell"]
    mine.undo(removed)
    assert store.definition_rows() == before
    assert mine.catalog.exercises["linking"].harder == ["gone", "clamshell"]
    routine = mine.save_workout(custom_workout("mine", "clamshell"))
    undo = mine.delete_workout("mine")
    assert "mine" not in mine.catalog.workouts
    mine.undo(undo)
    assert mine.catalog.workouts["mine"] == routine


def test_nothing_is_saved_into_a_read_only_store(store: Store) -> None:
    store.read_only = True
    mine = UserDefinitions(store, BUNDLED)
    with pytest.raises(ReadOnlyError):
        mine.save_exercise(custom_exercise())
    assert mine.catalog == BUNDLED


def test_ids_are_made_from_names_and_never_taken(mine: UserDefinitions) -> None:
    assert slug("My Plank (hard!)") == "my_plank_hard"
    assert slug("Übung für Läufer") == "ubung_fur_laufer"
    assert slug("3 way lunge") == "my_3_way_lunge"
    assert slug("!!!") == "item"
    assert len(slug("x" * 300)) == 64
    assert mine.free_id("exercise", "Clamshell") == "clamshell_2"
    assert mine.free_id("workout", "My warm-up") == "my_warm_up"


def test_a_copy_of_a_name_at_the_length_limit_stays_within_it(mine: UserDefinitions) -> None:
    long_name = "Plank " + "x" * 194  # 200 characters, the most a name may have
    mine.save_exercise(custom_exercise("my_plank", name=long_name))
    copy = mine.duplicate_exercise("my_plank")
    assert len(copy.name) == 200
    assert copy.name == long_name[: 200 - len(" (copy)")] + " (copy)"
    assert copy_name("") == " (copy)"


def test_a_copy_is_named_in_the_interface_s_language(mine: UserDefinitions) -> None:
    def german(context: str, text: str, disambiguation: str | None) -> str:
        return "{name} (Kopie)" if (context, text) == ("definitions", "{name} (copy)") else ""

    words.install(german)
    try:
        exercise = mine.duplicate_exercise("clamshell")
        routine = mine.duplicate_workout("runners_hip_warmup")
        # Braces in a name are the name's, not placeholders.
        assert copy_name("Plank {hard}") == "Plank {hard} (Kopie)"
        assert len(copy_name("y" * 200)) == 200
    finally:
        words.reset()
    assert exercise.name == f"{BUNDLED.exercises['clamshell'].name} (Kopie)"
    assert routine.name == f"{BUNDLED.workouts['runners_hip_warmup'].name} (Kopie)"
