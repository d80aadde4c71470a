"""The command line: ``crm-desktop COMMAND`` (``commands``), and its JSON shapes
(``json_shapes``). No Qt is imported here."""

from crm_desktop.cli.commands import build_parser as build_parser
from crm_desktop.cli.commands import run_command as run_command
from crm_desktop.cli.when import parse_when as parse_when
