"""The Billing page's table models: invoices and webinars, checked by Qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.api.billing import Charge, Webinar
from desktop.ui.billing.table_models import (
    ITEM_ROLE,
    ChargeColumn,
    ChargeModel,
    WebinarColumn,
    WebinarModel,
)
from desktop.ui.text.formatting import medium_date

NOV_26 = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
DEC_1 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def charge(kind: str, amount: str) -> Charge:
    return Charge(
        id=f"chg_{kind}",
        product="dash",
        tier="enhanced",
        kind=kind,
        amount=Decimal(amount),
        currency="EUR",
        period_start=NOV_26,
        period_end=DEC_1,
        created_at=NOV_26,
    )


def test_charge_model_shows_each_charge_exactly(qtmodeltester: ModelTester) -> None:  # R10
    model = ChargeModel()
    qtmodeltester.check(model)
    model.set_charges([charge("full", "137.50"), charge("prorated", "22.51")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, ChargeColumn.KIND).data() == "Full amount"
    assert model.index(1, ChargeColumn.KIND).data() == "Pro-rata amount"
    assert model.index(1, ChargeColumn.AMOUNT).data() == "€22.51"
    assert model.index(1, ChargeColumn.PRODUCT).data() == "Dropbox Dash, Enhanced"
    # A list's dates are the app's one style, as in the ticket lists (issue 19).
    assert model.index(1, ChargeColumn.PERIOD).data() == (
        f"{medium_date(NOV_26)} – {medium_date(DEC_1)}"
    )
    assert model.index(1, ChargeColumn.DATE).data() == medium_date(NOV_26)
    assert model.index(1, 0).data(ITEM_ROLE).amount == Decimal("22.51")
    assert model.headerData(ChargeColumn.AMOUNT, Qt.Orientation.Horizontal) == "Amount"


def test_webinar_model(qtmodeltester: ModelTester) -> None:  # R3
    model = WebinarModel()
    model.set_webinars(
        [Webinar("sso-20261201", "Single sign-on", "ja", DEC_1, duration_minutes=60)]
    )
    qtmodeltester.check(model)
    assert model.index(0, WebinarColumn.LANGUAGE).data() == "日本語"
    assert model.index(0, WebinarColumn.LENGTH).data() == "60 min"
    # In the local time zone, weekday first: noon UTC is still Tuesday the 1st from UTC-11
    # to UTC+11; the zone is named (tests/desktop/test_webinar_times.py has other zones).
    when = model.index(0, WebinarColumn.WHEN).data()
    assert when.startswith("Tuesday, December 1, 2026, ") and when.endswith(")")
