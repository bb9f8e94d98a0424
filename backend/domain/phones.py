"""Phone numbers: directly dialable, stored in E.164 (R15)."""

from __future__ import annotations

import phonenumbers

from backend.domain.errors import DomainError


def normalise_phone(text: str, *, region: str) -> str:
    """``+31 20 123 4567`` or a national number of ``region`` → ``+31201234567``.

    Raises 422 ``invalid_phone`` for anything that cannot be dialled.
    """
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise _invalid(text) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise _invalid(text)
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def _invalid(text: str) -> DomainError:
    return DomainError(
        "invalid_phone",
        422,
        "Invalid phone number",
        "Enter a phone number that can be dialled directly, with its country code.",
        extra={
            "errors": [{"field": "phone", "message": "not a valid phone number", "type": "phone"}]
        },
    )
