"""Basic and Enhanced side by side (R3): every feature, the price per licence, the team's total."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.billing import Offer, Plan
from desktop.ui.billing.feature_text import FEATURE_ORDER, FeatureText
from desktop.ui.billing.money import format_money
from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.labels import product_label
from desktop.ui.text.support_hours_text import SupportHoursText
from desktop.ui.text.wrapped_label import WrappedLabel

TIERS = ("basic", "enhanced")

# The rows that say "24/7": true in English only (R4), so they carry the note's mark.
HOURS_NOTED = ("support_channels_24_7", "member_email_support_24_7")


class CompareView(QWidget):
    tier_chosen = Signal(str, str)  # product, tier

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_view")
        self._offer: Offer | None = None
        self._plan: Plan | None = None
        self._busy = False  # a quote is being asked for
        self._offline_reason = ""  # not empty: offline, and why the buttons wait

        self.product_label = QLabel()
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("compare_product_combo")
        self.product_combo.currentIndexChanged.connect(lambda _index: self._fill())
        top = QHBoxLayout()
        top.addWidget(self.product_label)
        top.addWidget(self.product_combo)
        top.addStretch(1)
        # R8: a team too small to be offered the add-on sees what it includes, no prices
        # as if it could buy, and why (said where the prices would be read first).
        self.not_offered = WrappedLabel()
        self.not_offered.setObjectName("compare_not_offered")
        set_text_role(self.not_offered, TextRole.SECONDARY)
        self.not_offered.hide()

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self._headers = {tier: QLabel() for tier in TIERS}
        self._feature_names: dict[str, WrappedLabel] = {}
        self._feature_values: dict[tuple[str, str], WrappedLabel] = {}
        self._price_name = QLabel()
        self._total_name = WrappedLabel()
        self.prices = {tier: QLabel() for tier in TIERS}
        self.totals = {tier: QLabel() for tier in TIERS}
        self.choose_buttons = {tier: QPushButton() for tier in TIERS}
        bold = self._price_name.font()
        bold.setBold(True)
        for column, tier in enumerate(TIERS, start=1):
            self._headers[tier].setFont(bold)
            self.grid.addWidget(self._headers[tier], 0, column)
            self.prices[tier].setObjectName(f"price_{tier}")
            self.totals[tier].setObjectName(f"total_{tier}")
            self.totals[tier].setFont(bold)
            button = self.choose_buttons[tier]
            button.setObjectName(f"choose_{tier}_button")
            button.clicked.connect(lambda _checked=False, t=tier: self._choose(t))
        row = 1
        for key in FEATURE_ORDER:
            name = WrappedLabel()
            self._feature_names[key] = name
            self.grid.addWidget(name, row, 0)
            for column, tier in enumerate(TIERS, start=1):
                value = WrappedLabel()
                value.setObjectName(f"feature_{key}_{tier}")
                self._feature_values[(key, tier)] = value
                self.grid.addWidget(value, row, column)
            row += 1
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.grid.addWidget(line, row, 0, 1, 3)
        row += 1
        self.grid.addWidget(self._price_name, row, 0)
        self.grid.addWidget(self._total_name, row + 1, 0)
        self._total_name.setFont(bold)
        for column, tier in enumerate(TIERS, start=1):
            self.grid.addWidget(self.prices[tier], row, column)
            self.grid.addWidget(self.totals[tier], row + 1, column)
            self.grid.addWidget(self.choose_buttons[tier], row + 2, column)

        # R4 under R3's "24/7": Japanese support keeps office hours in Japan, as Contact
        # support tells the admin; the table must not promise more (a newcomer).
        self.hours_note = WrappedLabel()
        self.hours_note.setObjectName("japanese_hours_note")
        self.hours_note.setContentsMargins(0, 12, 0, 0)
        self.champions = WrappedLabel()
        self.champions.setObjectName("champions_note")
        self.champions.setContentsMargins(0, 12, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.not_offered)
        layout.addLayout(self.grid)
        layout.addWidget(self.hours_note)
        layout.addWidget(self.champions)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_offer(self, plan: Plan, offer: Offer, *, product: str | None = None) -> None:
        self._plan, self._offer = plan, offer
        keep = product or self.product()
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        for item in plan.products:
            self.product_combo.addItem(product_label(item), item)
        index = self.product_combo.findData(keep) if keep else -1
        self.product_combo.setCurrentIndex(max(index, 0))
        self.product_combo.blockSignals(False)
        self._fill()

    def select_product(self, product: str) -> None:
        index = self.product_combo.findData(product)
        if index >= 0:
            self.product_combo.setCurrentIndex(index)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._fill()

    def set_offline(self, reason: str) -> None:
        """``reason``: why choosing waits (offline); empty: online again."""
        self._offline_reason = reason
        self._fill()

    def product(self) -> str | None:
        data = self.product_combo.currentData()
        return str(data) if data else None

    def _choose(self, tier: str) -> None:
        product = self.product()
        if product is not None:
            self.tier_chosen.emit(product, tier)

    def _current_tier(self) -> str | None:
        product = self.product()
        if self._plan is None or product is None:
            return None
        sub = self._plan.subscription(product)
        return sub.tier if sub is not None and sub.working else None

    def _next_tier(self) -> str | None:
        """A lower tier already bought: it starts at the renewal, so it is not for sale."""
        product = self.product()
        if self._plan is None or product is None:
            return None
        sub = self._plan.subscription(product)
        return sub.next_tier if sub is not None and sub.working else None

    def _fill(self) -> None:
        texts = FeatureText()
        offer, product = self._offer, self.product()
        self.product_label.setVisible(self.product_combo.count() > 1)
        self.product_combo.setVisible(self.product_combo.count() > 1)
        noted = False
        for key in FEATURE_ORDER:
            feature = offer.feature(key) if offer else None
            self._feature_names[key].setText(texts.name(key))
            for tier in TIERS:
                value = "" if feature is None else getattr(feature, tier)
                label = self._feature_values[(key, tier)]
                text = texts.value(key, value) if feature is not None else ""
                if key in HOURS_NOTED and bool(value):
                    noted = True
                    text = self.tr("{value} *", "a value that the note under the table explains")
                    text = text.format(value=texts.value(key, value))
                label.setText(text)
                label.setToolTip(self.hours_text() if key in HOURS_NOTED and bool(value) else "")
        self.hours_note.setText(self.tr("* {hours}").format(hours=self.hours_text()))
        self.hours_note.setVisible(noted)
        current, scheduled = self._current_tier(), self._next_tier()
        offered = not (offer is not None and offer.reason == "too_few_licences")
        self._price_name.setVisible(offered)
        self._total_name.setVisible(offered)
        for tier in TIERS:
            self.prices[tier].setVisible(offered)
            self.totals[tier].setVisible(offered)
            price = offer.price(product, tier) if offer and product else None
            self.prices[tier].setText(
                format_money(price.per_licence, offer.currency) if price and offer else ""
            )
            self.totals[tier].setText(
                format_money(price.total, offer.currency) if price and offer else ""
            )
            button = self.choose_buttons[tier]
            # R8: only teams that may buy get a button; the current tier is not for sale.
            button.setVisible(bool(offer and offer.eligible))
            button.setEnabled(
                tier not in (current, scheduled) and not self._busy and not self._offline_reason
            )
            button.setToolTip(self._offline_reason)
            # Disabled, yet it must read: it is the one place that says which tier is yours.
            set_text_role(
                button, TextRole.SECONDARY if not button.isEnabled() else TextRole.PRIMARY
            )
            if tier == current:
                button.setText(self.tr("Your current tier"))
            elif tier == scheduled:
                button.setText(self.tr("Starts at the renewal"))
            else:
                button.setText(self.tr("Choose {tier}").format(tier=texts.tier(tier)))
        licences = offer.licences if offer else 0
        self._total_name.setText(self.tr("Total for your %n licence(s), per month", "", licences))
        self.not_offered.setVisible(not offered)
        self.not_offered.setText(
            ""
            if offered
            else self.tr(
                "Premium Support is offered to teams with 10 or more licences, and your team "
                "has %n licence(s): it cannot be added for now. Below is what it includes. "
                "Your team members can always e-mail support, 24/7.",
                "",
                licences,
            )
        )

    def hours_text(self) -> str:
        """When the "24/7" rows hold (R4): English always, Japanese in Japan's office hours."""
        return SupportHoursText().around_the_clock()

    def retranslate_ui(self) -> None:
        texts = FeatureText()
        self.product_label.setText(self.tr("Product:"))
        self.product_combo.setAccessibleName(self.tr("Product to compare"))
        for tier in TIERS:
            self._headers[tier].setText(texts.tier(tier))
        self._price_name.setText(self.tr("Price per licence, per month"))
        self.champions.setText(
            self.tr(
                "Champions: a great champion's own tickets are answered within 4 hours, an "
                "epic champion's within 1 hour. This is personal to each champion and never "
                "covers the whole team; the team's response times come from its add-on."
            )
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
