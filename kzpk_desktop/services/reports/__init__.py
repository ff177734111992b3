"""What the paperwork says: the data of every report, in SQL, without any file format.

``tours`` holds the definitions every report shares ("deployed on a day",
"approved on a day", the governing decision); the other modules build one
report's data each and return plain dataclasses that ``kzpk_desktop.exports``
turns into workbooks.
"""
from .card import DeploymentLine, PersonnelCard, personnel_card
from .participation import Participation, ParticipationLine, participation
from .roll import NominalRoll, RollRow, nominal_roll
from .strength import (
    ContributionLine,
    Contributions,
    Counts,
    DecisionSection,
    MissionLine,
    ParliamentReport,
    PersonLine,
    contributions,
    parliament_report,
)
from .tours import approved_on, counted_on, deployed_on, tour_end, tour_start

__all__ = [
    "ContributionLine", "Contributions", "Counts", "DecisionSection", "MissionLine",
    "DeploymentLine", "NominalRoll", "Participation", "ParticipationLine", "participation",
    "ParliamentReport", "PersonLine", "PersonnelCard", "RollRow",
    "approved_on", "contributions", "counted_on", "deployed_on",
    "nominal_roll", "parliament_report", "personnel_card", "tour_end", "tour_start",
]
