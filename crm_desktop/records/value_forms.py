"""The forms an email address and a phone number must have where a person types them (the
editors, the command line); imports keep what a file holds. Standard library only."""

from __future__ import annotations

import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
PHONE = re.compile(r"^\+?[0-9\s().\-/]*[0-9][0-9\s().\-/]*(;ext=\d+|\s*(x|ext\.?)\s*\d+)?$")
