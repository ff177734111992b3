"""Search tokens: one-letter rows per initial, carrying the person's sort key, indexed in
list order (a one-letter search reads a page of people without sorting thousands).

Revision ID: 0008_search_initial_order
Revises: 0007_undo_recycle_bin
Create Date: 2026-12-04 02:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_search_initial_order'
down_revision = '0007_undo_recycle_bin'
branch_labels = None
depends_on = None

_KEY = sa.String(length=400).with_variant(sa.String(length=400, collation='C'), 'postgresql')


def upgrade() -> None:
    with op.batch_alter_table('search_token', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sort_key', _KEY, nullable=True))
    # One-letter tokens already there become initial rows; then an initial row for each
    # other first letter of a person's tokens (services.servicemen.index_rows does the same
    # for every write from now on).
    op.execute("UPDATE search_token SET sort_key = (SELECT s.sort_key FROM serviceman s "
               "WHERE s.id = search_token.serviceman_id) WHERE length(token) = 1")
    op.execute("INSERT INTO search_token (serviceman_id, token, sort_key) "
               "SELECT DISTINCT t.serviceman_id, substr(t.token, 1, 1), s.sort_key "
               "FROM search_token t JOIN serviceman s ON s.id = t.serviceman_id "
               "WHERE length(t.token) > 1 AND NOT EXISTS (SELECT 1 FROM search_token o "
               "WHERE o.serviceman_id = t.serviceman_id AND o.token = substr(t.token, 1, 1))")
    with op.batch_alter_table('search_token', schema=None) as batch_op:
        batch_op.create_index('ix_search_token_initial', ['token', 'sort_key', 'serviceman_id'],
                              unique=False, sqlite_where=sa.text('sort_key IS NOT NULL'),
                              postgresql_where=sa.text('sort_key IS NOT NULL'))


def downgrade() -> None:
    # The initial rows stay: one-letter tokens are what a prefix search would find anyway.
    with op.batch_alter_table('search_token', schema=None) as batch_op:
        batch_op.drop_index('ix_search_token_initial')
        batch_op.drop_column('sort_key')
