"""Every error the user can meet, said in their language, in one place.

Each call spells out ``QCoreApplication.translate("ErrorText", …)``: lupdate only
finds literal calls, not wrappers.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject

from desktop.api.errors import (
    ApiError,
    CertificateRejected,
    ExtraCertificateUnusable,
    InvalidServerUrl,
    NotPremiumSupportServer,
    ProxyFailed,
    ServerUnreachable,
    SessionExpired,
)
from desktop.services.local_server import LocalServerFailed
from desktop.ui.text.formatting import long_datetime


@dataclass(frozen=True)
class UserMessage:
    text: str
    details: str = ""
    # True when the world failed (network, input); False when it is our bug.
    expected: bool = True


def describe(error: BaseException) -> UserMessage:
    if isinstance(error, ApiError):
        return UserMessage(_api_error_text(error))
    if isinstance(error, CertificateRejected):
        return UserMessage(_certificate_text(error), details=error.reason)
    if isinstance(error, ProxyFailed):
        return UserMessage(_proxy_text(error), details=error.reason)
    if isinstance(error, ExtraCertificateUnusable):
        return UserMessage(
            QCoreApplication.translate(
                "ErrorText",
                "The extra trusted certificate “{path}” cannot be loaded: it was moved, or "
                "holds no PEM certificate. Choose it again under Settings → Network, or "
                "clear the field.",
            ).format(path=error.path),
            details=error.reason,
        )
    if isinstance(error, ServerUnreachable) and error.local and error.stopped:
        # Given up: nothing retries it by itself; the banner's button is the way back.
        return UserMessage(
            QCoreApplication.translate(
                "ErrorText",
                "The local demo workspace is not running. Your work is kept on this "
                "computer. Choose “Start it again”, at the bottom of the window, to start it.",
            )
        )
    if isinstance(error, ServerUnreachable) and error.local:
        # Its address is the app's own, chosen at each start: nothing the admin can check.
        return UserMessage(
            QCoreApplication.translate(
                "ErrorText",
                "The local demo workspace is not answering. Your work is kept on this "
                "computer, and the app keeps trying to reach it.",
            )
        )
    if isinstance(error, ServerUnreachable):
        return UserMessage(
            QCoreApplication.translate(
                "ErrorText",
                "Cannot reach the server at {url}. Check the address and your connection, "
                "then try again.",
            ).format(url=error.url)
        )
    if isinstance(error, InvalidServerUrl):
        return UserMessage(
            QCoreApplication.translate(
                "ErrorText",
                "“{url}” is not a server address. It should look like https://support.example.com.",
            ).format(url=error.url)
        )
    if isinstance(error, NotPremiumSupportServer):
        return UserMessage(
            QCoreApplication.translate(
                "ErrorText",
                "{url} answered, but it is not a Premium Support server. Check the address.",
            ).format(url=error.url)
        )
    if isinstance(error, SessionExpired):
        return UserMessage(
            QCoreApplication.translate(
                "ErrorText", "Your session has expired. Sign in again to continue."
            )
        )
    if isinstance(error, LocalServerFailed):
        # The banner says it and offers the way back (the window shows none of these); said
        # anywhere else, the same words: why it stopped, what to do, its log's errors.
        from desktop.ui.text.local_stop_text import copied_details, what_to_do, why_stopped

        return UserMessage(f"{why_stopped(error)} {what_to_do()}", details=copied_details(error))
    return UserMessage(
        QCoreApplication.translate(
            "ErrorText",
            "Something went wrong in Premium Support Desk. Your work is safe; "
            "please send the details below to support.",
        ),
        details="".join(traceback.format_exception(error)),
        expected=False,
    )


def _api_error_text(error: ApiError) -> str:
    if error.code == "bad_credentials":
        return QCoreApplication.translate(
            "ErrorText", "The e-mail address or password is not correct."
        )
    if error.code == "too_many_attempts":
        seconds = error.retry_after or 60
        if seconds >= 60:  # the wait grows to hours: minutes read better
            return _Plurals().retry_in_minutes(-(-seconds // 60))
        return _Plurals().retry_in(seconds)
    if error.code == "blank_text":
        return QCoreApplication.translate(
            "ErrorText", "The text was empty or only spaces. Write a message to send it."
        )
    if error.code == "attachment_type_blocked":
        return QCoreApplication.translate(
            "ErrorText",
            "Programs and scripts cannot be attached. You can attach documents, images, "
            "videos, text and log files, and archives of them.",
        )
    if error.code == "not_admin":
        return QCoreApplication.translate("ErrorText", "Only team admins can do this.")
    if error.code == "not_found":
        return QCoreApplication.translate(
            "ErrorText", "This item no longer exists, or you have no access to it."
        )
    if error.code == "validation_error":
        return QCoreApplication.translate(
            "ErrorText", "Some fields are missing or not valid: {fields}."
        ).format(fields=", ".join(error.fields) or "?")
    if error.code == "ticket_closed":
        return QCoreApplication.translate(
            "ErrorText",
            "This ticket is closed and takes no more replies. To follow up, contact support again.",
        )
    if error.code in ("attachment_too_large", "request_too_large", "payload_too_large"):
        return QCoreApplication.translate(
            "ErrorText",
            "Too large: a file may be up to 25 MB, and a message's files 30 MB together.",
        )
    if error.status >= 500:
        return QCoreApplication.translate(
            "ErrorText", "The server had a problem. Try again in a moment."
        )
    return QCoreApplication.translate(
        "ErrorText", "The server refused the request ({code})."
    ).format(code=error.code)


class _Plurals(QObject):
    """Plural messages: lupdate marks numerus only on ``self.tr(text, "", n)`` calls."""

    def retry_in(self, seconds: int) -> str:
        return self.tr("Too many sign-in attempts. Try again in %n second(s).", "", seconds)

    def retry_in_minutes(self, minutes: int) -> str:
        return self.tr("Too many sign-in attempts. Try again in %n minute(s).", "", minutes)


def _certificate_text(error: CertificateRejected) -> str:
    named = _named_certificate_text(error)
    if named is not None:
        return named
    why = {
        "unknown_authority": QCoreApplication.translate(
            "ErrorText",
            "The certificate of {url} was issued by an authority this computer does not "
            "trust ({reason}). If your company inspects network traffic, ask IT to install "
            "its root certificate in the system's certificate store, then try again.",
        ),
        "expired": QCoreApplication.translate(
            "ErrorText",
            "The certificate of {url} has expired ({reason}). Check the computer's date and "
            "time; if they are right, the server's administrator must renew the certificate.",
        ),
        "not_yet_valid": QCoreApplication.translate(
            "ErrorText",
            "The certificate of {url} is not valid yet ({reason}). Check the computer's date "
            "and time, then try again.",
        ),
        "wrong_host": QCoreApplication.translate(
            "ErrorText",
            "The certificate of {url} belongs to another server ({reason}). Check the server "
            "address in Settings; a company proxy may also be answering in its place.",
        ),
    }.get(error.problem)
    if why is None:
        why = QCoreApplication.translate(
            "ErrorText",
            "The certificate of {url} cannot be trusted ({reason}). Ask your IT department "
            "or the server's administrator.",
        )
    return why.format(url=error.url, reason=error.reason)


def _named_certificate_text(error: CertificateRejected) -> str | None:
    """The message naming the presented certificate, when it could be read."""
    host = urlsplit(error.url).hostname or error.url
    if error.problem == "unknown_authority" and error.issuer:
        if error.issuer == error.subject:
            return QCoreApplication.translate(
                "ErrorText",
                "The certificate of {host} is self-signed by “{subject}”, which this computer "
                "does not trust. If that is your company's certificate, ask your IT department "
                "for it and add it under Settings → Network, or to your system's trusted "
                "certificates.",
            ).format(host=host, subject=error.subject)
        return QCoreApplication.translate(
            "ErrorText",
            "The certificate of {host} is issued by an unknown authority: “{issuer}”. Ask your "
            "IT department for that authority's certificate and add it under Settings → "
            "Network, or to your system's trusted certificates.",
        ).format(host=host, issuer=error.issuer)
    if error.problem == "expired" and error.not_after is not None:
        return QCoreApplication.translate(
            "ErrorText",
            "The certificate of {host} (“{subject}”, issued by “{issuer}”) expired on {date}. "
            "Check the computer's date and time; if they are right, the server's "
            "administrator must renew the certificate.",
        ).format(
            host=host,
            subject=error.subject,
            issuer=error.issuer,
            date=long_datetime(error.not_after),
        )
    if error.problem == "not_yet_valid" and error.not_before is not None:
        return QCoreApplication.translate(
            "ErrorText",
            "The certificate of {host} (“{subject}”, issued by “{issuer}”) is not valid "
            "before {date}. Check the computer's date and time, then try again.",
        ).format(
            host=host,
            subject=error.subject,
            issuer=error.issuer,
            date=long_datetime(error.not_before),
        )
    if error.problem == "wrong_host" and error.subject:
        return QCoreApplication.translate(
            "ErrorText",
            "The certificate presented for {host} belongs to “{subject}” (issued by "
            "“{issuer}”). Check the server address in Settings; a company proxy may also "
            "be answering in its place.",
        ).format(host=host, subject=error.subject, issuer=error.issuer)
    return None


def _proxy_text(error: ProxyFailed) -> str:
    if error.problem == "authentication":
        return QCoreApplication.translate(
            "ErrorText",
            "The proxy {proxy} refused the connection: it needs a user name and password "
            "(proxy authentication), and none or wrong ones were given. Enter them in the "
            "proxy address under Settings → Network, like http://name:password@{proxy}.",
        ).format(proxy=error.proxy)
    if error.problem == "refused":
        return QCoreApplication.translate(
            "ErrorText",
            "The proxy {proxy} did not let the connection to {url} through ({reason}). Ask "
            "your IT department whether the server can be reached through it, or change the "
            "proxy under Settings → Network.",
        ).format(proxy=error.proxy, url=error.url, reason=error.reason)
    return QCoreApplication.translate(
        "ErrorText",
        "The proxy {proxy} does not answer. Check the proxy under Settings → Network (leave "
        "it empty to use the system's proxy settings), then try again.",
    ).format(proxy=error.proxy)
