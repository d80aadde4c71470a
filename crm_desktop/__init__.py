"""CRM Desktop: an offline-first personal CRM for the desktop."""

__version__ = "0.1.0"
APP_NAME = "crm-desktop"
