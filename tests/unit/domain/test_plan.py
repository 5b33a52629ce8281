from __future__ import annotations

import pytest

from hiptrainer.catalog import Catalog, load_catalog
from hiptrainer.domain.plan import expand, total_seconds


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
    lift = [p for p in phases if p.block == 1]
    assert lift[0].kind == "transition"
    assert lift[0].next_exercise == "standing_leg_lift_rotation"
    work = [p for p in lift if p.kind == "work"]
    assert [(p.side, p.target_reps, p.tempo, p.duration) for p in work] == [
        ("left", 6, (2.0, 2.0, 2.0), 36.0),
        ("right", 6, (2.0, 2.0, 2.0), 36.0),
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
    phases = expand(catalog.workouts["runners_hip_warmup"], catalog.exercises)
    bridge = [p for p in phases if p.exercise == "glute_bridge"]
    assert {p.side for p in bridge} == {"both"}
    assert phases[-1].kind == "done"


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
