"""Phone numbers as the user types them: dialable or not, and their international form."""

from __future__ import annotations

# phonenumbers is imported on first use: its metadata costs ~13 ms of every start
# otherwise, and only the callback form needs it.

# The country a national number is read in: the account's language where it belongs to
# one country, as the service reads it (backend/api/ticket_writes.py), else the computer's.
LANGUAGE_REGIONS = {"ja": "JP", "nl": "NL"}


def home_region(system_territory: str, account_language: str) -> str:
    """``NL`` for a Dutch account, or for an English one on a Dutch computer; "" if unknown.

    The hint under the field shows the number as read (+31 20 …) before anything is sent.
    """
    return LANGUAGE_REGIONS.get(account_language, system_territory)


def to_e164(text: str, region: str) -> str | None:
    """``020 123 4567`` read in ``NL`` → ``+31201234567``; None if it cannot be dialled."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def international(e164: str) -> str:
    """``+31201234567`` → ``+31 20 123 4567``: the one way a number is shown back.

    Anything that does not parse is shown as it came (it was never dialable anyway).
    """
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def national_example(region: str) -> str:
    """How a number of ``region`` is written at home (``010 123 4567``), "" if unknown."""
    import phonenumbers

    example = phonenumbers.example_number(region) if region else None
    if example is None:
        return ""
    return str(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL))
