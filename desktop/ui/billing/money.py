"""Money for the Billing page, in the UI language's formats (``QLocale``).

Amounts stay ``Decimal`` all the way to the text: QLocale's own currency
formatting takes a float, which cannot hold every cent exactly. The locale
still decides the decimal sign, the grouping and where the symbol goes.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

CENT = Decimal("0.01")
# The team's currency, not the locale's: a Japanese admin of a euro team pays in euros.
SYMBOLS = {"EUR": "€", "USD": "US$", "GBP": "£", "JPY": "¥"}
_SENTINEL = 7  # formatted by QLocale to learn where the number goes


def format_money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """``€1,234.50`` (en), ``€1,234.50`` (ja), ``€ 1.234,50`` (nl) — exact to the cent."""
    locale = locale or QLocale()
    symbol = SYMBOLS.get(currency, currency)
    cents = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    whole, fraction = divmod(abs(cents), 1)
    number = "{whole}{point}{fraction}".format(
        whole=locale.toString(int(whole)),
        point=locale.decimalPoint(),
        fraction=f"{int(fraction * 100):02d}",
    )
    pattern = locale.toCurrencyString(-_SENTINEL if cents < 0 else _SENTINEL, symbol)
    return pattern.replace(str(_SENTINEL), number, 1)
