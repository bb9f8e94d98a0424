"""A ticket list as CSV rows: the columns a spreadsheet wants, in the UI's language.

The labels are read once on the GUI thread (``ExportLabels.current()``); the rows are
then made on a worker thread from plain data, a page at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from desktop.api.list_models import TicketSummary
from desktop.ui.text.export_stamp import as_of_cell, as_of_header
from desktop.ui.text.i18n import LANGUAGES
from desktop.ui.text.labels import (
    CATEGORIES,
    CHANNELS,
    PRODUCTS,
    STATUSES,
    category_label,
    channel_label,
    product_label,
    status_label,
)

# A spreadsheet reads a cell that starts with one of these as a formula: a subject such as
# "=HYPERLINK(…)" must stay text (OWASP's advice on CSV injection: a leading apostrophe).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Local time without seconds or zone: what spreadsheets in every locale read as a date.
TIME_FORMAT = "%Y-%m-%d %H:%M"
# A ticket's language by its own name, as the app names languages everywhere (never a code:
# "en" in a Dutch export read as a typo).
LANGUAGE_NAMES = {language.code: language.native_name for language in LANGUAGES}


@dataclass(frozen=True)
class ExportLabels:
    headers: tuple[str, ...]
    statuses: dict[str, str]
    channels: dict[str, str]
    products: dict[str, str]
    categories: dict[str, str]
    response_states: dict[str, str]
    as_of: str = ""  # when the list was last brought up to date: each row's last cell

    @classmethod
    def current(cls, as_of: datetime | None = None) -> ExportLabels:
        """The column titles and value names in the UI's language now (GUI thread);
        ``as_of``: when the list is as of (None: now)."""
        return cls(
            headers=(
                QCoreApplication.translate("TicketExport", "Number"),
                QCoreApplication.translate("TicketExport", "Subject"),
                QCoreApplication.translate("TicketExport", "Status"),
                QCoreApplication.translate("TicketExport", "Product"),
                QCoreApplication.translate("TicketExport", "Channel"),
                QCoreApplication.translate("TicketExport", "Category"),
                QCoreApplication.translate("TicketExport", "Language"),
                QCoreApplication.translate("TicketExport", "Submitted by"),
                _timed(QCoreApplication.translate("TicketExport", "Created")),
                _timed(QCoreApplication.translate("TicketExport", "Updated")),
                _timed(QCoreApplication.translate("TicketExport", "First response due")),
                _timed(QCoreApplication.translate("TicketExport", "First response")),
                # Its cells say how the first response stood against its target (not the
                # target itself: a newcomer read "Response target: Met" as a time).
                QCoreApplication.translate("TicketExport", "Response target status"),
                _timed(QCoreApplication.translate("TicketExport", "Solved")),
                as_of_header(),
            ),
            statuses={s: status_label(s) for s in STATUSES},
            channels={c: channel_label(c) for c in CHANNELS},
            products={p: product_label(p) for p in PRODUCTS},
            categories={c: category_label(c) for c in CATEGORIES},
            response_states={
                "met": QCoreApplication.translate("TicketExport", "Met"),
                "due": QCoreApplication.translate("TicketExport", "Due"),
                "breached": QCoreApplication.translate("TicketExport", "Missed"),
            },
            as_of=as_of_cell(as_of or datetime.now(UTC)),
        )


def _timed(title: str) -> str:
    """A time column's title with the zone its times are in: "Created (CET)"."""
    zone = datetime.now().astimezone().tzname() or ""
    return f"{title} ({zone})" if zone else title


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _time(moment: datetime | None) -> str:
    return moment.astimezone().strftime(TIME_FORMAT) if moment is not None else ""


def csv_rows(tickets: Iterable[TicketSummary], labels: ExportLabels) -> list[list[str]]:
    return [
        [
            str(t.number),
            safe_cell(t.subject),
            labels.statuses.get(t.status, t.status),
            labels.products.get(t.product, t.product),
            labels.channels.get(t.channel, t.channel),
            labels.categories.get(t.category, t.category),
            LANGUAGE_NAMES.get(t.language, t.language),
            safe_cell(t.submitter.name),
            _time(t.created_at),
            _time(t.updated_at),
            _time(t.first_response_due_at),
            _time(t.first_responded_at),
            labels.response_states.get(t.sla_state, t.sla_state),
            _time(t.solved_at),
            labels.as_of,
        ]
        for t in tickets
    ]
