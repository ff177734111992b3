"""Missions' host countries in Russian and Kazakh.

The host country was kept in English only, so the missions list showed
"Lebanon" to a Russian or Kazakh clerk. The seeded missions get their hosts in
both languages, where the host is still the seeded English one (an
administrator's own wording is left for them to translate in the mission's
dialog); a host with no translation on file is shown in English.

Revision ID: 0006_words_reference_names
Revises: 0005_audit_seal
Create Date: 2026-12-03 11:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_words_reference_names'
down_revision = '0005_audit_seal'
branch_labels = None
depends_on = None

# acronym, host as seeded in 0001, in Russian, in Kazakh
HOSTS = [
    ("UNTSO", "Middle East", "Ближний Восток", "Таяу Шығыс"),
    ("UNMOGIP", "India/Pakistan", "Индия и Пакистан", "Үндістан мен Пәкістан"),
    ("UNFICYP", "Cyprus", "Кипр", "Кипр"),
    ("UNDOF", "Golan", "Голанские высоты", "Голан биіктері"),
    ("UNIFIL", "Lebanon", "Ливан", "Ливан"),
    ("MINURSO", "Western Sahara", "Западная Сахара", "Батыс Сахара"),
    ("UNMIK", "Kosovo", "Косово", "Косово"),
    ("MONUSCO", "DR Congo", "ДР Конго", "Конго ДР"),
    ("UNISFA", "Abyei", "Абьей", "Абьей"),
    ("UNMISS", "South Sudan", "Южный Судан", "Оңтүстік Судан"),
    ("MINUSCA", "Central African Republic", "Центральноафриканская Республика",
     "Орталық Африка Республикасы"),
    ("MINUSMA", "Mali", "Мали", "Мали"),
    ("UNOCI", "Cote d'Ivoire", "Кот-д'Ивуар", "Кот-д'Ивуар"),
]


def upgrade() -> None:
    # Plain ADD COLUMNs: the table is not rebuilt.
    op.add_column('mission', sa.Column('host_country_ru', sa.String(length=120), nullable=True))
    op.add_column('mission', sa.Column('host_country_kk', sa.String(length=120), nullable=True))
    mission = sa.table('mission', sa.column('acronym', sa.String),
                       sa.column('host_country', sa.String),
                       sa.column('host_country_ru', sa.String),
                       sa.column('host_country_kk', sa.String))
    for acronym, host, ru, kk in HOSTS:
        op.execute(mission.update()
                   .where(mission.c.acronym == acronym, mission.c.host_country == host)
                   .values(host_country_ru=ru, host_country_kk=kk))


def downgrade() -> None:
    with op.batch_alter_table('mission', schema=None) as batch_op:
        batch_op.drop_column('host_country_kk')
        batch_op.drop_column('host_country_ru')
