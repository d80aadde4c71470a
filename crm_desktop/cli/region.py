"""``--region CC`` on the command line: the country national phone numbers are read in, as
the window's Edit > Preferences region is (a usage error for a code phonenumbers does not
know)."""

from __future__ import annotations

import argparse


def region_argument(text: str) -> str:
    """``--region``: a two-letter country code (any case), upper-cased; else a usage error
    naming it."""
    from crm_desktop.services.matching import phone_region

    region = phone_region(text)
    if region is None:
        raise argparse.ArgumentTypeError(
            f"unknown country code: {text!r} (an ISO 3166 two-letter code, e.g. GR or US)"
        )
    return region


def add_region_option(parser: argparse.ArgumentParser, where: str) -> None:
    """The ``--region CC`` option of ``import`` and ``sync``; ``where``: which numbers."""
    parser.add_argument(
        "--region",
        metavar="CC",
        type=region_argument,
        help=f"read national phone numbers (no +code) {where} as this country's (ISO code, "
        "e.g. GR), as the window's Preferences region does (default: your locale's country, "
        "LANG)",
    )
