"""Facts about the schema that need no SQLAlchemy or Alembic import."""

# The newest migration's revision. A database already at it opens without importing
# Alembic (~90 ms of every command); tests/store keeps it equal to Alembic's head.
SCHEMA_REVISION = "0004"
