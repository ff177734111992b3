"""Servicemen: an index in the Latin-name order (surname_latin, id), which the registry
walks for a page instead of sorting 100,000 people (services.registry._driven_parts).

Revision ID: 0009_registry_latin_order
Revises: 0008_search_initial_order
Create Date: 2026-12-04 18:50:00
"""
from alembic import op


revision = '0009_registry_latin_order'
down_revision = '0008_search_initial_order'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('serviceman', schema=None) as batch_op:
        batch_op.create_index('ix_serviceman_latin', ['surname_latin', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('serviceman', schema=None) as batch_op:
        batch_op.drop_index('ix_serviceman_latin')
