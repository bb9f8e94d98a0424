"""Widgets, dialogs and Qt item models. No httpx, no sqlite here."""
