"""What buying charged, said after Confirm (R10): the pro-rata amount now and the regular
amount from the renewal date, both from the quote the service charged (never computed here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.api.billing import Quote
from desktop.ui.billing.money import format_money
from desktop.ui.text.formatting import date_in_text


def charged_text(quote: Quote) -> str:
    full = format_money(quote.full_amount_next_cycle, quote.currency)
    date = date_in_text(quote.period_end)
    if quote.prorated_amount > 0:
        return QCoreApplication.translate(
            "ChargedText",
            "Charged now: {amount}, the pro-rata amount until {date}. From {date}, {full} a "
            "month is charged with your subscription.",
        ).format(amount=format_money(quote.prorated_amount, quote.currency), date=date, full=full)
    return QCoreApplication.translate(
        "ChargedText",
        "Nothing was charged now. From {date}, {full} a month is charged with your subscription.",
    ).format(date=date, full=full)
