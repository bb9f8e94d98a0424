"""What the team's add-ons include and what is used (R3): consultation, reviews, webinars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.billing import Entitlement, Webinar
from desktop.ui.billing.feature_text import FeatureText
from desktop.ui.billing.table_models import WebinarColumn, WebinarModel, read_only_table
from desktop.ui.billing.webinar_actions import WebinarActions
from desktop.ui.billing.when import date_and_time
from desktop.ui.text.formatting import date_in_text
from desktop.ui.text.labels import product_label
from desktop.ui.text.spans import Spans
from desktop.ui.text.wrapped_label import WrappedLabel


class EntitlementBox(QGroupBox):
    """One product's add-on: each R3 inclusion and where it stands."""

    book_requested = Signal(str)  # product

    def __init__(self, entitlement: Entitlement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entitlement = entitlement
        product = entitlement.product
        self.setObjectName(f"entitlement_{product}")
        self._names = {
            key: QLabel() for key in ("response", "consultation", "review", "emails", "members")
        }
        self.response = QLabel()
        self.consultation = WrappedLabel()
        self.consultation.setObjectName(f"consultation_state_{product}")
        self.book_button = QPushButton()
        self.book_button.setObjectName(f"book_consultation_button_{product}")
        self.book_button.setVisible(entitlement.consultation is None)
        self.book_button.clicked.connect(lambda: self.book_requested.emit(product))
        self._offline_reason = ""  # set_offline
        consultation_row = QHBoxLayout()
        consultation_row.addWidget(self.consultation, 1)
        consultation_row.addWidget(self.book_button)
        self.review = WrappedLabel()
        self.review.setObjectName(f"trend_review_{product}")
        self.emails = QLabel()
        self.members = QLabel()
        form = QFormLayout(self)
        form.addRow(self._names["response"], self.response)
        form.addRow(self._names["consultation"], consultation_row)
        form.addRow(self._names["review"], self.review)
        form.addRow(self._names["emails"], self.emails)
        form.addRow(self._names["members"], self.members)
        self.retranslate_ui()

    def set_offline(self, reason: str) -> None:
        """``reason``: why Book a time… cannot succeed now (its free times and the booking
        are the service's: offline, or the local demo workspace stopped); "": it can."""
        self._offline_reason = reason
        self.book_button.setEnabled(not reason)
        self.book_button.setToolTip(reason)

    def retranslate_ui(self) -> None:
        e = self.entitlement
        texts = FeatureText()
        title = self.tr("{product} — Premium Support {tier}").format(
            product=product_label(e.product), tier=texts.tier(e.tier)
        )
        if e.status == "removal_scheduled" and e.ends_at is not None:
            title = self.tr("{title} (until {date})").format(
                title=title, date=date_in_text(e.ends_at)
            )
        self.setTitle(title)
        self._names["response"].setText(self.tr("Response time target:"))
        self._names["consultation"].setText(self.tr("Implementation consultation:"))
        self._names["review"].setText(self.tr("Root-cause / trend meeting:"))
        self._names["emails"].setText(self.tr("Quarterly feature e-mails:"))
        self._names["members"].setText(self.tr("E-mail support for team members:"))
        self.response.setText(Spans().within(e.response_target_minutes))
        if e.consultation is not None:
            self.consultation.setText(
                self.tr("Booked for {time}").format(time=date_and_time(e.consultation.starts_at))
            )
        else:
            self.consultation.setText(self.tr("One 1-hour session, not booked yet"))
        self.book_button.setText(self.tr("Book a time…"))
        self.book_button.setAccessibleName(
            self.tr("Book the implementation consultation for {product}").format(
                product=product_label(e.product)
            )
        )
        if e.tier != "enhanced":
            self.review.setText(self.tr("Included with Enhanced only"))
        elif e.next_trend_review_at is not None:
            self.review.setText(
                self.tr("Next review on {date}").format(date=date_and_time(e.next_trend_review_at))
            )
        else:
            self.review.setText(self.tr("No review before the add-on ends"))
        self.emails.setText(self.tr("Included: 3 unused or under-used features each quarter"))
        self.members.setText(self.tr("Included, 24/7"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class EntitlementsView(QWidget):
    book_requested = Signal(str)  # product

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entitlements_view")
        self.boxes: dict[str, EntitlementBox] = {}
        self._offline_reason = ""  # set_offline: kept for boxes made later
        self.empty = WrappedLabel()
        self.empty.setObjectName("entitlements_empty")
        self._boxes_layout = QVBoxLayout()
        self.webinars_title = QLabel()
        font = self.webinars_title.font()
        font.setBold(True)
        self.webinars_title.setFont(font)
        self.webinar_model = WebinarModel()
        self.webinar_table = read_only_table(
            self.webinar_model, "webinar_table", WebinarColumn.TITLE
        )
        self.webinar_actions = WebinarActions(self.webinar_table, self.webinar_model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(self._boxes_layout)
        layout.addWidget(self.webinars_title)
        layout.addWidget(self.webinar_table, 1)
        layout.addWidget(self.webinar_actions)
        self.show_entitlements((), ())

    def show_entitlements(
        self, entitlements: Sequence[Entitlement], webinars: Sequence[Webinar]
    ) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for entitlement in entitlements:
            box = EntitlementBox(entitlement)
            box.book_requested.connect(self.book_requested)
            box.set_offline(self._offline_reason)
            self._boxes_layout.addWidget(box)
            self.boxes[entitlement.product] = box
        self.webinar_model.set_webinars(webinars)
        some = bool(entitlements)
        self.empty.setVisible(not some)
        self.webinars_title.setVisible(some)
        self.webinar_table.setVisible(some)
        self.webinar_actions.setVisible(some)
        self.retranslate_ui()

    def set_offline(self, reason: str) -> None:
        """Booking waits for the service (``reason`` says why, "" none). A webinar's
        calendar file is written here, from what was read: it stays offered."""
        self._offline_reason = reason
        for box in self.boxes.values():
            box.set_offline(reason)

    def retranslate_ui(self) -> None:
        self.empty.setText(
            self.tr(
                "Your team has no Premium Support yet. Once it is added, this tab shows "
                "what it "
                "includes: the implementation consultation, live webinars and, with Enhanced, "
                "the quarterly support-trend review."
            )
        )
        self.webinars_title.setText(self.tr("Live webinars"))
        self.webinar_table.setAccessibleName(self.tr("Live webinars"))
        self.webinar_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
