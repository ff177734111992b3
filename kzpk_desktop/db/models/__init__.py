"""All mapped classes, importable from one place."""
from .deployment import (
    ROSTER_STATUSES,
    ROTATION_STATUSES,
    Decision,
    DecisionCeiling,
    RosterEntry,
    RosterStatusChange,
    Rotation,
)
from .exchange import (
    OFFICE_ROLES,
    ExchangeAlias,
    ExchangeAudit,
    ExchangeConflict,
    ExchangeHeld,
    ExchangeOffice,
    ExchangeReceived,
    ExchangeRow,
)
from .people import (
    BLOOD_GROUPS,
    SERVICEMAN_STATUSES,
    SEXES,
    Assignment,
    Document,
    DocumentScan,
    SearchToken,
    Serviceman,
    Unit,
)
from .recycle import RECYCLED_ENTITIES, RecycleBlob, RecycleItem
from .reference import (
    MISSION_STATUSES,
    RANK_CATEGORIES,
    DocumentKind,
    Setting,
    Mission,
    PersonnelCategory,
    Rank,
    UnitKind,
)
from .security import ROLES, AuditEvent, User

__all__ = [
    "Assignment", "AuditEvent", "BLOOD_GROUPS", "Decision", "DecisionCeiling", "Document",
    "DocumentKind", "DocumentScan", "ExchangeAlias", "ExchangeAudit", "ExchangeConflict",
    "ExchangeHeld", "ExchangeOffice", "ExchangeReceived", "ExchangeRow", "OFFICE_ROLES", "MISSION_STATUSES", "Mission", "PersonnelCategory",
    "RANK_CATEGORIES", "RECYCLED_ENTITIES", "ROLES", "ROSTER_STATUSES", "ROTATION_STATUSES",
    "Rank", "RecycleBlob", "RecycleItem", "RosterEntry",
    "RosterStatusChange", "Rotation",
    "SERVICEMAN_STATUSES", "SEXES", "SearchToken", "Setting", "Serviceman", "Unit", "UnitKind",
    "User",
]
