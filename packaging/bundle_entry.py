"""The PyInstaller bundle's program: ``crm-desktop`` itself (the window, or a command)."""

import sys

from crm_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
