"""One product's Premium Support under Available add-ons: its state, what it costs a month
and what is charged next (R10, R11), and Add / Change / Remove.

Add opens the purchase itself (R9: Add → Confirm): a menu of the two tiers with their
monthly amounts, each leading to the quote and Confirm. It led to the comparison tab
instead, where a newcomer adding Dash had to find the tier's button again; the
comparison is still one item of the menu away."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from desktop.api.billing import Subscription
from desktop.services.billing import NextCharge
from desktop.ui.billing.feature_text import FeatureText
from desktop.ui.billing.money import format_money
from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.text.formatting import date_in_text
from desktop.ui.text.labels import product_label
from desktop.ui.text.wrapped_label import WrappedLabel

TIERS = ("basic", "enhanced")


class AddonRow(QWidget):
    """Shows what it is given; buttons ask, the page acts (R9, R11)."""

    add_requested = Signal(str)  # product: the comparison, to choose there
    tier_chosen = Signal(str, str)  # product, tier: the purchase of it (R9, R10)
    change_requested = Signal(str)
    remove_requested = Signal(str)
    undo_requested = Signal(str)
    undo_change_requested = Signal(str)  # a scheduled lower tier (R10, R11)

    def __init__(self, product: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product = product
        self.setObjectName(f"addon_row_{product}")
        self._subscription: Subscription | None = None
        self._can_buy = False
        self._renewal: datetime | None = None
        self._amounts: Mapping[str, Decimal] = {}
        self._currency = ""
        self._licences = 0
        self._next_charge: NextCharge | None = None
        # R8: False for a team too small to be offered the add-on at all: no prices then.
        self._offered = True
        self._busy = False
        self._offline_reason = ""  # not empty: offline, and why the buttons wait

        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state = WrappedLabel()
        self.state.setObjectName(f"addon_state_{product}")
        # The money before any click: the month's amount for the team, the next charge.
        self.amounts = WrappedLabel()
        self.amounts.setObjectName(f"addon_amounts_{product}")
        self.next_charge = WrappedLabel()
        self.next_charge.setObjectName(f"addon_next_charge_{product}")
        set_text_role(self.next_charge, TextRole.SECONDARY)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add_button_{product}")
        self.change_button = QPushButton()
        self.change_button.setObjectName(f"change_button_{product}")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"remove_button_{product}")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName(f"undo_removal_button_{product}")
        self.undo_change_button = QPushButton()
        self.undo_change_button.setObjectName(f"undo_change_button_{product}")
        self.add_button.clicked.connect(self._show_add_menu)
        # A popup, not the button's own menu: that one runs a loop of its own until closed.
        self.add_menu = QMenu(self)
        self.add_menu.setObjectName(f"add_menu_{product}")
        self.tier_actions: dict[str, QAction] = {}
        for tier in TIERS:
            # Made here with the menu as parent, not by addAction(text): the wrappers that
            # call returned were found deleted on the next language's reload (a RuntimeError
            # in retranslate_ui, the screenshots' Japanese Billing), the menu still there.
            action = QAction(self.add_menu)
            self.add_menu.addAction(action)
            action.setObjectName(f"add_{tier}_action_{product}")
            action.triggered.connect(
                lambda _checked=False, t=tier: self.tier_chosen.emit(product, t)
            )
            self.tier_actions[tier] = action
        self.add_menu.addSeparator()
        self.compare_action = QAction(self.add_menu)
        self.add_menu.addAction(self.compare_action)
        self.compare_action.setObjectName(f"add_compare_action_{product}")
        self.compare_action.triggered.connect(lambda: self.add_requested.emit(product))
        self.change_button.clicked.connect(lambda: self.change_requested.emit(product))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(product))
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(product))
        self.undo_change_button.clicked.connect(lambda: self.undo_change_requested.emit(product))

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.state)
        text.addWidget(self.amounts)
        text.addWidget(self.next_charge)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        for button in self._buttons():
            layout.addWidget(button)
        self.show_state(None, can_buy=False)

    def _show_add_menu(self) -> None:
        self.add_menu.popup(self.add_menu_place())

    def add_menu_place(self) -> QPoint:
        """Under Add, right edges aligned: the button sits at the window's right edge."""
        button = self.add_button
        left = button.width() - self.add_menu.sizeHint().width()
        return button.mapToGlobal(QPoint(left, button.height()))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.change_button,
            self.remove_button,
            self.undo_button,
            self.undo_change_button,
        )

    def show_state(
        self,
        subscription: Subscription | None,
        *,
        can_buy: bool,
        renewal: datetime | None = None,
        amounts: Mapping[str, Decimal] | None = None,
        currency: str = "",
        licences: int = 0,
        next_charge: NextCharge | None = None,
        offered: bool = True,
    ) -> None:
        """``amounts``: each tier's monthly amount for the team's ``licences``;
        ``next_charge``: what the renewal charges, None when nothing; ``offered``: False
        when the team is too small to get the option (R8): no prices as if it could buy."""
        self._subscription = subscription
        self._can_buy = can_buy
        self._renewal = renewal
        self._amounts = dict(amounts or {})
        self._currency = currency
        self._licences = licences
        self._next_charge = next_charge
        self._offered = offered
        working = subscription is not None and subscription.working
        scheduled = subscription is not None and subscription.status == "removal_scheduled"
        changing = working and subscription is not None and subscription.next_tier is not None
        # R8: a team that may not buy gets no Add or Change; removing stays possible.
        self.add_button.setVisible(can_buy and not working)
        # A tier change replaces a scheduled removal (docs/billing.md); with a lower tier
        # already scheduled, Undo is the one change left.
        self.change_button.setVisible(can_buy and working and not changing)
        self.remove_button.setVisible(working and not scheduled)
        self.undo_button.setVisible(scheduled)
        # Undoing a lower tier buys the running tier back (free), so it needs can_buy.
        self.undo_change_button.setVisible(can_buy and changing)
        # A new state is what the last action led to: its buttons work again at once.
        self.set_busy(False)
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._enable()

    def set_offline(self, reason: str) -> None:
        """``reason``: why every button waits (offline); empty: online again."""
        self._offline_reason = reason
        self._enable()

    def _enable(self) -> None:
        for button in self._buttons():
            button.setEnabled(not self._busy and not self._offline_reason)
            button.setToolTip(self._offline_reason)

    def state_text(self) -> str:
        sub = self._subscription
        tiers = FeatureText()
        if sub is None and not self._offered:
            return self.tr("Not offered to your team (see above)")
        if sub is None:
            return self.tr("Not bought")
        if sub.status == "ended":
            if sub.ends_at is not None:
                return self.tr("Ended on {date}").format(date=date_in_text(sub.ends_at))
            return self.tr("Ended")
        if sub.status == "removal_scheduled" and sub.ends_at is not None:
            return self.tr(
                "{tier} — removal scheduled: it keeps working until {date}, "
                "and you can undo the removal until then."
            ).format(tier=tiers.tier(sub.tier), date=date_in_text(sub.ends_at))
        if sub.next_tier is not None and self._renewal is not None:
            return self.tr("{tier} — active; {next} from {date}").format(
                tier=tiers.tier(sub.tier),
                next=tiers.tier(sub.next_tier),
                date=date_in_text(self._renewal),
            )
        return self.tr("{tier} — active").format(tier=tiers.tier(sub.tier))

    def amounts_text(self) -> str:
        """The running tier's monthly amount, or both tiers' before buying."""
        sub, amounts, tiers = self._subscription, self._amounts, FeatureText()
        if not amounts:
            return ""

        def money(tier: str) -> str:
            return format_money(amounts[tier], self._currency)

        if sub is not None and sub.status == "removal_scheduled":
            # Nothing more is charged (next_charge_text says so): no running monthly price.
            return ""
        if not self._offered and (sub is None or not sub.working):
            return ""  # R8: a price only where the team could buy
        if sub is not None and sub.working and sub.tier in amounts:
            return self.tr("{amount} a month for %n licence(s)", "", self._licences).format(
                amount=money(sub.tier)
            )
        if "basic" in amounts and "enhanced" in amounts:
            return self.tr(
                "{basic}: {basic_amount} a month · {enhanced}: {enhanced_amount} a month, "
                "for %n licence(s)",
                "",
                self._licences,
            ).format(
                basic=tiers.tier("basic"),
                basic_amount=money("basic"),
                enhanced=tiers.tier("enhanced"),
                enhanced_amount=money("enhanced"),
            )
        return ""

    def next_charge_text(self) -> str:
        sub, charge = self._subscription, self._next_charge
        if charge is not None:
            if sub is not None and charge.tier != sub.tier:
                return self.tr("Next charge: {amount} for {tier} on {date}").format(
                    amount=format_money(charge.amount, charge.currency),
                    tier=FeatureText().tier(charge.tier),
                    date=date_in_text(charge.on),
                )
            return self.tr("Next charge: {amount} on {date}").format(
                amount=format_money(charge.amount, charge.currency), date=date_in_text(charge.on)
            )
        if sub is not None and sub.status == "removal_scheduled" and sub.ends_at is not None:
            return self.tr("No further charges: it ends on {date}.").format(
                date=date_in_text(sub.ends_at)
            )
        return ""

    def retranslate_ui(self) -> None:
        amounts, next_charge = self.amounts_text(), self.next_charge_text()
        self.amounts.setText(amounts)
        self.amounts.setVisible(bool(amounts))
        self.next_charge.setText(next_charge)
        self.next_charge.setVisible(bool(next_charge))
        self.title.setText(
            self.tr("Premium Support for {product}").format(product=product_label(self.product))
        )
        self.state.setText(self.state_text())
        self.add_button.setText(self.tr("Add"))
        tiers = FeatureText()
        for tier, action in self.tier_actions.items():
            amount = self._amounts.get(tier)
            action.setText(
                self.tr("{tier} — {amount} a month").format(
                    tier=tiers.tier(tier), amount=format_money(amount, self._currency)
                )
                if amount is not None
                else tiers.tier(tier)
            )
        self.compare_action.setText(self.tr("Compare Basic and Enhanced…"))
        self.change_button.setText(self.tr("Change tier"))
        self.remove_button.setText(self.tr("Remove"))
        self.undo_button.setText(self.tr("Undo removal"))
        self.undo_change_button.setText(self.tr("Undo tier change"))
        name = product_label(self.product)
        self.add_button.setAccessibleName(
            self.tr("Add Premium Support for {product}").format(product=name)
        )
        self.change_button.setAccessibleName(
            self.tr("Change the tier of Premium Support for {product}").format(product=name)
        )
        self.remove_button.setAccessibleName(
            self.tr("Remove Premium Support for {product}").format(product=name)
        )
        self.undo_button.setAccessibleName(
            self.tr("Undo the removal of Premium Support for {product}").format(product=name)
        )
        self.undo_change_button.setAccessibleName(
            self.tr("Undo the change of tier of Premium Support for {product}").format(product=name)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
