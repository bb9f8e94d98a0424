"""Buying, changing and removing the add-on over HTTP (R3, R5, R8–R11)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import RunningServer, running_server


async def test_team_shows_plan_and_addons(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    team = (await api.get("/team", headers=ava)).json()
    assert team["name"] == "Northwind Traders"
    assert (team["licences"], team["payment_method"], team["currency"]) == (25, "card", "EUR")
    assert sorted(team["products"]) == ["dash", "dropbox"]
    addons = {a["product"]: a for a in team["addons"]}
    assert addons["dropbox"]["tier"] == "enhanced" and addons["dropbox"]["status"] == "active"
    assert addons["dash"]["status"] == "ended"
    assert team["billing_period"]["start"] < team["billing_period"]["renewal"]


async def test_offer_has_both_tiers_features_prices_and_eligibility(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R3, R8
    offer = (await api.get("/addon/offer", headers=ava)).json()
    assert offer["tiers"] == ["basic", "enhanced"]
    assert {f["key"] for f in offer["features"]} >= {
        "response_target_minutes",
        "quarterly_trend_review",
    }
    prices = {(p["product"], p["tier"]): p for p in offer["prices"]}
    assert set(prices) == {
        ("dropbox", "basic"),
        ("dropbox", "enhanced"),
        ("dash", "basic"),
        ("dash", "enhanced"),
    }
    enhanced = prices[("dash", "enhanced")]
    assert Decimal(enhanced["total"]) == Decimal(enhanced["per_licence"]) * 25
    assert offer["eligibility"] == {"eligible": True, "reason": None}


async def test_buy_dash_enhanced_then_remove_and_undo(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R9, R10, R11
    quote = await api.post(
        "/addon/quote", json={"product": "dash", "tier": "enhanced"}, headers=ava
    )
    assert quote.status_code == 201, quote.text
    q = quote.json()
    team = (await api.get("/team", headers=ava)).json()
    assert q["period_end"] == team["billing_period"]["renewal"]
    assert Decimal(q["full_amount_next_cycle"]) == Decimal("137.50")
    assert Decimal("0") < Decimal(q["prorated_amount"]) <= Decimal("137.50")

    bought = await api.post("/addon/purchases", json={"quote_id": q["quote_id"]}, headers=ava)
    assert bought.status_code == 201, bought.text
    addon = bought.json()
    assert (addon["product"], addon["tier"], addon["status"]) == ("dash", "enhanced", "active")
    assert addon["response_target_minutes"] == 60

    charges = (await api.get("/invoices", headers=ava)).json()["items"]
    prorated = [c for c in charges if c["kind"] == "prorated" and c["product"] == "dash"]
    assert len(prorated) == 1
    assert prorated[0]["amount"] == q["prorated_amount"]  # exactly the quote, to the cent

    again = await api.post("/addon/purchases", json={"quote_id": q["quote_id"]}, headers=ava)
    assert again.status_code == 409 and again.json()["code"] == "quote_used"

    removal = await api.post("/addon/dash/removal", headers=ava)
    assert removal.status_code == 200
    assert removal.json()["status"] == "removal_scheduled"
    assert removal.json()["ends_at"] == team["billing_period"]["renewal"]

    undone = await api.delete("/addon/dash/removal", headers=ava)
    assert undone.status_code == 200
    assert (undone.json()["status"], undone.json()["ends_at"]) == ("active", None)
    nothing = await api.delete("/addon/dash/removal", headers=ava)
    assert nothing.status_code == 409 and nothing.json()["code"] == "no_removal_scheduled"


async def test_buying_what_is_active_is_refused(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    response = await api.post(
        "/addon/quote", json={"product": "dropbox", "tier": "enhanced"}, headers=ava
    )
    assert response.status_code == 409 and response.json()["code"] == "addon_already_active"


async def test_tiny_studio_cannot_buy(api: httpx.AsyncClient) -> None:  # R8
    tia = await sign_in(api, "tia@tiny.example")
    offer = (await api.get("/addon/offer", headers=tia)).json()
    assert offer["eligibility"] == {"eligible": False, "reason": "too_few_licences"}
    quote = await api.post(
        "/addon/quote", json={"product": "dropbox", "tier": "basic"}, headers=tia
    )
    assert quote.status_code == 409
    assert quote.json()["code"] == "addon_not_eligible"
    assert quote.json()["reason"] == "too_few_licences"


async def test_invoice_corp_contacts_sales(api: httpx.AsyncClient) -> None:  # R8
    ivan = await sign_in(api, "ivan@invoice.example")
    offer = (await api.get("/addon/offer", headers=ivan)).json()
    assert offer["eligibility"]["reason"] == "invoice_payer_contact_sales"
    quote = await api.post(
        "/addon/quote", json={"product": "dropbox", "tier": "basic"}, headers=ivan
    )
    assert quote.status_code == 409 and quote.json()["code"] == "invoice_payer_contact_sales"
    contact = await api.post(
        "/sales/contact",
        json={"message": "We'd like Premium Support Enhanced.", "phone": "+44 20 7946 0958"},
        headers=ivan,
    )
    assert contact.status_code == 201
    bad_phone = await api.post(
        "/sales/contact", json={"message": "Hi", "phone": "12"}, headers=ivan
    )
    assert bad_phone.status_code == 422 and bad_phone.json()["code"] == "invalid_phone"


async def test_another_teams_quote_is_not_found(api: httpx.AsyncClient) -> None:
    noah = await sign_in(api, "noah@northwind.example")
    # A change of tier (Enhanced → Basic) is quoted like a purchase.
    quote = await api.post(
        "/addon/quote", json={"product": "dropbox", "tier": "basic"}, headers=noah
    )
    assert quote.status_code == 201, quote.text
    assert quote.json()["prorated_amount"] == "0.00"  # going down costs nothing now
    ivan = await sign_in(api, "ivan@invoice.example")
    response = await api.post(
        "/addon/purchases", json={"quote_id": quote.json()["quote_id"]}, headers=ivan
    )
    assert response.status_code == 404 and response.json()["code"] == "not_found"


async def test_members_cannot_see_billing(api: httpx.AsyncClient) -> None:  # R6
    mia = await sign_in(api, "mia@northwind.example")
    for method, path in (("GET", "/team"), ("GET", "/addon/offer"), ("GET", "/invoices")):
        response = await api.request(method, path, headers=mia)
        assert response.status_code == 403 and response.json()["code"] == "not_admin"


@pytest.fixture(scope="module", params=DATABASE_KINDS)
def quick_quotes(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    directory = tmp_path_factory.mktemp("quick-quotes")
    with (
        database(request.param, directory) as url,
        running_server(url, directory, QUOTE_LIFETIME_SECONDS="1") as running,
    ):
        yield running


async def test_expired_quote_is_refused(quick_quotes: RunningServer) -> None:  # R10
    import asyncio

    async with httpx.AsyncClient(base_url=f"{quick_quotes.url}/v1") as api:
        ava = await sign_in(api, "ava@northwind.example")
        quote = (
            await api.post("/addon/quote", json={"product": "dash", "tier": "basic"}, headers=ava)
        ).json()
        await asyncio.sleep(1.2)
        response = await api.post(
            "/addon/purchases", json={"quote_id": quote["quote_id"]}, headers=ava
        )
        assert response.status_code == 409 and response.json()["code"] == "quote_expired"


async def _buy(api: httpx.AsyncClient, ava: dict[str, str], tier: str) -> tuple[dict, dict]:
    quote = await api.post("/addon/quote", json={"product": "dropbox", "tier": tier}, headers=ava)
    assert quote.status_code == 201, quote.text
    bought = await api.post(
        "/addon/purchases", json={"quote_id": quote.json()["quote_id"]}, headers=ava
    )
    assert bought.status_code == 201, bought.text
    return quote.json(), bought.json()


async def _dropbox_charges(api: httpx.AsyncClient, ava: dict[str, str]) -> list[dict]:
    items = (await api.get("/invoices", headers=ava)).json()["items"]
    return [c for c in items if c["product"] == "dropbox"]


async def test_a_lower_tier_waits_for_the_renewal_and_buying_back_is_free(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R10, R11
    renewal = (await api.get("/team", headers=ava)).json()["billing_period"]["renewal"]
    before = await _dropbox_charges(api, ava)

    quote, addon = await _buy(api, ava, "basic")
    assert (quote["prorated_amount"], quote["full_amount_next_cycle"]) == ("0.00", "100.00")
    assert quote["period_end"] == renewal  # the date the lower tier starts
    # Enhanced is paid for this month: it keeps working until the renewal.
    assert (addon["tier"], addon["next_tier"], addon["status"]) == ("enhanced", "basic", "active")
    assert addon["response_target_minutes"] == 60
    again = await api.post(
        "/addon/quote", json={"product": "dropbox", "tier": "basic"}, headers=ava
    )
    assert again.status_code == 409 and again.json()["code"] == "addon_already_active"

    # Northwind: going back to Enhanced the same month must not charge a second time.
    quote, addon = await _buy(api, ava, "enhanced")
    assert quote["prorated_amount"] == "0.00"
    assert (addon["tier"], addon["next_tier"]) == ("enhanced", None)
    assert await _dropbox_charges(api, ava) == before
    team = (await api.get("/team", headers=ava)).json()
    assert {a["product"]: a["next_tier"] for a in team["addons"]}["dropbox"] is None


async def test_removal_and_lower_tier_replace_each_other(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:  # R11
    _, addon = await _buy(api, ava, "basic")
    assert addon["next_tier"] == "basic"
    # A removal replaces the scheduled lower tier: nothing from the renewal.
    removal = (await api.post("/addon/dropbox/removal", headers=ava)).json()
    assert (removal["status"], removal["next_tier"], removal["tier"]) == (
        "removal_scheduled",
        None,
        "enhanced",
    )
    # Buying the running tier back is not how a removal is undone.
    same = await api.post(
        "/addon/quote", json={"product": "dropbox", "tier": "enhanced"}, headers=ava
    )
    assert same.status_code == 409 and same.json()["code"] == "addon_already_active"
    # A lower tier replaces the scheduled removal: Basic from the renewal instead.
    _, addon = await _buy(api, ava, "basic")
    assert (addon["status"], addon["ends_at"], addon["next_tier"]) == ("active", None, "basic")
