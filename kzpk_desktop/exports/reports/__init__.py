"""One builder per report; each takes a session (or rows), its parameters, the output
path, the user's name, the handling marking and a progress callback, and returns the
path written."""
from .contributions import export_contributions
from .expiring import export_expiring
from .nominal_roll import export_nominal_roll
from .parliament import export_parliament_report
from .participation import export_participation
from .personnel_card import export_personnel_card
from .table import export_table

__all__ = ["export_contributions", "export_expiring", "export_nominal_roll",
           "export_parliament_report", "export_participation", "export_personnel_card", "export_table"]
