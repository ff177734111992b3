"""UN uniformed gender parity strategy 2018-2028: target share of women per category.

The one table of targets; rosters, the mission overview and the exports read it
from here (docs/domain.md, "UN uniformed gender parity strategy").
"""
from __future__ import annotations

from fractions import Fraction

FIRST_YEAR, LAST_YEAR = 2021, 2028

#: Personnel category code -> (target in 2021, target in 2028), percent of women.
#: The strategy publishes no 2021 baseline for police units, so their 2028
#: target applies in every year.
TARGETS: dict[str, tuple[int | None, int]] = {
    "troops": (8, 15),
    "staff-officer": (18, 25),  # observers and staff officers share one target
    "expert": (18, 25),
    "fpu": (None, 20),
    "ipo": (None, 30),
}


def parity_target(category_code: str, year: int) -> Fraction | None:
    """Target percentage of women for ``year`` (None for an unknown category).

    Linear per year between 2021 and 2028, held flat outside that span. Exact
    (a Fraction) so that a share can be compared with it without rounding
    surprises; ``float()`` it for display.
    """
    if category_code not in TARGETS:
        return None
    first, last = TARGETS[category_code]
    if first is None:
        return Fraction(last)
    year = min(max(year, FIRST_YEAR), LAST_YEAR)
    return first + Fraction(last - first) * (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)
