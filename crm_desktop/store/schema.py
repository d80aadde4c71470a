"""Facts about the schema that need no SQLAlchemy or Alembic import."""

# The newest migration's revision. A database already at it opens without importing
# Alembic (~90 ms of every command); tests/store keeps it equal to Alembic's head.
SCHEMA_REVISION = "0004"
# Every revision this version can open (older ones are upgraded); tests/store keeps it equal
# to the migration scripts' revisions, so that checking a backup needs no Alembic import.
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004"})
