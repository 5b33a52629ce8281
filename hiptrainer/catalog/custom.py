"""The user's own exercises and routines: the bundled schema, with two differences.

A custom exercise is an :class:`Exercise` in every field the bundled files have, checked by
the same struct and rules, except that

- each step names its picture as a pose of the pose library: ``"<exercise id>:<pose>"``,
  such as ``"copenhagen_plank:hips_up"`` (any key pose of ``resources/poses/<id>.toml``, which
  holds every bundled step's pose), since a custom exercise has no pose file of its own;
- it carries ``"custom": true`` (and a routine of the user's too), so that every listing and
  pack tells the user's items from the bundled ones; the bundled TOML schema never sees it.

Bundled items stay plain :class:`Exercise` and :class:`Workout` objects; :func:`is_custom`
tells them apart.
"""

# No "from __future__ import annotations": msgspec reads these annotations at decode time.

from typing import Annotated, Any, Literal, TypeVar

import msgspec
from msgspec import Meta

from hiptrainer.catalog.errors import CatalogError
from hiptrainer.domain.model import Block, Exercise, Line, Name, Slug, Source, Step, Workout
from hiptrainer.domain.vocabulary import Equipment, Muscle

PoseRef = Annotated[
    str,
    Meta(
        pattern=r"^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$",
        max_length=129,
        description='an exercise\'s pose from the pose library, such as "copenhagen_plank:hips_up"',
    ),
]


#: The most items in any list of a custom exercise, and the most blocks of a routine.
MOST = 30
MOST_BLOCKS = 100

Item = TypeVar("Item", "CustomExercise", "CustomWorkout")


class CustomStep(Step, frozen=True, kw_only=True):
    """A step whose picture is a pose of the pose library."""

    pose: PoseRef


class CustomExercise(Exercise, frozen=True, kw_only=True):
    """An exercise of the user's (see the module's docstring)."""

    # The bundled struct's list of steps, with steps that name library poses. (mypy sees a
    # list of a subclass as a different type; every CustomStep is a Step.)
    steps: Annotated[  # type: ignore[assignment]
        list[CustomStep], Meta(min_length=3, max_length=6, description="3 to 6 steps")
    ]
    # The bundled files' lists, with a most: a pack from elsewhere cannot fill the Library
    # (or memory) with a hundred thousand cues.
    aliases: Annotated[list[Name], Meta(max_length=MOST, description=f"at most {MOST} names")] = []
    secondary_muscles: Annotated[
        list[Annotated[Muscle, Meta(description="a muscle from the vocabulary")]],
        Meta(max_length=MOST, description=f"at most {MOST} muscles"),
    ] = []
    primary_muscles: Annotated[
        list[Annotated[Muscle, Meta(description="a muscle from the vocabulary")]],
        Meta(min_length=1, max_length=MOST, description=f"a list of 1 to {MOST} muscles"),
    ]
    equipment: Annotated[
        list[Annotated[Equipment, Meta(description="an item of equipment from the vocabulary")]],
        Meta(max_length=MOST, description=f"at most {MOST} items"),
    ] = []
    cues: Annotated[
        list[Line], Meta(min_length=1, max_length=MOST, description=f"1 to {MOST} cues")
    ]
    mistakes: Annotated[
        list[Line], Meta(min_length=1, max_length=MOST, description=f"1 to {MOST} mistakes")
    ]
    safety: Annotated[list[Line], Meta(max_length=MOST, description=f"at most {MOST} notes")] = []
    easier: Annotated[list[Slug], Meta(max_length=MOST, description=f"at most {MOST} ids")] = []
    harder: Annotated[list[Slug], Meta(max_length=MOST, description=f"at most {MOST} ids")] = []
    sources: Annotated[
        list[Source], Meta(min_length=1, max_length=MOST, description=f"1 to {MOST} sources")
    ]
    from_article: Annotated[
        Literal[False], Meta(description="false: only bundled exercises come from the article")
    ] = False
    custom: Annotated[Literal[True], Meta(description="true")] = True


class CustomWorkout(Workout, frozen=True, kw_only=True):
    """A routine of the user's."""

    blocks: Annotated[
        list[Block],
        Meta(min_length=1, max_length=MOST_BLOCKS, description=f"1 to {MOST_BLOCKS} blocks"),
    ]

    custom: Annotated[Literal[True], Meta(description="true")] = True


def is_custom(item: Exercise | Workout) -> bool:
    """Whether ``item`` is the user's own (and so may be edited, deleted and exported)."""
    return isinstance(item, CustomExercise | CustomWorkout)


def split_pose(ref: str) -> tuple[str, str]:
    """``"copenhagen_plank:hips_up"`` -> ``("copenhagen_plank", "hips_up")``."""
    exercise_id, _, pose = ref.partition(":")
    return exercise_id, pose


def convert_item(data: Any, schema: type[Item], field: str) -> Item:
    """``data`` (parsed JSON) validated as ``schema``; a problem is one line that starts with
    the field's path under ``field`` (``exercises[3].steps[0].pose: expected …``)."""
    try:
        return msgspec.convert(data, schema)
    except msgspec.ValidationError as exc:
        raise _explained(exc, schema, data, field) from None


def decode_item(raw: bytes | str | msgspec.Raw, schema: type[Item], field: str) -> Item:
    """A JSON item decoded straight into ``schema`` (fast: no tree of Python objects, which
    is made only to explain a problem)."""
    try:
        return msgspec.json.decode(raw, type=schema)
    except msgspec.ValidationError as exc:
        try:
            data = msgspec.json.decode(raw)
        except (msgspec.DecodeError, RecursionError):
            data = None
        raise _explained(exc, schema, data, field) from None
    except msgspec.DecodeError as exc:
        raise CatalogError(f"{field}: not valid JSON ({exc})") from None
    except RecursionError:
        raise CatalogError(f"{field}: nested too deeply") from None


def _explained(exc: msgspec.ValidationError, schema: type, data: Any, field: str) -> CatalogError:
    from hiptrainer.validation import explain

    text = explain(exc, schema, data)
    if not field:
        return CatalogError(text)
    if text.startswith("file: "):  # the item as a whole (not a table, say)
        return CatalogError(f"{field}: {text.removeprefix('file: ')}")
    return CatalogError(f"{field}.{text}")
