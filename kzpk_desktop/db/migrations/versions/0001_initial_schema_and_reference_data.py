"""Initial schema and the reference data of domain.md.

The seed data is frozen here on purpose: a later change to reference data is a
new revision, so every database walks the same path.

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 04:08:07.100003
"""
import datetime as dt
import uuid

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('entity_uid', sa.Uuid(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=True),
    sa.Column('hash', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event')),
    sa.UniqueConstraint('uid', name=op.f('uq_audit_event_uid'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_event_entity', ['entity', 'entity_uid'], unique=False)
    _append_only_audit()

    op.create_table('decision',
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=True),
    sa.Column('period_to', sa.Date(), nullable=True),
    sa.Column('ceiling', sa.Integer(), nullable=False),
    sa.Column('superseded_by_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint('ceiling >= 0', name=op.f('ck_decision_ceiling')),
    sa.CheckConstraint('period_to IS NULL OR period_from IS NULL OR period_to >= period_from', name=op.f('ck_decision_period')),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['decision.id'], name=op.f('fk_decision_superseded_by_id_decision')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision')),
    sa.UniqueConstraint('number', name=op.f('uq_decision_number')),
    sa.UniqueConstraint('uid', name=op.f('uq_decision_uid'))
    )
    op.create_table('document_kind',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('expires', sa.Boolean(), nullable=False),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_kind')),
    sa.UniqueConstraint('code', name=op.f('uq_document_kind_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_document_kind_uid'))
    )
    op.create_table('mission',
    sa.Column('acronym', sa.String(length=20), nullable=False),
    sa.Column('host_country', sa.String(length=120), nullable=False),
    sa.Column('iso3', sa.String(length=3), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.String(length=1000), nullable=True),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint("status IN ('active', 'closing', 'closed')", name=op.f('ck_mission_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mission')),
    sa.UniqueConstraint('acronym', name=op.f('uq_mission_acronym')),
    sa.UniqueConstraint('uid', name=op.f('uq_mission_uid'))
    )
    op.create_table('personnel_category',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('un_label', sa.String(length=60), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personnel_category')),
    sa.UniqueConstraint('code', name=op.f('uq_personnel_category_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_personnel_category_uid'))
    )
    op.create_table('rank',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('nato_code', sa.String(length=10), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=10), nullable=False),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint("category IN ('officer', 'nco', 'enlisted')", name=op.f('ck_rank_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rank')),
    sa.UniqueConstraint('code', name=op.f('uq_rank_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_rank_uid'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.String(length=4000), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('unit_kind',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_kind')),
    sa.UniqueConstraint('code', name=op.f('uq_unit_kind_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_unit_kind_uid'))
    )
    op.create_table('user_account',
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint("role IN ('viewer', 'clerk', 'supervisor', 'admin')", name=op.f('ck_user_account_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('uid', name=op.f('uq_user_account_uid')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('decision_ceiling',
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('ceiling', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint('ceiling >= 0', name=op.f('ck_decision_ceiling_ceiling')),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_decision_ceiling_decision_id_decision'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_decision_ceiling_mission_id_mission')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_ceiling')),
    sa.UniqueConstraint('decision_id', 'mission_id', name=op.f('uq_decision_ceiling_decision_id_mission_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_decision_ceiling_uid'))
    )
    op.create_table('rotation',
    sa.Column('mission_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=False),
    sa.Column('planned_end', sa.Date(), nullable=False),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint("status IN ('planning', 'training', 'deployed', 'completed')", name=op.f('ck_rotation_status')),
    sa.CheckConstraint('planned_end >= planned_start', name=op.f('ck_rotation_planned_dates')),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_rotation_decision_id_decision')),
    sa.ForeignKeyConstraint(['mission_id'], ['mission.id'], name=op.f('fk_rotation_mission_id_mission')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rotation')),
    sa.UniqueConstraint('mission_id', 'number', name=op.f('uq_rotation_mission_id_number')),
    sa.UniqueConstraint('uid', name=op.f('uq_rotation_uid'))
    )
    with op.batch_alter_table('rotation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rotation_decision_id'), ['decision_id'], unique=False)

    op.create_table('serviceman',
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('service_number', sa.String(length=20), nullable=False),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('patronymic', sa.String(length=100), nullable=True),
    sa.Column('surname_latin', sa.String(length=100), nullable=True),
    sa.Column('given_names_latin', sa.String(length=150), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('rank_id', sa.Integer(), nullable=True),
    sa.Column('speciality', sa.String(length=120), nullable=True),
    sa.Column('blood_group', sa.String(length=3), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('kin_name', sa.String(length=200), nullable=True),
    sa.Column('kin_relation', sa.String(length=60), nullable=True),
    sa.Column('kin_phone', sa.String(length=40), nullable=True),
    sa.Column('english_level', sa.String(length=40), nullable=True),
    sa.Column('driving_licence', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('sort_key', _binary_string(400), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint("sex IN ('M', 'F')", name=op.f('ck_serviceman_sex')),
    sa.CheckConstraint("status IN ('active', 'in_training', 'deployed', 'returned', 'discharged')", name=op.f('ck_serviceman_status')),
    sa.ForeignKeyConstraint(['rank_id'], ['rank.id'], name=op.f('fk_serviceman_rank_id_rank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_serviceman')),
    sa.UniqueConstraint('iin', name=op.f('uq_serviceman_iin')),
    sa.UniqueConstraint('service_number', name=op.f('uq_serviceman_service_number')),
    sa.UniqueConstraint('uid', name=op.f('uq_serviceman_uid'))
    )
    with op.batch_alter_table('serviceman', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_serviceman_rank_id'), ['rank_id'], unique=False)
        batch_op.create_index('ix_serviceman_sort_key', ['sort_key', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_serviceman_status'), ['status'], unique=False)

    op.create_table('unit',
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('retired_on', sa.Date(), nullable=True),
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['kind_id'], ['unit_kind.id'], name=op.f('fk_unit_kind_id_unit_kind')),
    sa.ForeignKeyConstraint(['parent_id'], ['unit.id'], name=op.f('fk_unit_parent_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('uid', name=op.f('uq_unit_uid'))
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index('ix_unit_name_kk', ['name_kk'], unique=False)
        batch_op.create_index('ix_unit_name_ru', ['name_ru'], unique=False)
        batch_op.create_index('ix_unit_name_en', ['name_en'], unique=False)

    op.create_table('assignment',
    sa.Column('serviceman_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('date_from', sa.Date(), nullable=False),
    sa.Column('date_to', sa.Date(), nullable=True),
    sa.Column('order_number', sa.String(length=40), nullable=True),
    sa.Column('order_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint('date_to IS NULL OR date_to >= date_from', name=op.f('ck_assignment_dates')),
    sa.ForeignKeyConstraint(['serviceman_id'], ['serviceman.id'], name=op.f('fk_assignment_serviceman_id_serviceman'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_assignment_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment')),
    sa.UniqueConstraint('uid', name=op.f('uq_assignment_uid'))
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index('ix_assignment_person', ['serviceman_id', 'date_to'], unique=False)
        batch_op.create_index('ix_assignment_unit', ['unit_id', 'date_to'], unique=False)

    op.create_table('document',
    sa.Column('serviceman_id', sa.Integer(), nullable=False),
    sa.Column('kind_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint('expires_on IS NULL OR issued_on IS NULL OR expires_on > issued_on', name=op.f('ck_document_dates')),
    sa.ForeignKeyConstraint(['kind_id'], ['document_kind.id'], name=op.f('fk_document_kind_id_document_kind')),
    sa.ForeignKeyConstraint(['serviceman_id'], ['serviceman.id'], name=op.f('fk_document_serviceman_id_serviceman'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('kind_id', 'number', name=op.f('uq_document_kind_id_number')),
    sa.UniqueConstraint('uid', name=op.f('uq_document_uid'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index('ix_document_current', ['serviceman_id', 'is_current', 'kind_id', 'expires_on'], unique=False)
        batch_op.create_index('ix_document_expiry', ['is_current', 'expires_on', 'kind_id', 'serviceman_id'], unique=False)

    op.create_table('roster_entry',
    sa.Column('rotation_id', sa.Integer(), nullable=False),
    sa.Column('serviceman_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('appointment', sa.String(length=200), nullable=True),
    sa.Column('sub_unit', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=True),
    sa.Column('departure_date', sa.Date(), nullable=True),
    sa.Column('un_index', sa.String(length=40), nullable=True),
    sa.Column('repatriation_reason', sa.Text(), nullable=True),
    sa.Column('repatriation_date', sa.Date(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('override_by', sa.String(length=60), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint("status IN ('nominated', 'approved', 'deployed', 'repatriated', 'completed', 'withdrawn')", name=op.f('ck_roster_entry_status')),
    sa.ForeignKeyConstraint(['category_id'], ['personnel_category.id'], name=op.f('fk_roster_entry_category_id_personnel_category')),
    sa.ForeignKeyConstraint(['rotation_id'], ['rotation.id'], name=op.f('fk_roster_entry_rotation_id_rotation')),
    sa.ForeignKeyConstraint(['serviceman_id'], ['serviceman.id'], name=op.f('fk_roster_entry_serviceman_id_serviceman')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_entry')),
    sa.UniqueConstraint('rotation_id', 'serviceman_id', name=op.f('uq_roster_entry_rotation_id_serviceman_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_roster_entry_uid'))
    )
    with op.batch_alter_table('roster_entry', schema=None) as batch_op:
        batch_op.create_index('ix_roster_entry_person', ['serviceman_id', 'status'], unique=False)
        batch_op.create_index('ix_roster_entry_rotation', ['rotation_id', 'status'], unique=False)

    op.create_table('search_token',
    sa.Column('serviceman_id', sa.Integer(), nullable=False),
    sa.Column('token', _binary_string(150), nullable=False),
    sa.ForeignKeyConstraint(['serviceman_id'], ['serviceman.id'], name=op.f('fk_search_token_serviceman_id_serviceman'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('serviceman_id', 'token', name=op.f('pk_search_token'))
    )
    with op.batch_alter_table('search_token', schema=None) as batch_op:
        batch_op.create_index('ix_search_token_token', ['token', 'serviceman_id'], unique=False)

    op.create_table('document_scan',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_scan_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', name=op.f('pk_document_scan'))
    )
    _seed()


def downgrade() -> None:
    op.drop_table('document_scan')
    with op.batch_alter_table('search_token', schema=None) as batch_op:
        batch_op.drop_index('ix_search_token_token')

    op.drop_table('search_token')
    with op.batch_alter_table('roster_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_roster_entry_rotation')
        batch_op.drop_index('ix_roster_entry_person')

    op.drop_table('roster_entry')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index('ix_document_expiry')
        batch_op.drop_index('ix_document_current')

    op.drop_table('document')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_assignment_unit')
        batch_op.drop_index('ix_assignment_person')

    op.drop_table('assignment')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index('ix_unit_name_en')
        batch_op.drop_index('ix_unit_name_ru')
        batch_op.drop_index('ix_unit_name_kk')
        batch_op.drop_index(batch_op.f('ix_unit_parent_id'))

    op.drop_table('unit')
    with op.batch_alter_table('serviceman', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_serviceman_status'))
        batch_op.drop_index('ix_serviceman_sort_key')
        batch_op.drop_index(batch_op.f('ix_serviceman_rank_id'))

    op.drop_table('serviceman')
    with op.batch_alter_table('rotation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rotation_decision_id'))

    op.drop_table('rotation')
    op.drop_table('decision_ceiling')
    op.drop_table('user_account')
    op.drop_table('unit_kind')
    op.drop_table('setting')
    op.drop_table('rank')
    op.drop_table('personnel_category')
    op.drop_table('mission')
    op.drop_table('document_kind')
    op.drop_table('decision')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_event_entity')
        batch_op.drop_index('ix_audit_event_at')

    op.drop_table('audit_event')
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP FUNCTION IF EXISTS audit_event_append_only()')


RANKS = [
    # code, nato, category, kk, ru, en
    ("private", "OR-1", "enlisted", "Қатардағы жауынгер", "Рядовой", "Private"),
    ("lance_corporal", "OR-2", "enlisted", "Ефрейтор", "Ефрейтор", "Lance corporal"),
    ("junior_sergeant", "OR-3", "nco", "Кіші сержант", "Младший сержант", "Junior sergeant"),
    ("sergeant", "OR-4", "nco", "Сержант", "Сержант", "Sergeant"),
    ("senior_sergeant", "OR-5", "nco", "Аға сержант", "Старший сержант", "Senior sergeant"),
    ("sergeant_3", "OR-6", "nco", "Үшінші сыныпты сержант", "Сержант 3 класса", "Sergeant 3rd class"),
    ("sergeant_2", "OR-7", "nco", "Екінші сыныпты сержант", "Сержант 2 класса", "Sergeant 2nd class"),
    ("sergeant_1", "OR-8", "nco", "Бірінші сыныпты сержант", "Сержант 1 класса", "Sergeant 1st class"),
    ("staff_sergeant", "OR-8/9", "nco", "Штаб-сержант", "Штаб-сержант", "Staff sergeant"),
    ("master_sergeant", "OR-9", "nco", "Шебер-сержант", "Мастер-сержант", "Master sergeant"),
    ("lieutenant", "OF-1", "officer", "Лейтенант", "Лейтенант", "Lieutenant"),
    ("senior_lieutenant", "OF-1", "officer", "Аға лейтенант", "Старший лейтенант", "Senior lieutenant"),
    ("captain", "OF-2", "officer", "Капитан", "Капитан", "Captain"),
    ("major", "OF-3", "officer", "Майор", "Майор", "Major"),
    ("lieutenant_colonel", "OF-4", "officer", "Подполковник", "Подполковник", "Lieutenant colonel"),
    ("colonel", "OF-5", "officer", "Полковник", "Полковник", "Colonel"),
    ("major_general", "OF-6", "officer", "Генерал-майор", "Генерал-майор", "Major general"),
    ("lieutenant_general", "OF-7", "officer", "Генерал-лейтенант", "Генерал-лейтенант", "Lieutenant general"),
    ("colonel_general", "OF-8", "officer", "Генерал-полковник", "Генерал-полковник", "Colonel general"),
    ("general_of_the_army", "OF-9", "officer", "Армия генералы", "Генерал армии", "General of the army"),
]

UNIT_KINDS = [
    ("infantry", "Жаяу әскер", "Пехотное", "Infantry"),
    ("medical", "Медициналық", "Медицинское", "Medical"),
    ("intelligence", "Барлау", "Разведывательное", "Intelligence"),
    ("engineering", "Инженерлік", "Инженерное", "Engineering"),
    ("military_police", "Әскери полиция", "Военная полиция", "Military police"),
    ("staff_officers", "Штаб офицерлері", "Штабные офицеры", "Staff officers"),
    ("military_observers", "Әскери бақылаушылар", "Военные наблюдатели", "Military observers"),
    ("hq", "Штаб", "Штаб", "Headquarters"),
    ("support", "Қамтамасыз ету", "Обеспечение", "Support"),
]

DOCUMENT_KINDS = [
    # code, expires, kk, ru, en
    ("national_passport", True, "Ұлттық паспорт", "Национальный паспорт", "National passport"),
    ("service_passport", True, "Қызметтік паспорт", "Служебный паспорт", "Service passport"),
    ("medical_fitness", True, "Медициналық жарамдылық", "Медицинская годность", "Medical fitness"),
    ("predeployment_training", True, "Миссия алдындағы даярлық", "Преддислокационная подготовка",
     "Pre-deployment training"),
    ("human_rights_screening", True, "Адам құқықтары бойынша тексеру",
     "Проверка по правам человека", "Human-rights screening"),
    ("driving_licence", True, "Жүргізуші куәлігі", "Водительское удостоверение", "Driving licence"),
    ("vaccination", True, "Вакцинация", "Вакцинация", "Vaccination"),
]

PERSONNEL_CATEGORIES = [
    # code, UN label, kk, ru, en
    ("troops", "Troops", "Контингент", "Контингент (войска)", "Troops"),
    ("staff-officer", "Staff Officer", "Штаб офицері", "Штабной офицер", "Staff officer"),
    ("expert", "Experts on Mission", "Миссиядағы сарапшы", "Эксперт в миссии (военный наблюдатель)",
     "Expert on mission"),
    ("fpu", "Formed Police Units", "Жасақталған полиция бөлімі", "Сформированное полицейское подразделение",
     "Formed police unit"),
    ("ipo", "Individual Police", "Жеке полиция қызметкері", "Индивидуальный полицейский",
     "Individual police"),
]

MISSIONS = [
    # acronym, host, iso3, start, end, status, kk, ru, en
    ("UNTSO", "Middle East", None, dt.date(1948, 5, 29), None, "active",
     "БҰҰ-ның бітімді бақылау жөніндегі ұйымы", "Орган ООН по наблюдению за выполнением условий перемирия",
     "United Nations Truce Supervision Organization"),
    ("UNMOGIP", "India/Pakistan", None, dt.date(1949, 1, 24), None, "active",
     "БҰҰ-ның Үндістан мен Пәкістандағы әскери бақылаушылар тобы",
     "Группа военных наблюдателей ООН в Индии и Пакистане",
     "United Nations Military Observer Group in India and Pakistan"),
    ("UNFICYP", "Cyprus", "CYP", dt.date(1964, 3, 27), None, "active",
     "БҰҰ-ның Кипрдегі бітімгершілік күштері", "Вооружённые силы ООН по поддержанию мира на Кипре",
     "United Nations Peacekeeping Force in Cyprus"),
    ("UNDOF", "Golan", "SYR", dt.date(1974, 5, 31), None, "active",
     "БҰҰ-ның әскерлерді бөлу бойынша бақылау күштері", "Силы ООН по наблюдению за разъединением",
     "United Nations Disengagement Observer Force"),
    ("UNIFIL", "Lebanon", "LBN", dt.date(1978, 3, 19), dt.date(2026, 12, 31), "closing",
     "БҰҰ-ның Ливандағы уақытша күштері", "Временные силы ООН в Ливане",
     "United Nations Interim Force in Lebanon"),
    ("MINURSO", "Western Sahara", "ESH", dt.date(1991, 4, 29), None, "active",
     "БҰҰ-ның Батыс Сахарадағы референдум жөніндегі миссиясы",
     "Миссия ООН по проведению референдума в Западной Сахаре",
     "United Nations Mission for the Referendum in Western Sahara"),
    ("UNMIK", "Kosovo", None, dt.date(1999, 6, 10), None, "active",
     "БҰҰ-ның Косоводағы уақытша әкімшілік миссиясы", "Миссия ООН по делам временной администрации в Косово",
     "United Nations Interim Administration Mission in Kosovo"),
    ("MONUSCO", "DR Congo", "COD", dt.date(2010, 7, 1), None, "active",
     "БҰҰ-ның Конго Демократиялық Республикасындағы тұрақтандыру миссиясы",
     "Миссия ООН по стабилизации в Демократической Республике Конго",
     "United Nations Organization Stabilization Mission in the DR Congo"),
    ("UNISFA", "Abyei", None, dt.date(2011, 6, 27), None, "active",
     "БҰҰ-ның Абьейдегі уақытша қауіпсіздік күштері", "Временные силы ООН по обеспечению безопасности в Абьее",
     "United Nations Interim Security Force for Abyei"),
    ("UNMISS", "South Sudan", "SSD", dt.date(2011, 7, 9), None, "active",
     "БҰҰ-ның Оңтүстік Судандағы миссиясы", "Миссия ООН в Южном Судане",
     "United Nations Mission in South Sudan"),
    ("MINUSCA", "Central African Republic", "CAF", dt.date(2014, 4, 10), None, "active",
     "БҰҰ-ның Орталық Африка Республикасындағы тұрақтандыру миссиясы",
     "Многопрофильная комплексная миссия ООН по стабилизации в Центральноафриканской Республике",
     "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
    ("MINUSMA", "Mali", "MLI", dt.date(2013, 4, 25), dt.date(2023, 6, 30), "closed",
     "БҰҰ-ның Мали тұрақтандыру миссиясы", "Многопрофильная комплексная миссия ООН по стабилизации в Мали",
     "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    ("UNOCI", "Cote d'Ivoire", "CIV", dt.date(2004, 4, 4), dt.date(2017, 6, 30), "closed",
     "БҰҰ-ның Кот-д'Ивуардағы операциясы", "Операция ООН в Кот-д'Ивуаре",
     "United Nations Operation in Cote d'Ivoire"),
]


def _binary_string(length):
    # As db.base.binary_string: code point order on PostgreSQL too (sort keys, tokens).
    return sa.String(length=length).with_variant(sa.String(length=length, collation='C'),
                                                  'postgresql')


def _append_only_audit() -> None:
    """The database itself refuses to change or remove an audit event (written by hand)."""
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for verb in ('UPDATE', 'DELETE'):
            op.execute(f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                       "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END")
    elif dialect == 'postgresql':
        op.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'audit events are append-only' "
                   "USING ERRCODE = 'restrict_violation'; END $$")
        op.execute("CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
                   "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")
        op.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()")


def _tracked(**values):
    now = dt.datetime(2026, 1, 1)
    return {"uid": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1,
            "origin": "HQ", **values}


def _table(name, *columns):
    base = [sa.column("uid", sa.Uuid()), sa.column("created_at", sa.DateTime()),
            sa.column("updated_at", sa.DateTime()), sa.column("version", sa.Integer()),
            sa.column("origin", sa.String())]
    return sa.table(name, *base, *[sa.column(c) for c in columns])


def _seed() -> None:
    names = ("name_kk", "name_ru", "name_en")
    op.bulk_insert(
        _table("rank", "code", "nato_code", "category", "sort_order", *names),
        [_tracked(code=c, nato_code=n, category=cat, sort_order=i * 10, name_kk=kk, name_ru=ru,
                  name_en=en)
         for i, (c, n, cat, kk, ru, en) in enumerate(RANKS, 1)],
    )
    op.bulk_insert(
        _table("unit_kind", "code", "sort_order", *names),
        [_tracked(code=c, sort_order=i, name_kk=kk, name_ru=ru, name_en=en)
         for i, (c, kk, ru, en) in enumerate(UNIT_KINDS, 1)],
    )
    op.bulk_insert(
        _table("document_kind", "code", "expires", "sort_order", *names),
        [_tracked(code=c, expires=exp, sort_order=i, name_kk=kk, name_ru=ru, name_en=en)
         for i, (c, exp, kk, ru, en) in enumerate(DOCUMENT_KINDS, 1)],
    )
    op.bulk_insert(
        _table("personnel_category", "code", "un_label", "sort_order", *names),
        [_tracked(code=c, un_label=un, sort_order=i, name_kk=kk, name_ru=ru, name_en=en)
         for i, (c, un, kk, ru, en) in enumerate(PERSONNEL_CATEGORIES, 1)],
    )
    mission = _table("mission", "acronym", "host_country", "iso3", "start_date", "end_date",
                     "status", *names)
    mission.c.start_date.type = sa.Date()
    mission.c.end_date.type = sa.Date()
    op.bulk_insert(
        mission,
        [_tracked(acronym=a, host_country=h, iso3=iso, start_date=s, end_date=e, status=st,
                  name_kk=kk, name_ru=ru, name_en=en)
         for a, h, iso, s, e, st, kk, ru, en in MISSIONS],
    )
