"""The command line: ``crm-desktop COMMAND``. ``parser`` holds the arguments, ``commands``
runs them (``import_command`` the import), ``opening`` opens the database for them, and
``json_shapes`` prints their records. No Qt is imported here."""

from crm_desktop.cli.commands import run_command as run_command
from crm_desktop.cli.parser import build_parser as build_parser
from crm_desktop.cli.when import parse_when as parse_when
