"""Partial dates (re-exported from ``crm_desktop.partial_dates``, shared with interop)."""

from crm_desktop.partial_dates import month_day as month_day
from crm_desktop.partial_dates import normalize_partial_date as normalize_partial_date
