"""Audit events carry a hash version and a workstation seal.

``hash_version`` NULL is the first chain format (events written before this
revision keep verifying as they were); 2 adds the version and the seal's key
id to what is hashed. ``seal`` is an HMAC of the event's hash under a key kept
outside the database (services/audit_seal.py), ``sealed_by`` that key's id. An
index on (action, username) counts failed sign-ins under a name.
Plain ADD COLUMNs: the table is not rebuilt, so its append-only triggers stay.

Revision ID: 0005_audit_seal
Revises: 0004_report_languages
Create Date: 2026-12-02 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_audit_seal'
down_revision = '0004_report_languages'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('audit_event', sa.Column('hash_version', sa.Integer(), nullable=True))
    op.add_column('audit_event', sa.Column('sealed_by', sa.String(length=16), nullable=True))
    op.add_column('audit_event', sa.Column('seal', sa.String(length=64), nullable=True))
    # Failed sign-ins under a name are counted per name (the slow-down for unknown names).
    op.create_index('ix_audit_event_action_user', 'audit_event', ['action', 'username'])


def downgrade() -> None:
    op.drop_index('ix_audit_event_action_user', table_name='audit_event')
    with op.batch_alter_table('audit_event') as batch_op:
        batch_op.drop_column('seal')
        batch_op.drop_column('sealed_by')
        batch_op.drop_column('hash_version')
