from __future__ import annotations

from typing import get_args

import msgspec
import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.model import Block, Workout
from hiptrainer.domain.plan import (
    DEFAULT_SIDE_ORDER,
    DOSE_LEVELS,
    SIDE_ORDERS,
    DoseLevel,
    SideOrder,
    expand,
    parse_tempo,
    total_seconds,
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def kinds(phases) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.kind for p in phases]


def test_copenhagen_plank_runs_the_articles_dose_on_each_side(catalog: Catalog) -> None:
    warmup = catalog.workouts["post_run_strength"]
    phases = expand(warmup, catalog.exercises)
    plank = [p for p in phases if p.block == 0]
    assert plank[0].kind == "prepare"
    work = [p for p in plank if p.kind == "work"]
    # 4 holds of 15 s a side (the low end of 4-6 x 15-20 s), left first.
    assert [(p.side, p.rep_index, p.duration) for p in work] == [
        ("left", 0, 15.0), ("left", 1, 15.0), ("left", 2, 15.0), ("left", 3, 15.0),
        ("right", 0, 15.0), ("right", 1, 15.0), ("right", 2, 15.0), ("right", 3, 15.0),
    ]  # fmt: skip
    assert kinds(plank) == [
        "prepare", "work", "rest", "work", "rest", "work", "rest", "work",
        "switch_sides", "work", "rest", "work", "rest", "work", "rest", "work",
    ]  # fmt: skip
    switch = next(p for p in plank if p.kind == "switch_sides")
    assert (switch.duration, switch.side) == (5.0, "right")


def test_high_dose_and_right_first(catalog: Catalog) -> None:
    phases = expand(catalog.workouts["post_run_strength"], catalog.exercises, "right_first", "high")
    work = [p for p in phases if p.block == 0 and p.kind == "work"]
    assert len(work) == 12
    assert work[0].side == "right"
    assert work[0].duration == 20.0


def test_leg_lift_is_paced_reps_per_side(catalog: Catalog) -> None:
    phases = expand(catalog.workouts["post_run_strength"], catalog.exercises)
    lift = [p for p in phases if p.exercise == "standing_leg_lift_rotation"]
    assert lift[0].kind == "transition"
    assert lift[0].next_exercise == "standing_leg_lift_rotation"
    work = [p for p in lift if p.kind == "work"]
    assert [(p.side, p.target_reps, p.tempo, p.duration) for p in work] == [
        ("left", 6, (4.0, 2.0, 4.0), 60.0),
        ("right", 6, (4.0, 2.0, 4.0), 60.0),
    ]


def test_alternating_sides_switch_every_set(catalog: Catalog) -> None:
    phases = expand(catalog.workouts["post_run_strength"], catalog.exercises, "alternate")
    bridge = [p for p in phases if p.exercise == "single_leg_bridge" and p.kind != "transition"]
    assert [(p.kind, p.side, p.set_index) for p in bridge] == [
        ("work", "left", 0), ("switch_sides", "right", 0), ("work", "right", 0),
        ("rest", "left", 1), ("work", "left", 1), ("switch_sides", "right", 1),
        ("work", "right", 1),
    ]  # fmt: skip


def test_two_sided_exercise_has_rests_between_sets(catalog: Catalog) -> None:
    # The glute bridge at its own dose: 3 sets, both legs together, a rest before sets 2 and 3.
    bridge = catalog.exercises["glute_bridge"]
    dose = bridge.dosage
    assert (bridge.unilateral, dose.sets) == (False, 3)
    workout = Workout(
        id="bridge", name="Bridge", summary="Bridges.", focus="strength",
        blocks=[Block(exercise="glute_bridge")],
    )  # fmt: skip
    phases = expand(workout, catalog.exercises)
    assert [(p.kind, p.set_index) for p in phases] == [
        ("prepare", 0), ("work", 0), ("rest", 1), ("work", 1), ("rest", 2), ("work", 2),
        ("done", 0),
    ]  # fmt: skip
    rests = [p for p in phases if p.kind == "rest"]
    assert [p.duration for p in rests] == [float(dose.rest_s)] * 2
    assert {(p.side, p.exercise, p.next_exercise) for p in rests} == {
        ("both", "glute_bridge", "glute_bridge")
    }
    assert {p.side for p in phases if p.kind == "work"} == {"both"}


def test_one_sided_sets_rest_within_a_side_and_switch_between_sides(catalog: Catalog) -> None:
    # Side-lying hip abduction in the post-run routine: 2 sets of 10 reps at 2-3-3 a side
    # (its steps hold the leg up 3 s and lower it over 3 s), 30 s between sets.
    phases = expand(catalog.workouts["post_run_strength"], catalog.exercises)
    block = [p for p in phases if p.exercise == "side_lying_hip_abduction"]
    assert [(p.kind, p.side, p.set_index, p.duration) for p in block] == [
        ("transition", "left", 0, 30.0),
        ("work", "left", 0, 80.0), ("rest", "left", 1, 30.0), ("work", "left", 1, 80.0),
        ("switch_sides", "right", 0, 5.0),
        ("work", "right", 0, 80.0), ("rest", "right", 1, 30.0), ("work", "right", 1, 80.0),
    ]  # fmt: skip


def test_holds_rest_between_holds(catalog: Catalog) -> None:
    plank = catalog.exercises["copenhagen_plank"]
    phases = expand(catalog.workouts["post_run_strength"], catalog.exercises)
    left = [p for p in phases if p.block == 0 and p.side == "left" and p.kind != "prepare"]
    rests = [p for p in left if p.kind == "rest"]
    assert [(p.rep_index, p.duration) for p in rests] == [
        (rep, float(plank.dosage.rest_between_reps_s)) for rep in (1, 2, 3)
    ]


def test_a_tempo_is_three_whole_seconds() -> None:
    assert parse_tempo("2-1-2") == (2.0, 1.0, 2.0)
    assert parse_tempo("1-0-3") == (1.0, 0.0, 3.0)
    for bad in ("", "2-1", "2-1-2-1", "a-b-c", "2--2", "-1-1-1", "2.5-1-2"):
        with pytest.raises(ValueError, match="three whole seconds"):
            parse_tempo(bad)


def test_side_order_and_dose_level_are_typed_choices() -> None:
    assert SIDE_ORDERS == ("left_first", "right_first", "alternate")
    assert DOSE_LEVELS == ("low", "high")
    assert get_args(SideOrder) == SIDE_ORDERS
    assert get_args(DoseLevel) == DOSE_LEVELS
    # A settings struct can hold them and refuses anything else.
    holder = msgspec.defstruct("Holder", [("side_order", SideOrder, DEFAULT_SIDE_ORDER)])
    assert msgspec.json.decode(b'{"side_order": "alternate"}', type=holder).side_order == (
        "alternate"
    )
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(b'{"side_order": "sideways"}', type=holder)


def test_planned_length_matches_the_routine(catalog: Catalog) -> None:
    phases = expand(catalog.workouts["runners_hip_warmup"], catalog.exercises)
    assert 7 * 60 <= total_seconds(phases) <= 13 * 60


def test_planned_starts_add_up_to_the_total(catalog: Catalog) -> None:
    from hiptrainer.domain.plan import planned_starts

    phases = expand(catalog.workouts["runners_hip_warmup"], catalog.exercises)
    starts = planned_starts(phases)
    assert len(starts) == len(phases)
    assert starts[0] == 0.0
    assert starts[-1] == total_seconds(phases)


@pytest.mark.parametrize(
    ("order", "first", "second"),
    [
        ("left_first", "left", "right"),
        ("right_first", "right", "left"),
        ("alternate", "left", "right"),
    ],
)
def test_steps_each_way_go_one_way_and_come_back_in_every_set(
    catalog: Catalog, order: SideOrder, first: str, second: str
) -> None:
    walk = catalog.exercises["lateral_band_walk"]
    assert walk.dosage.unit == "steps each way"
    assert not walk.unilateral
    routine = Workout(
        id="walk",
        name="Walk",
        summary="Walk.",
        focus="activation",
        blocks=[Block(exercise=walk.id)],
    )
    phases = [
        p for p in expand(routine, catalog.exercises, order) if p.kind not in ("prepare", "done")
    ]
    steps = walk.dosage.reps[0]
    one_set = [("work", first), ("switch_sides", second), ("work", second)]
    expected = one_set
    for _ in range(walk.dosage.sets - 1):
        expected = [*expected, ("rest", first), *one_set]
    assert [(p.kind, p.side) for p in phases] == expected
    assert all(p.target_reps == steps for p in phases if p.kind == "work")
    assert [p.set_index for p in phases if p.kind == "work"] == [
        s for s in range(walk.dosage.sets) for _ in range(2)
    ]


# --- a self-test's open-ended phases -------------------------------------------------------


def test_a_self_test_counts_down_into_each_side_and_rests_between() -> None:
    from hiptrainer.domain.plan import open_ended_phases

    phases = open_ended_phases("side_bridge", "hold", countdown_s=10.0, rest_s=90.0)
    assert [(p.kind, p.side, p.duration, p.open_ended) for p in phases] == [
        ("prepare", "left", 10.0, None), ("work", "left", None, "hold"),
        ("rest", "right", 90.0, None),
        ("prepare", "right", 10.0, None), ("work", "right", None, "hold"),
        ("done", "both", None, None),
    ]  # fmt: skip
    rest = phases[2]
    # The rest says and shows the side that comes next, as a rest between sides does.
    assert (rest.side_starts, rest.next_exercise) == (True, "side_bridge")
    work = [p for p in phases if p.kind == "work"]
    assert all(p.target_hold_s is None and p.target_reps is None for p in work)
    assert {p.exercise for p in phases[:-1]} == {"side_bridge"}
    # Nothing open-ended counts toward a planned length: only the countdowns and the rest.
    assert total_seconds(phases) == 110.0


@pytest.mark.parametrize(
    ("order", "sides"),
    [("left_first", ["left", "right"]), ("right_first", ["right", "left"]),
     ("alternate", ["left", "right"])],
)  # fmt: skip
def test_a_self_test_follows_the_side_order(order: SideOrder, sides: list[str]) -> None:
    from hiptrainer.domain.plan import open_ended_phases

    phases = open_ended_phases("single_leg_hamstring_bridge", "reps", order)
    assert [p.side for p in phases if p.kind == "work"] == sides
    assert {p.open_ended for p in phases if p.kind == "work"} == {"reps"}


def test_a_self_test_without_rest_or_sides() -> None:
    from hiptrainer.domain.plan import open_ended_phases

    no_rest = open_ended_phases("side_bridge", "hold", rest_s=0.0)
    assert [p.kind for p in no_rest] == ["prepare", "work", "prepare", "work", "done"]
    both = open_ended_phases("plank", "hold", unilateral=False)
    assert [(p.kind, p.side) for p in both] == [
        ("prepare", "both"),
        ("work", "both"),
        ("done", "both"),
    ]


def test_a_self_test_refuses_a_negative_countdown_or_rest() -> None:
    from hiptrainer.domain.plan import open_ended_phases

    with pytest.raises(ValueError, match="negative"):
        open_ended_phases("side_bridge", "hold", countdown_s=-1.0)
    with pytest.raises(ValueError, match="negative"):
        open_ended_phases("side_bridge", "hold", rest_s=-5.0)


def test_routines_never_have_open_ended_work(catalog: Catalog) -> None:
    for workout in catalog.workouts.values():
        assert all(p.open_ended is None for p in expand(workout, catalog.exercises))
