"""Translated names for the API's enum values (status, product, channel, …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The API's enum values, in the order lists, filters and exports offer them.
STATUSES = ("new", "open", "pending", "solved", "closed")
CHANNELS = ("request", "chat", "callback", "email")
PRODUCTS = ("dropbox", "dash")


def status_label(status: str) -> str:
    # "Open" is a state here, not the action: the context says so.
    labels = {
        "new": QCoreApplication.translate("TicketStatus", "New"),
        "open": QCoreApplication.translate("TicketStatus", "Open"),
        "pending": QCoreApplication.translate("TicketStatus", "Pending"),
        "solved": QCoreApplication.translate("TicketStatus", "Solved"),
        "closed": QCoreApplication.translate("TicketStatus", "Closed"),
    }
    return labels.get(status, status)


def product_label(product: str) -> str:
    # Product names are brands: the same in every language.
    return {"dropbox": "Dropbox", "dash": "Dropbox Dash"}.get(product, product)


def channel_label(channel: str) -> str:
    labels = {
        "request": QCoreApplication.translate("TicketChannel", "Request"),
        "chat": QCoreApplication.translate("TicketChannel", "Chat"),
        "callback": QCoreApplication.translate("TicketChannel", "Callback"),
        "email": QCoreApplication.translate("TicketChannel", "E-mail"),
    }
    return labels.get(channel, channel)


CATEGORIES = (
    "sign_in",
    "sharing",
    "sync",
    "billing",
    "admin_console",
    "data_recovery",
    "integrations",
    "performance",
    "other",
)


def category_label(category: str) -> str:
    labels = {
        "sign_in": QCoreApplication.translate("TicketCategory", "Sign-in and access"),
        "sharing": QCoreApplication.translate("TicketCategory", "Sharing"),
        "sync": QCoreApplication.translate("TicketCategory", "Sync"),
        "billing": QCoreApplication.translate("TicketCategory", "Billing"),
        "admin_console": QCoreApplication.translate("TicketCategory", "Admin console"),
        "data_recovery": QCoreApplication.translate("TicketCategory", "Data recovery"),
        "integrations": QCoreApplication.translate("TicketCategory", "Integrations"),
        "performance": QCoreApplication.translate("TicketCategory", "Performance"),
        "other": QCoreApplication.translate("TicketCategory", "Other"),
    }
    return labels.get(category, category)


def author_label(kind: str, name: str) -> str:
    """R17: a teammate's reply on someone else's ticket shows as "Colleague"."""
    if kind == "self":
        return QCoreApplication.translate("Author", "You")
    if kind == "colleague":
        return QCoreApplication.translate("Author", "Colleague")
    if kind == "agent":
        return QCoreApplication.translate("Author", "{name} (Support)").format(name=name)
    return name
