"""The office's PostgreSQL server enforces the permission table itself, so a user who takes the database password
into another program gains nothing.

`secure(conn)` is run by the owner at the end of every `workbench db upgrade` of a PostgreSQL database (in the
upgrade's transaction). From `permissions.matrix()` it makes:
- one group role per workbench role and database (`<database>_<role>`, NOLOGIN, no BYPASSRLS);
- GRANTs per table and per column: a role reads, inserts and updates only the columns of the field classes it may
  (a viewer gets no SELECT on a personal column, so `SELECT head_name FROM households` is "permission denied");
- row-level security, ENABLEd and FORCEd, on every table whose records belong to a site or project or may be
  sensitive: a user reads and writes only the rows of its scopes (from `users`/`user_scopes`, by `session_user`),
  and only a role that reads sensitive records sees them;
- the audit log: every role may insert and read it, none may update or delete it; a trigger stamps each entry with
  the server's time and the logged-in user; an administrator erases values only through `wb_erase_audit_values`;
- no CREATE on the schema and no ownership for anyone but the owner: only the owner changes the schema.

A person logs in with their own login role (`workbench user add` makes it, `user set` and `user deactivate` change
its group), and the workbench takes its identity from the server (`login_user`). No Qt.
"""

from __future__ import annotations

import re
import time

from sqlalchemy import inspect as sa_inspect, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from workbench.models.base import Base
from workbench.services import permissions as p

# The tables that are no kind's: what each role may do there, beside what the permission table says.
AUDIT_TABLES = ("audit_log", "audit_chain_head")
EVERYONE_READS = ("users", "user_scopes", "alembic_version")  # who is who, and the schema's version
SYNC_TABLES = {  # and the columns everyone reads
    "sync_nodes": ("id", "uid", "name", "role", "office_uid", "is_self", "user_name", "scope", "sign_public",
                   "box_public", "sent_upto", "acked_upto", "received_upto", "enrolled_at", "last_exchange_at"),
    "sync_conflicts": ("id", "node_id", "table_name", "record_uid", "field", "reason", "found_at", "resolved_at"),
}
_FUNCTIONS = ("wb_whole_office()", "wb_scope_project_ids()", "wb_scope_site_ids()", "wb_site_ids()")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def group_role(database: str, role: str) -> str:
    """The server's group role of a workbench role in one database (roles are the cluster's, databases many)."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[: 62 - len(role)]
    return f"{base}_{role}"


WHOLE_OFFICE = "whole_office"  # beside the roles' groups: the people with no scope, whose rows are all rows


def groups(conn: Connection) -> dict[str, str]:
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return {role: group_role(database, role) for role in p.ROLES}


def whole_office_group(conn: Connection) -> str:
    return group_role(conn.execute(text("SELECT current_database()")).scalar_one(), WHOLE_OFFICE)


def enforced(conn: Connection) -> bool:
    """Whether this PostgreSQL database has had its roles and policies made (by `secure`)."""
    admin = groups(conn)["admin"]
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": admin}).first() is not None


def login_user(conn: Connection) -> str | None:
    """The workbench user the server has logged in (session_user), when it is an active user of this database; None
    for the owner, a superuser or any other login that is no workbench user."""
    if conn.dialect.name != "postgresql":
        return None
    return conn.execute(text("SELECT username FROM users WHERE username = session_user AND active")).scalar()


def is_owner(conn: Connection) -> bool:
    """Whether the logged-in role owns the workbench's tables (or is a superuser): only it upgrades the schema."""
    return bool(conn.execute(text(
        "SELECT rolsuper OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'alembic_version'), 'MEMBER') "
        "FROM pg_roles WHERE rolname = current_user")).scalar())


# --- what each table is ---------------------------------------------------------------------------------

def _kinds_by_table() -> dict[str, p.Kind]:
    return {k.table_name: k for k in p._kinds().values()}


def _owner_kind(table) -> tuple[p.Kind, str] | None:
    """A table that is no kind's but belongs to one (a workflow's steps, a grant's tranches, an attachment's bytes):
    that kind and the column leading to it."""
    kinds = _kinds_by_table()
    for column in table.columns:
        for fk in column.foreign_keys:
            kind = kinds.get(fk.column.table.name)
            if kind is not None:
                return kind, column.name
    if table.name == "attachment_contents":
        return p.kind_named("attachment"), ""
    return None


def _row_condition(kind: p.Kind, role: str) -> str | None:
    """The SQL condition of the rows of a kind a role may read and write, or None when every row is."""
    parts = []
    direct, up = p._scope_path(kind)
    if kind.name == "site":
        parts.append("(SELECT wb_whole_office()) OR id IN (SELECT wb_site_ids())")
    elif kind.name == "project":
        parts.append("(SELECT wb_whole_office()) OR id IN (SELECT wb_scope_project_ids()) "
                     "OR id IN (SELECT project_id FROM sites WHERE id IN (SELECT wb_scope_site_ids()))")
    elif direct:
        ways = []
        if "site_id" in direct:
            ways.append("site_id IN (SELECT wb_site_ids())")
        if "project_id" in direct:
            ways.append("project_id IN (SELECT wb_scope_project_ids())")
        parts.append("(SELECT wb_whole_office()) OR " + " OR ".join(ways))
    elif up:
        key, target = up  # the record above is itself kept to the user's rows by its own policy
        parts.append(f"(SELECT wb_whole_office()) OR {_ident(key)} IN (SELECT id FROM {_ident(target.table_name)})")
    sensitive = p.sensitive_clause(kind)
    if sensitive is not None and not p.allowed(role, kind, "read", "sensitive"):
        parts.append("NOT (" + str(sensitive.compile(dialect=postgresql.dialect(),
                                                     compile_kwargs={"literal_binds": True})) + ")")
    return " AND ".join(f"({x})" for x in parts) if parts else None


def _column_sets(kind: p.Kind, table) -> dict[str, tuple[str, ...]]:
    every = [c.name for c in table.columns]
    personal = set(p.columns(kind, "personal"))
    # A kind whose sensitive records are a condition (a GBV referral) keeps those rows from the roles that may not
    # read them (row-level security); its sensitive fields of the other rows are ordinary ones.
    sensitive = set(p.columns(kind, "sensitive")) if kind.sensitive is None else set()
    return {"ordinary": tuple(c for c in every if c not in personal | sensitive),
            "personal": tuple(c for c in every if c in personal),
            "sensitive": tuple(c for c in every if c in sensitive)}


def _privileges(kind: p.Kind, table, role: str, own_table: bool) -> list[tuple[str, tuple[str, ...] | None]]:
    """(privilege, columns or None for the whole table) a role has on a table of a kind."""
    sets = _column_sets(kind, table) if own_table else {"ordinary": tuple(c.name for c in table.columns)}

    def cols(action: str) -> tuple[str, ...]:
        if not p.allowed(role, kind, action):
            return ()
        return tuple(c for fc, names in sets.items() if names and p.allowed(role, kind, action, fc)
                     for c in names)

    out: list[tuple[str, tuple[str, ...] | None]] = []
    read = cols("read")
    if read:
        out.append(("SELECT", read))
    if own_table:
        if cols("create"):
            out.append(("INSERT", cols("create")))
        changed = set(cols("edit"))
        if p.has_steps(kind) and p.allowed(role, kind, "step"):
            changed |= set(kind.workflow_fields) | {"version"} & {c.name for c in table.columns}
        if changed:
            out.append(("UPDATE", tuple(c for c in sets["ordinary"] + sets["personal"] + sets["sensitive"]
                                         if c in changed)))
    else:  # a step's record, a tranche, an attachment's bytes: written with what they belong to
        if any(p.allowed(role, kind, a) for a in ("create", "edit", "step")):
            out += [("INSERT", None), ("UPDATE", None)]
    if p.allowed(role, kind, "delete") or (not own_table and p.allowed(role, kind, "edit")):
        out.append(("DELETE", None))
    return out


# --- making it ------------------------------------------------------------------------------------------

def _functions(conn: Connection) -> None:
    """The user's scopes, for the policies: SECURITY DEFINER (they read users and user_scopes as the owner), by
    session_user (the person logged in, whatever role they SET)."""
    body = {
        "wb_whole_office() RETURNS boolean":
            "SELECT NOT EXISTS (SELECT 1 FROM user_scopes s JOIN users u ON u.id = s.user_id "
            "WHERE u.username = session_user)",
        "wb_scope_project_ids() RETURNS SETOF integer":
            "SELECT s.project_id FROM user_scopes s JOIN users u ON u.id = s.user_id "
            "WHERE u.username = session_user AND s.project_id IS NOT NULL",
        "wb_scope_site_ids() RETURNS SETOF integer":
            "SELECT s.site_id FROM user_scopes s JOIN users u ON u.id = s.user_id "
            "WHERE u.username = session_user AND s.site_id IS NOT NULL",
        "wb_site_ids() RETURNS SETOF integer":
            "SELECT id FROM sites WHERE id IN (SELECT wb_scope_site_ids()) "
            "OR project_id IN (SELECT wb_scope_project_ids())",
    }
    for signature, sql in body.items():
        conn.execute(text(f"CREATE OR REPLACE FUNCTION {signature} LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER "
                          f"SET search_path = public, pg_temp AS $$ {sql} $$"))
    # Each entry is stamped by the server: its time, and the person logged in when that is a workbench user (an
    # entry claiming someone else then no longer matches its hash, and `workbench db check` names it).
    conn.execute(text(
        "CREATE OR REPLACE FUNCTION audit_log_server_time() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN NEW.at := now(); "
        "IF EXISTS (SELECT 1 FROM users WHERE username = session_user) THEN NEW.user_name := session_user; END IF; "
        "RETURN NEW; END $$"))
    # Erasure on request (services/audit.redact_entries) replaces values; nobody has UPDATE on the log itself.
    conn.execute(text(
        "CREATE OR REPLACE FUNCTION wb_erase_audit_values(entry integer, old text, new text, kept text) "
        "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN "
        "UPDATE audit_log SET old_value = old, new_value = new, salt = NULL, digests = kept WHERE id = entry; "
        "END $$"))


def secure(conn: Connection) -> None:
    """Group roles, grants, column privileges and row-level security from the permission table (idempotent)."""
    if conn.dialect.name != "postgresql":
        return
    names = groups(conn)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    whole = whole_office_group(conn)
    existing = {r for (r,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"),
                                           {"n": [*names.values(), whole]})}
    for group in (*names.values(), whole):
        if group not in existing:
            conn.execute(text(f"CREATE ROLE {_ident(group)} NOLOGIN NOINHERIT NOBYPASSRLS"))
    everyone = ", ".join(_ident(g) for g in names.values())
    conn.execute(text(f"REVOKE ALL ON DATABASE {_ident(database)} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {_ident(database)} TO {everyone}"))
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {everyone}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}"))
    _functions(conn)
    ours = ", ".join((*_FUNCTIONS, "audit_log_server_time()", "wb_erase_audit_values(integer, text, text, text)"))
    conn.execute(text(f"REVOKE ALL ON FUNCTION {ours} FROM PUBLIC, {everyone}"))  # not pg_trgm's, say
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION {', '.join(_FUNCTIONS)} TO {everyone}"))
    conn.execute(text("GRANT EXECUTE ON FUNCTION wb_erase_audit_values(integer, text, text, text) "
                      f"TO {_ident(names['admin'])}"))
    kinds = _kinds_by_table()
    readers_of_values = [g for role, g in names.items()
                         if any(p.allowed(role, k, "read", "personal") for k in kinds.values())]
    for table in Base.metadata.sorted_tables:
        name = _ident(table.name)
        if table.name in SYNC_TABLES:
            # Field laptops' sync: an administrator exchanges packages and resolves conflicts; everyone reads which
            # records are in conflict (the record window's badge) and the peers, never the private keys nor the
            # conflicting values (a laptop's change, names included).
            conn.execute(text(f"GRANT SELECT, INSERT, UPDATE ON {name} TO {_ident(names['admin'])}"))
            seen = ", ".join(_ident(c) for c in SYNC_TABLES[table.name])
            conn.execute(text(f"GRANT SELECT ({seen}) ON {name} TO {everyone}"))
            continue
        if table.name in AUDIT_TABLES:
            audit_columns = [c.name for c in table.columns]
            if table.name == "audit_log":  # the values hold personal data: only roles that read some read them
                plain = ", ".join(_ident(c) for c in audit_columns if c not in ("old_value", "new_value"))
                conn.execute(text(f"GRANT SELECT ({plain}), INSERT ON {name} TO {everyone}"))
                if readers_of_values:
                    conn.execute(text(f"GRANT SELECT ON {name} TO {', '.join(map(_ident, readers_of_values))}"))
            else:  # the chain's head is locked and moved by every writer; `db check` names a tampered head
                conn.execute(text(f"GRANT SELECT, UPDATE ON {name} TO {everyone}"))
            continue
        own = kinds.get(table.name)
        if table.name in EVERYONE_READS and own is None:
            conn.execute(text(f"GRANT SELECT ON {name} TO {everyone}"))
        belongs = (own, "") if own is not None else _owner_kind(table)
        if belongs is None:
            continue
        kind, key = belongs
        for role, group in names.items():
            if table.name in EVERYONE_READS:
                conn.execute(text(f"GRANT SELECT ON {name} TO {_ident(group)}"))
            for privilege, columns in _privileges(kind, table, role, own is not None):
                cols = f" ({', '.join(map(_ident, columns))})" if columns else ""
                conn.execute(text(f"GRANT {privilege}{cols} ON {name} TO {_ident(group)}"))
        _policies(conn, table, kind, key if own is None else None, names)
    conn.execute(text("GRANT SELECT ON alembic_version TO " + everyone))


def unsecure(conn: Connection) -> None:
    """Every policy dropped (before revisions change tables the policies read; `secure` makes them again after)."""
    if conn.dialect.name != "postgresql":
        return
    for table, policy in conn.execute(text("SELECT tablename, policyname FROM pg_policies "
                                           "WHERE schemaname = current_schema()")).all():
        conn.execute(text(f"DROP POLICY {_ident(policy)} ON {_ident(table)}"))


def server_only(name: str | None, type_: str) -> bool:
    """What the server holds that the models do not: the search's and the sorts' indexes (revision 0014)."""
    return type_ == "index" and bool(name) and name.endswith(("_trgm", "_sort"))


def _policies(conn: Connection, table, kind: p.Kind, via: str | None, names: dict[str, str]) -> None:
    """Row-level security on one table: per role, the rows its users may read and write."""
    name = _ident(table.name)
    for (policy,) in conn.execute(text("SELECT policyname FROM pg_policies WHERE tablename = :t"),
                                  {"t": table.name}).all():
        conn.execute(text(f"DROP POLICY {_ident(policy)} ON {name}"))
    conditions = {}
    for role, group in names.items():
        if via is None:
            condition = _row_condition(kind, role)
        elif via and (p.scoped(kind) or kind.sensitive is not None):  # a kind's steps: as the record they belong to
            condition = f"{_ident(via)} IN (SELECT id FROM {_ident(kind.table_name)})"
        else:
            condition = None
        conditions[group] = condition
    if all(c is None for c in conditions.values()):
        conn.execute(text(f"ALTER TABLE {name} NO FORCE ROW LEVEL SECURITY"))
        conn.execute(text(f"ALTER TABLE {name} DISABLE ROW LEVEL SECURITY"))
        return
    conn.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY"))
    conn.execute(text(f"CREATE POLICY wb_owner ON {name} FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true)"))
    if kind.sensitive is None:
        # The people of the whole office read every row: a policy of its own, `true`, so the planner drops the
        # scope condition for them (a million households counted at the floor's speed, sorted from an index).
        whole = _ident(whole_office_group(conn))
        conn.execute(text(f"CREATE POLICY wb_whole_office ON {name} FOR ALL TO {whole} USING (true) "
                          "WITH CHECK (true)"))
    for group, condition in conditions.items():
        condition = condition or "true"
        conn.execute(text(f"CREATE POLICY {_ident('wb_' + group[-40:])} ON {name} FOR ALL TO {_ident(group)} "
                          f"USING ({condition}) WITH CHECK ({condition})"))


# --- people ---------------------------------------------------------------------------------------------

def set_login(conn: Connection, username: str, role: str | None, password: str | None = None) -> None:
    """A person's login role: made if missing (with a password when given), a member of its workbench role's group
    in this database and of no other, and of the whole office's group when it has no scope (call it again when its
    scopes change); role None (deactivated) leaves it in none. An administrator's login may make
    logins (CREATEROLE), as `workbench user add` needs."""
    if not enforced(conn):
        return
    for attempt in range(8):
        try:
            with conn.begin_nested():  # rolled back on any error, the rest of the transaction kept
                _set_login(conn, username, role, password)
            return
        except DBAPIError as error:
            if not _concurrent_login_change(error) or attempt == 7:
                raise
            time.sleep(0.05 * (attempt + 1))


def _concurrent_login_change(error: DBAPIError) -> bool:
    """PostgreSQL refusing a change of a login role because another transaction changed it meanwhile: "tuple
    concurrently updated/deleted" (XX000), the same membership granted at once (23505 on pg_auth_members), or a
    deadlock between the two (40P01). Read from the server's code and message, never from the statement (which may
    hold a password)."""
    orig = getattr(error, "orig", None)
    state = getattr(orig, "sqlstate", None)
    diag = getattr(orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or "") if diag is not None else ""
    constraint = (getattr(diag, "constraint_name", None) or "") if diag is not None else ""
    return (state == "XX000" and "concurrently" in message) or state == "40P01" or \
        (state == "23505" and constraint.startswith(("pg_auth", "pg_authid")))


def _set_login(conn: Connection, username: str, role: str | None, password: str | None) -> None:
    """set_login's changes, each only if the login differs. Login roles are the server's, shared by its databases:
    two databases changing the same person's login at the same moment make PostgreSQL refuse the second ("tuple
    concurrently updated"); set_login then rolls its savepoint back and reads and changes the login again, once the
    first has committed, the rest of the transaction kept."""
    names = groups(conn)
    who = _ident(username)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": username}).first()
    if not exists:
        password_sql = f" PASSWORD {_literal(password)}" if password else ""
        conn.execute(text(f"CREATE ROLE {who} LOGIN INHERIT NOBYPASSRLS{password_sql}"))
    elif password:
        conn.execute(text(f"ALTER ROLE {who} PASSWORD {_literal(password)}"))
    member_of = set(conn.execute(text(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": username}).scalars())
    for other, group in names.items():
        if other != role and group in member_of:
            conn.execute(text(f"REVOKE {_ident(group)} FROM {who}"))
    if role is not None and names[role] not in member_of:
        conn.execute(text(f"GRANT {_ident(names[role])} TO {who}"))
    whole = whole_office_group(conn)
    scoped = conn.execute(text("SELECT 1 FROM user_scopes s JOIN users u ON u.id = s.user_id WHERE u.username = :n"),
                          {"n": username}).first()
    if role is not None and not scoped:
        if whole not in member_of:
            conn.execute(text(f"GRANT {_ident(whole)} TO {who}"))
    elif whole in member_of:
        conn.execute(text(f"REVOKE {_ident(whole)} FROM {who}"))
    # PostgreSQL 15: CREATEROLE lets the administrator make logins and give them their group (user add/set)
    creates = conn.execute(text("SELECT rolcreaterole FROM pg_roles WHERE rolname = :n"), {"n": username}).scalar()
    if bool(creates) != (role == "admin"):
        conn.execute(text(f"ALTER ROLE {who} {'CREATEROLE' if role == 'admin' else 'NOCREATEROLE'}"))


def table_columns(table: str) -> list[str]:
    return [c.name for c in sa_inspect(Base.metadata.tables[table]).columns]
