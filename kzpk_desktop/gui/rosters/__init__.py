"""A rotation's roster: nominations, the status workflow, eligibility and ceilings."""
