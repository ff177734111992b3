"""The reports the Paperwork area offers: what each needs, its file name, its export job.

Each report is one builder of ``exports.reports``, called with the same
parameters and audited under the same name as ``kzpk export REPORT``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..exporting import ExportJob, file_name

CONTEXT = "Paperwork"
#: Parameters a report may need (which rows of the form are shown).
SCOPE, AS_OF, LANGUAGE, SERVICEMAN, WINDOW, PERIOD = (
    "scope", "as_of", "language", "serviceman", "window", "period")


@dataclass(frozen=True)
class ReportSpec:
    key: str  # the CLI's and the audit trail's name of the report
    title: str  # English source, translated in the "Paperwork" context
    description: str  # idem
    params: frozenset[str]
    #: "en" for the UN's papers; None for the ministry's and Parliament's, which default
    #: to the clerk's language when that is Kazakh or Russian (and so does the marking).
    default_lang: str | None

    def default_language(self, ui_lang: str) -> str:
        if self.default_lang is not None:
            return self.default_lang
        return ui_lang if ui_lang in ("kk", "ru") else "ru"

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def translated_description(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.description)


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec(
        "nominal-roll", QT_TRANSLATE_NOOP("Paperwork", "UN nominal roll"),
        QT_TRANSLATE_NOOP("Paperwork", "The list the UN and the mission ask for: everyone "
                          "cleared for a rotation, or everyone deployed in a mission on a date. "
                          "Rank, names as in the passport, passport, UN category, appointment, "
                          "arrival and departure, certificates and next of kin; landscape, "
                          "usually in English."),
        frozenset({SCOPE, AS_OF, LANGUAGE}), "en"),
    ReportSpec(
        "parliament-report", QT_TRANSLATE_NOOP("Paperwork", "Report to Parliament"),
        QT_TRANSLATE_NOOP("Paperwork", "For each Parliament decision in force on the date: the "
                          "ceiling against the people approved and deployed, per mission and "
                          "overall, by personnel category, by sex and by speciality, with "
                          "totals and the list of the people deployed."),
        frozenset({AS_OF, LANGUAGE}), None),
    ReportSpec(
        "contributions", QT_TRANSLATE_NOOP("Paperwork", "UN contributions"),
        QT_TRANSLATE_NOOP("Paperwork", "The UN monthly summary: the people deployed on the date "
                          "per mission and personnel type, men, women and total, and the share "
                          "of women against the UN gender parity target of that year."),
        frozenset({AS_OF, LANGUAGE}), "en"),
    ReportSpec(
        "participation", QT_TRANSLATE_NOOP("Paperwork", "Participation history"),
        QT_TRANSLATE_NOOP("Paperwork", "Who served in the missions over a period: per mission "
                          "and personnel category the persons who served and their tours "
                          "(a person sent twice is one person, two tours), staff officers and "
                          "observers together, and the strength on the period's last day."),
        frozenset({PERIOD, LANGUAGE}), None),
    ReportSpec(
        "personnel-card", QT_TRANSLATE_NOOP("Paperwork", "Personnel card"),
        QT_TRANSLATE_NOOP("Paperwork", "Everything on file about one serviceman: personal data, "
                          "documents, assignment history and deployments, on A4 portrait."),
        frozenset({SERVICEMAN, LANGUAGE}), None),
    ReportSpec(
        "expiring", QT_TRANSLATE_NOOP("Paperwork", "Expiring documents"),
        QT_TRANSLATE_NOOP("Paperwork", "Current documents that have expired or expire within "
                          "the window, soonest first, with the serviceman and the unit "
                          "(discharged servicemen are left out)."),
        frozenset({WINDOW, LANGUAGE}), None),
)


@dataclass(frozen=True)
class Params:
    """What the clerk chose in the form (the fields a report does not need are ignored)."""

    lang: str
    marking: str
    as_of: dt.date
    rotation_id: int | None = None
    rotation: str | None = None  # "UNDOF-3", for the file name
    mission: str | None = None  # acronym, when the roll is of a mission
    iin: str | None = None
    within_days: int = 0
    start: dt.date | None = None  # the participation report's period
    end: dt.date | None = None


def suggested_name(spec: ReportSpec, p: Params, today: dt.date) -> str:
    """``nominal-roll-UNDOF-3-2026-11-28.xlsx`` and the like."""
    if spec.key == "nominal-roll":
        if p.rotation_id is not None:
            return file_name(spec.key, p.rotation, today)
        return file_name(spec.key, p.mission, p.as_of)
    if spec.key in ("parliament-report", "contributions"):
        return file_name(spec.key, p.as_of)
    if spec.key == "personnel-card":
        return file_name(spec.key, p.iin, today)
    if spec.key == "participation":
        return file_name(spec.key, p.start, p.end)
    return file_name(spec.key, p.within_days, today)


def export_job(spec: ReportSpec, p: Params) -> ExportJob:
    """The builder call and the audit details of the report (as ``kzpk export`` records them)."""
    common = {"lang": p.lang, "marking": p.marking}

    def signed(session) -> dict:
        from ...services.reports.signing import signature

        return {**common, "signature": signature(session, p.lang)}
    if spec.key == "nominal-roll":
        by_rotation = p.rotation_id is not None
        details = {"rotation": p.rotation_id, "mission": None if by_rotation else p.mission,
                   **({} if by_rotation else {"as_of": p.as_of})}

        def build(session, path, user, progress):
            from ...exports.reports import export_nominal_roll

            return export_nominal_roll(
                session, path, rotation_id=p.rotation_id,
                mission=None if by_rotation else p.mission,
                as_of=None if by_rotation else p.as_of, user=user,
                progress=progress, **signed(session))
    elif spec.key == "parliament-report":
        details = {"as_of": p.as_of}

        def build(session, path, user, progress):
            from ...exports.reports import export_parliament_report

            return export_parliament_report(session, path, as_of=p.as_of, user=user,
                                            progress=progress, **signed(session))
    elif spec.key == "contributions":
        details = {"as_of": p.as_of}

        def build(session, path, user, progress):
            from ...exports.reports import export_contributions

            return export_contributions(session, path, as_of=p.as_of, user=user,
                                        progress=progress, **signed(session))
    elif spec.key == "participation":
        details = {"from": p.start, "to": p.end}

        def build(session, path, user, progress):
            from ...exports.reports import export_participation

            return export_participation(session, path, start=p.start, end=p.end, user=user,
                                        progress=progress, **common)
    elif spec.key == "personnel-card":
        details = {"iin": p.iin}

        def build(session, path, user, progress):
            from ...exports.reports import export_personnel_card

            return export_personnel_card(session, path, iin=p.iin, user=user,
                                         progress=progress, **common)
    else:
        details = {"within": p.within_days}

        def build(session, path, user, progress):
            from ...exports.reports import export_expiring

            return export_expiring(session, path, within_days=p.within_days, user=user,
                                   progress=progress, **common)
    return ExportJob(spec.key, spec.translated_title(), build, {**details, "lang": p.lang})
