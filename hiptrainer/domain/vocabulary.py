"""The controlled words of the catalogue: muscles, equipment and body positions.

Filters in the Library tab and validation of exercise files both read these tuples, so a
new word is added here once.
"""

from __future__ import annotations

from typing import Literal, get_args

Muscle = Literal[
    "gluteus maximus",
    "gluteus medius",
    "gluteus minimus",
    "hip adductors",
    "tensor fasciae latae",
    "deep hip rotators",
    "hip flexors",
    "hamstrings",
    "quadriceps",
    "calves",
    "obliques",
    "transversus abdominis",
    "quadratus lumborum",
    "erector spinae",
    "shoulder stabilisers",
]

Equipment = Literal[
    "chair or bench",
    "bench",
    "mini-band",
    "step",
    "wall or support",
    "dumbbell or kettlebell",
    "ankle weight",
    "mat",
]

Position = Literal[
    "standing",
    "side-lying",
    "side plank",
    "lying on back",
    "hands and knees",
]

RepUnit = Literal["reps", "steps each way"]

MUSCLES: tuple[str, ...] = get_args(Muscle)
EQUIPMENT: tuple[str, ...] = get_args(Equipment)
POSITIONS: tuple[str, ...] = get_args(Position)
REP_UNITS: tuple[str, ...] = get_args(RepUnit)
