"""Reference tables an admin edits: ranks, kinds, categories, missions."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Tracked

RANK_CATEGORIES = ("officer", "nco", "enlisted")
MISSION_STATUSES = ("active", "closing", "closed")


class Named:
    """Names in the three working languages."""

    name_kk: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", None) or self.name_en


class Rank(Named, Tracked, Base):
    __tablename__ = "rank"
    __table_args__ = (
        CheckConstraint("category IN ('officer', 'nco', 'enlisted')", name="category"),
        # The registry's rank order walks it (services.registry._driven_parts).
        Index("ix_rank_sort_order", "sort_order", "id"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)  # stable key, e.g. "captain"
    nato_code: Mapped[str] = mapped_column(String(10))  # OR-1 .. OF-9, informal
    sort_order: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(10))


class UnitKind(Named, Tracked, Base):
    __tablename__ = "unit_kind"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class DocumentKind(Named, Tracked, Base):
    __tablename__ = "document_kind"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    #: Expiry date is mandatory for this kind (passports, medical fitness...).
    expires: Mapped[bool] = mapped_column(default=True)


class PersonnelCategory(Named, Tracked, Base):
    __tablename__ = "personnel_category"

    code: Mapped[str] = mapped_column(String(40), unique=True)  # troops, staff-officer, ...
    un_label: Mapped[str] = mapped_column(String(60))  # as the UN reports it
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Mission(Named, Tracked, Base):
    __tablename__ = "mission"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'closing', 'closed')", name="status"),
    )

    acronym: Mapped[str] = mapped_column(String(20), unique=True)
    host_country: Mapped[str] = mapped_column(String(120))  # in English, as the UN writes it
    #: The host in Russian and Kazakh; None shows the English one.
    host_country_ru: Mapped[str | None] = mapped_column(String(120))
    host_country_kk: Mapped[str | None] = mapped_column(String(120))
    iso3: Mapped[str | None] = mapped_column(String(3))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")
    notes: Mapped[str | None] = mapped_column(String(1000))

    def host(self, lang: str) -> str:
        """The host country in ``lang``, or in English when that translation is not on file."""
        return (getattr(self, f"host_country_{lang}", None) if lang != "en" else None) \
            or self.host_country


class Setting(Base):
    """Business settings shared by every workstation on this database (JSON values).

    Preferences of one user on one machine (window state, last folder) live in
    QSettings instead.
    """

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(String(4000))
