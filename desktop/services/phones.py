"""Phone numbers as the user types them: dialable or not, and their international form."""

from __future__ import annotations

# phonenumbers is imported on first use: its metadata costs ~13 ms of every start
# otherwise, and only the callback form needs it.


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
    """``+31201234567`` → ``+31 20 123 4567`` for showing back to the user."""
    import phonenumbers

    parsed = phonenumbers.parse(e164, None)
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
