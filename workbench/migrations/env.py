"""Alembic environment: runs on the connection the workbench hands over, or on sqlalchemy.url."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from workbench.models import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
        # The whole upgrade, every revision and the version stamp, in one transaction: a crash midway
        # leaves the database at its old revision. SQLite does DDL in transactions; Alembic assumes not.
        transactional_ddl=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    with engine.connect() as conn:
        run_on(conn)
