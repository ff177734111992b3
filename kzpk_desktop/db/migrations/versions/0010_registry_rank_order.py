"""Ranks: an index in their order (sort_order, id), so the registry's rank order reads the
ranks in order and each rank's people from ix_serviceman_rank_id, stopping after a page,
instead of sorting 100,000 people (services.registry._driven_parts).

Revision ID: 0010_registry_rank_order
Revises: 0009_registry_latin_order
Create Date: 2026-12-06 21:10:00
"""
from alembic import op


revision = '0010_registry_rank_order'
down_revision = '0009_registry_latin_order'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rank', schema=None) as batch_op:
        batch_op.create_index('ix_rank_sort_order', ['sort_order', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('rank', schema=None) as batch_op:
        batch_op.drop_index('ix_rank_sort_order')
