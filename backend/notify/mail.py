"""Outgoing mail: queued in the database, sent through ``SMTP_URL`` with retries."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr
from urllib.parse import urlsplit

import aiosmtplib
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.config import Settings
from backend.db.models import MailOutbox, User
from backend.domain.clock import Clock
from backend.notify.templates import render
from backend.ops import metrics

log = logging.getLogger(__name__)

BATCH = 50
MAX_BACKOFF = timedelta(hours=1)
# While one process sends a message, others leave it alone for this long.
CLAIM_FOR = timedelta(minutes=5)


def enqueue(session: AsyncSession, *, to: User, kind: str, now: datetime, **params: str) -> None:
    """Queue a notification in the recipient's language, in the caller's transaction."""
    message = render(kind, to.locale, name=to.name, **params)
    session.add(
        MailOutbox(
            to_address=to.email,
            to_name=to.name,
            locale=to.locale,
            subject=message.subject,
            body=message.body,
            created_at=now,
            next_attempt_at=now,
        )
    )


def backoff(attempts: int, base_seconds: float) -> timedelta:
    return min(MAX_BACKOFF, timedelta(seconds=base_seconds * 2 ** max(0, attempts - 1)))


class MailSender:
    def __init__(
        self,
        settings: Settings,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock,
    ) -> None:
        self._settings = settings
        self._sessionmaker = sessionmaker
        self._clock = clock
        self.wakeup = asyncio.Event()

    async def send_due(self) -> int:
        """Send what is due now; returns how many were sent."""
        sent = 0
        async with self._sessionmaker() as session:
            now = self._clock.now()
            due = (
                (
                    await session.execute(
                        select(MailOutbox)
                        .where(MailOutbox.sent_at.is_(None), MailOutbox.next_attempt_at <= now)
                        .order_by(MailOutbox.created_at)
                        .limit(BATCH)
                    )
                )
                .scalars()
                .all()
            )
            for mail in due:
                if not await self._claim(session, mail, now):
                    continue
                try:
                    await self._deliver(mail)
                except (aiosmtplib.SMTPException, OSError) as exc:
                    mail.attempts += 1
                    mail.next_attempt_at = now + backoff(
                        mail.attempts, self._settings.mail_retry_seconds
                    )
                    mail.last_error = type(exc).__name__
                    metrics.MAIL_FAILURES.inc()
                    log.warning(
                        "mail %s failed (%s), retry #%d", mail.id, type(exc).__name__, mail.attempts
                    )
                else:
                    mail.sent_at = now
                    sent += 1
                    metrics.MAIL_SENT.inc()
                await session.commit()
        return sent

    async def _claim(self, session: AsyncSession, mail: MailOutbox, now: datetime) -> bool:
        """Take the message for this process (several may run on PostgreSQL)."""
        result = await session.execute(
            update(MailOutbox)
            .where(
                MailOutbox.id == mail.id,
                MailOutbox.next_attempt_at <= now,
                MailOutbox.sent_at.is_(None),
            )
            .values(next_attempt_at=now + CLAIM_FOR)
            .execution_options(synchronize_session=False)
        )
        await session.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def _deliver(self, mail: MailOutbox) -> None:
        if not self._settings.smtp_url:
            log.info("mail (not sent: SMTP_URL unset) to %s: %s", mail.to_address, mail.subject)
            return
        parts = urlsplit(self._settings.smtp_url)
        message = EmailMessage()
        message["From"] = self._settings.mail_from
        message["To"] = formataddr((mail.to_name, mail.to_address))
        message["Subject"] = mail.subject
        message["Content-Language"] = mail.locale
        message.set_content(mail.body)
        await aiosmtplib.send(
            message,
            hostname=parts.hostname or "localhost",
            port=parts.port or 25,
            username=parts.username,
            password=parts.password,
            start_tls=parts.scheme == "smtp+starttls",
            use_tls=parts.scheme == "smtps",
            timeout=30,
        )

    async def run(self) -> None:
        """Send as mail is queued (woken up), and retry what failed (polling)."""
        while True:
            try:
                await self.send_due()
            except Exception:
                log.exception("sending mail failed")
            try:
                await asyncio.wait_for(
                    self.wakeup.wait(), timeout=self._settings.mail_retry_seconds
                )
            except TimeoutError:
                pass
            self.wakeup.clear()
