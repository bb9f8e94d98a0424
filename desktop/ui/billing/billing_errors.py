"""The service's billing refusals, said in the user's language; the rest as everywhere else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.api.errors import ApiError, ServerUnreachable
from desktop.ui.text.error_text import UserMessage, describe


def describe_billing(error: BaseException) -> UserMessage:
    if isinstance(error, ApiError):
        text = _billing_text(error.code)
        if text:
            return UserMessage(text)
    return describe(error)


def outcome_unknown(error: BaseException) -> bool:
    """A write whose answer never came: the service may have made it (or not)."""
    return isinstance(error, ServerUnreachable) and error.request_sent


def not_sent(error: BaseException) -> bool:
    """A write that never left: the service cannot have made it."""
    return isinstance(error, ServerUnreachable) and not error.request_sent


def unknown_text() -> str:
    return QCoreApplication.translate(
        "BillingErrors",
        "No answer from the service — the change may have gone through. "
        "Checking again when the connection returns.",
    )


def not_made_text() -> str:
    return QCoreApplication.translate(
        "BillingErrors",
        "The change was not made: the service could not be reached. "
        "Try again when the connection returns.",
    )


def _billing_text(code: str) -> str:
    texts = {
        "addon_not_eligible": QCoreApplication.translate(
            "BillingErrors", "Premium Support needs at least 10 licences."
        ),
        "invoice_payer_contact_sales": QCoreApplication.translate(
            "BillingErrors",
            "Your team pays by invoice: contact your sales representative to buy Premium Support.",
        ),
        "addon_already_active": QCoreApplication.translate(
            "BillingErrors", "Your team already has this tier. The page now shows the latest state."
        ),
        "addon_ended": QCoreApplication.translate(
            "BillingErrors", "This add-on has already ended. Add it again to use it."
        ),
        "no_removal_scheduled": QCoreApplication.translate(
            "BillingErrors",
            "No removal is scheduled any more. The page now shows the latest state.",
        ),
        "consultation_already_booked": QCoreApplication.translate(
            "BillingErrors", "Your team has already booked its consultation for this product."
        ),
        "slot_taken": QCoreApplication.translate(
            "BillingErrors", "Someone else booked this time first. Please pick another time."
        ),
        "slot_not_offered": QCoreApplication.translate(
            "BillingErrors", "This time can no longer be booked. Please pick another time."
        ),
        "addon_required": QCoreApplication.translate(
            "BillingErrors", "This comes with Premium Support, which this product does not have."
        ),
        "invalid_phone": QCoreApplication.translate(
            "BillingErrors",
            "Enter a phone number that can be dialled directly, with its country code.",
        ),
    }
    return texts.get(code, "")
