"""One recommendation: what it is, why it is here, and what to do with it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.api.insights import Recommendation
from desktop.ui.look.theme import TextRole, TypeStep, set_text_role, set_type
from desktop.ui.recommendations.kinds import kind_label
from desktop.ui.text.durations import span_text
from desktop.ui.text.labels import category_label, product_label
from desktop.ui.text.wrapped_label import WrappedLabel


class RecommendationCard(QFrame):
    open_requested = Signal(str)  # the item's key
    verdict_given = Signal(str, str)  # key, done | not_useful

    def __init__(self, item: Recommendation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.service_reachable = True  # offline, a verdict cannot reach the service
        self.setObjectName(f"recommendation_{item.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = QLabel()
        self.kind.setObjectName("recommendation_kind")
        set_text_role(self.kind, TextRole.SECONDARY)
        # The catalogue's words, wrapped as the app's own are: Japanese between phrases
        # (設定でき|ます。 was split).
        self.title = WrappedLabel()
        self.title.setObjectName("recommendation_title")
        set_type(self.title, TypeStep.CARD_TITLE)
        self.summary = WrappedLabel()
        self.summary.setObjectName("recommendation_summary")
        self.reason = WrappedLabel()
        self.reason.setObjectName("recommendation_reason")
        self.open_button = QPushButton()
        self.open_button.setObjectName("recommendation_open_button")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(item.key))
        self.done_button = QPushButton()
        self.done_button.setObjectName("recommendation_done_button")
        self.done_button.clicked.connect(lambda: self.verdict_given.emit(item.key, "done"))
        self.not_useful_button = QPushButton()
        self.not_useful_button.setObjectName("recommendation_not_useful_button")
        self.not_useful_button.clicked.connect(
            lambda: self.verdict_given.emit(item.key, "not_useful")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.not_useful_button)
        layout = QVBoxLayout(self)
        for widget in (self.kind, self.title, self.summary, self.reason):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def set_service_reachable(self, reachable: bool) -> None:
        """Offline, Mark as done and Not useful are not offered: nothing would send them
        (nothing queues them, as the outbox does replies); Open in browser still works."""
        self.service_reachable = reachable
        self.done_button.setEnabled(reachable)
        self.not_useful_button.setEnabled(reachable)
        self.retranslate_ui()

    def reason_text(self) -> str:
        item = self.item
        if item.reason_category and item.reason_tickets:
            return self.tr(
                "Because of %n ticket(s) about {issue}.", "", item.reason_tickets
            ).format(issue=category_label(item.reason_category))
        return self.tr("Popular with teams like yours.")

    def retranslate_ui(self) -> None:
        item = self.item
        products = {
            "both": self.tr("Dropbox and Dropbox Dash"),
        }
        kind = kind_label(item.kind)
        product = products.get(item.product) or product_label(item.product)
        if item.minutes:
            # How long it takes, where the catalogue knows (videos and courses).
            self.kind.setText(
                self.tr("{kind} · {product} · {duration}").format(
                    kind=kind, product=product, duration=span_text(item.minutes * 60)
                )
            )
        else:
            self.kind.setText(self.tr("{kind} · {product}").format(kind=kind, product=product))
        # The help centre's own text, as it wrote it (WrappedLabel is for the app's).
        self.title.setText(item.title)
        self.summary.setText(item.summary)
        self.reason.setText(self.reason_text())
        self.open_button.setText(self.tr("Open in browser"))
        self.open_button.setAccessibleName(
            self.tr("Open “{title}” in the browser").format(title=item.title)
        )
        self.done_button.setText(self.tr("Mark as done"))
        self.not_useful_button.setText(self.tr("Not useful"))
        why = (
            ""
            if self.service_reachable
            else self.tr("Offline: this can be marked once the service is back.")
        )
        self.done_button.setToolTip(why)
        self.not_useful_button.setToolTip(why)
        self.setAccessibleName(item.title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
