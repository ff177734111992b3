"""The recycle bin: a restorable snapshot of each serviceman, document or assignment deleted.

Revision ID: 0007_undo_recycle_bin
Revises: 0006_words_reference_names
Create Date: 2026-12-03 10:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_undo_recycle_bin'
down_revision = '0006_words_reference_names'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('recycle_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('entity_uid', sa.Uuid(), nullable=False),
    sa.Column('serviceman_uid', sa.Uuid(), nullable=False),
    sa.Column('what', sa.String(length=400), nullable=False),
    sa.Column('deleted_by', sa.String(length=60), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.Column('rows', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recycle_item'))
    )
    with op.batch_alter_table('recycle_item', schema=None) as batch_op:
        batch_op.create_index('ix_recycle_item_deleted_at', ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_recycle_item_entity_uid'), ['entity_uid'],
                              unique=False)

    op.create_table('recycle_blob',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('row_index', sa.Integer(), nullable=False),
    sa.Column('column', sa.String(length=40), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['recycle_item.id'],
                            name=op.f('fk_recycle_blob_item_id_recycle_item'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recycle_blob'))
    )
    with op.batch_alter_table('recycle_blob', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recycle_blob_item_id'), ['item_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('recycle_blob', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recycle_blob_item_id'))
    op.drop_table('recycle_blob')
    with op.batch_alter_table('recycle_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recycle_item_entity_uid'))
        batch_op.drop_index('ix_recycle_item_deleted_at')
    op.drop_table('recycle_item')
