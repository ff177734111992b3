"""English appointments on roster entries; Parliament decisions' titles in Kazakh and English.

The UN nominal roll goes out in English: an appointment is kept as the clerk wrote it and,
beside it, as the UN roll prints it. A decision's title is entered in one language (the
one it was adopted in); the report to Parliament prints it in the report's language
when that translation is on file.

Revision ID: 0004_report_languages
Revises: 0003_exchange
Create Date: 2026-12-02 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_report_languages'
down_revision = '0003_exchange'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('roster_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('appointment_en', sa.String(length=200), nullable=True))
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_kk', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('title_en', sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_column('title_en')
        batch_op.drop_column('title_kk')
    with op.batch_alter_table('roster_entry', schema=None) as batch_op:
        batch_op.drop_column('appointment_en')
