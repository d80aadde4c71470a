"""CRM Desktop: an offline-first personal CRM for the desktop."""

__version__ = "0.1.0"
APP_NAME = "crm-desktop"
# The reverse-DNS id of the desktop integration: the .desktop file's and the AppStream
# metainfo's name, the hicolor icon's, Wayland's app id (QGuiApplication.desktopFileName), the
# Flatpak's and the macOS bundle identifier (packaging/).
APP_ID = "org.crmdesktop.CrmDesktop"
