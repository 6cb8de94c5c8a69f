"""roles: a user's role is one of the workbench's roles, and its scopes are projects and sites

Users' free-text roles become the roles of services/permissions.py ("programme officer" is an officer; what no role
names becomes a viewer, who changes nothing), held by a check constraint; user_scopes holds each user's projects and
sites (none: the whole office). The creator of the database (or whoever upgrades one without an administrator)
becomes its administrator afterwards, in the same transaction (db.upgrade_schema).

Revision ID: 0013_roles
Revises: 0012_audit_chain
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_roles"
down_revision = "0012_audit_chain"
branch_labels = None
depends_on = None

ROLES = ("viewer", "officer", "site_manager", "me_officer", "protection", "admin")
OLD_ROLES = {"programme officer": "officer", "officer": "officer", "site manager": "site_manager",
             "site_manager": "site_manager", "m&e officer": "me_officer", "me officer": "me_officer",
             "me_officer": "me_officer", "protection focal point": "protection", "protection officer": "protection",
             "protection": "protection", "administrator": "admin", "admin": "admin",
             "data protection officer": "admin", "viewer": "viewer"}


def new_role(old: str | None) -> str:
    """What a free-text role becomes: the roles' own words, else an "... officer" is an officer (a "site management
    officer" a site manager), and anything else (an engineer, an intern) a viewer until an administrator says more."""
    text = (old or "").strip().lower()
    if text in OLD_ROLES:
        return OLD_ROLES[text]
    if "m&e" in text or "monitoring" in text:
        return "me_officer"
    if "protection" in text:
        return "protection"
    if "site manage" in text:
        return "site_manager"
    return "officer" if text.endswith("officer") else "viewer"


def upgrade() -> None:
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("role", sa.String))
    connection = op.get_bind()
    for ident, role in connection.execute(sa.select(users.c.id, users.c.role)).all():
        new = new_role(role)
        if new != role:
            connection.execute(users.update().where(users.c.id == ident).values(role=new))
    with op.batch_alter_table("users", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.create_check_constraint(op.f("ck_users_role"), f"role IN ({', '.join(repr(r) for r in ROLES)})")

    op.create_table(
        "user_scopes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("(project_id IS NULL) <> (site_id IS NULL)", name=op.f("ck_user_scopes_one_place")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_scopes_user_id_users"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"], name=op.f("fk_user_scopes_project_id_projects"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_user_scopes_site_id_sites"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_scopes")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("user_scopes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_scopes_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_table("user_scopes")
    with op.batch_alter_table("users", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_constraint(op.f("ck_users_role"), type_="check")
