"""What the service does by itself as time passes: renewals (R10, R11) and closing tickets."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from backend.config import Settings
from backend.db.models import Addon, Charge, SignInFailure, Team, Ticket
from backend.db.session import make_engine, make_sessionmaker
from tests.conftest import DATABASE_KINDS
from tests.support.databases import database
from tests.support.server import run_cli


@pytest.fixture(params=DATABASE_KINDS)
async def world(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[str, AsyncSession]]:
    with database(request.param, tmp_path) as url:
        assert run_cli(url, "migrate").returncode == 0
        assert run_cli(url, "seed-demo").returncode == 0
        engine = make_engine(Settings(database_url=url))
        async with make_sessionmaker(engine)() as session:
            yield url, session
        await engine.dispose()


async def _northwind(session: AsyncSession) -> Team:
    session.expire_all()
    return (
        await session.execute(select(Team).where(Team.name == "Northwind Traders"))
    ).scalar_one()


async def test_renewal_charges_the_full_amount_and_ends_removed_addons(
    world: tuple[str, AsyncSession],
) -> None:  # R10, R11
    url, session = world
    team = await _northwind(session)
    renewal = team.renewal_at
    # Schedule the removal of Dropbox's add-on at the renewal date.
    dropbox = (
        await session.execute(
            select(Addon).where(Addon.team_id == team.id, Addon.product == "dropbox")
        )
    ).scalar_one()
    dropbox.status, dropbox.ends_at = "removal_scheduled", renewal
    await session.commit()

    # Into the next period: Dropbox ends (its removal), Dash had ended already.
    result = run_cli(url, "maintain", CLOCK_START=(renewal + timedelta(hours=1)).isoformat())
    assert result.returncode == 0, result.stderr
    team = await _northwind(session)
    assert team.billing_period_start == renewal
    assert team.renewal_at.month == (renewal.month % 12) + 1
    charges = (
        (await session.execute(select(Charge).where(Charge.team_id == team.id))).scalars().all()
    )
    assert charges == []  # nothing active into the new period
    addons = {
        a.product: a.status
        for a in (await session.execute(select(Addon).where(Addon.team_id == team.id))).scalars()
    }
    assert addons == {"dropbox": "ended", "dash": "ended"}


async def test_renewal_of_an_active_addon_is_charged_once(
    world: tuple[str, AsyncSession],
) -> None:  # R10
    url, session = world
    renewal = (await _northwind(session)).renewal_at
    later = (renewal + timedelta(days=1)).isoformat()
    assert run_cli(url, "maintain", CLOCK_START=later).returncode == 0
    assert run_cli(url, "maintain", CLOCK_START=later).returncode == 0  # idempotent
    team = await _northwind(session)
    charges = (
        (await session.execute(select(Charge).where(Charge.team_id == team.id))).scalars().all()
    )
    assert [(c.product, c.kind, c.amount, c.period_start) for c in charges] == [
        ("dropbox", "full", Decimal("187.50"), renewal)
    ]


async def test_renewal_applies_the_scheduled_lower_tier_and_charges_it_in_full(
    world: tuple[str, AsyncSession],
) -> None:  # R10, R11
    url, session = world
    team = await _northwind(session)
    renewal = team.renewal_at
    dropbox = (
        await session.execute(
            select(Addon).where(Addon.team_id == team.id, Addon.product == "dropbox")
        )
    ).scalar_one()
    dropbox.next_tier = "basic"  # as POST /addon/purchases leaves it for a lower tier
    dropbox_id, team_id = dropbox.id, team.id
    await session.commit()

    almost = (renewal - timedelta(minutes=1)).isoformat()
    assert run_cli(url, "maintain", CLOCK_START=almost).returncode == 0
    session.expire_all()
    kept = await session.get(Addon, dropbox_id)
    assert kept is not None and (kept.tier, kept.next_tier) == ("enhanced", "basic")

    later = (renewal + timedelta(hours=1)).isoformat()
    assert run_cli(url, "maintain", CLOCK_START=later).returncode == 0
    session.expire_all()
    changed = await session.get(Addon, dropbox_id)
    assert changed is not None
    assert (changed.tier, changed.next_tier, changed.status) == ("basic", None, "active")
    assert changed.response_target_minutes == 240
    charges = (
        (await session.execute(select(Charge).where(Charge.team_id == team_id))).scalars().all()
    )
    assert [(c.tier, c.kind, c.amount, c.period_start) for c in charges] == [
        ("basic", "full", Decimal("100.00"), renewal)
    ]


async def test_renewal_keeps_the_anchor_day_through_short_months(
    world: tuple[str, AsyncSession],
) -> None:
    url, session = world
    team = await _northwind(session)
    start = team.renewal_at.replace(year=2027, month=1, day=1)
    team.billing_period_start, team.renewal_at = start, start.replace(day=31)
    team.billing_anchor_day = 31
    await session.commit()

    renewals = []
    for now in ("2027-01-31T12:00:00+00:00", "2027-02-28T12:00:00+00:00"):
        result = run_cli(url, "maintain", CLOCK_START=now)
        assert result.returncode == 0, result.stderr
        team = await _northwind(session)
        renewals.append(team.renewal_at.date().isoformat())
    assert renewals == ["2027-02-28", "2027-03-31"]


async def test_a_team_without_a_stored_anchor_keeps_it_after_february(
    world: tuple[str, AsyncSession],
) -> None:  # a row from before migration 0010, its period clamped from the 31st
    url, session = world
    team = await _northwind(session)
    start = team.renewal_at.replace(year=2027, month=2, day=28)
    team.billing_period_start, team.renewal_at = start, start.replace(month=3, day=31)
    team.billing_anchor_day = None
    await session.commit()

    result = run_cli(url, "maintain", CLOCK_START="2027-03-31T12:00:00+00:00")
    assert result.returncode == 0, result.stderr
    team = await _northwind(session)
    assert (team.renewal_at.date().isoformat(), team.billing_anchor_day) == ("2027-04-30", 31)


async def test_solved_tickets_close_after_a_quiet_week(world: tuple[str, AsyncSession]) -> None:
    url, session = world
    solved = {
        t.id: t.updated_at
        for t in (await session.execute(select(Ticket).where(Ticket.status == "solved"))).scalars()
    }
    assert solved
    newest = max(solved.values())

    async def statuses() -> dict[str, str]:
        session.expire_all()
        rows = await session.execute(select(Ticket.id, Ticket.status).where(Ticket.id.in_(solved)))
        return {str(row[0]): str(row[1]) for row in rows.all()}

    almost = (newest + timedelta(days=7) - timedelta(minutes=5)).isoformat()
    assert run_cli(url, "maintain", CLOCK_START=almost).returncode == 0
    newest_ids = [i for i, t in solved.items() if t == newest]
    assert {(await statuses())[i] for i in newest_ids} == {"solved"}  # not yet a week quiet

    past = (newest + timedelta(days=7, minutes=1)).isoformat()
    assert run_cli(url, "maintain", CLOCK_START=past).returncode == 0
    assert set((await statuses()).values()) == {"closed"}


async def test_forgotten_sign_in_failures_are_purged(world: tuple[str, AsyncSession]) -> None:
    # Records of failed sign-ins only matter while a wait runs or within one base wait
    # (SIGNIN_FAILURE_WINDOW_SECONDS, 300 s) of the last failure; older ones are dropped.
    url, session = world
    now = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
    session.add_all(
        [
            SignInFailure(
                key="pair:old|1.2.3.4", failures=3, last_failed_at=now - timedelta(hours=1)
            ),
            SignInFailure(
                key="pair:recent|1.2.3.4", failures=3, last_failed_at=now - timedelta(minutes=2)
            ),
            SignInFailure(
                key="addr:5.6.7.8",
                failures=60,
                last_failed_at=now - timedelta(hours=2),
                blocked_until=now + timedelta(hours=1),
            ),
        ]
    )
    await session.commit()
    result = run_cli(url, "maintain", CLOCK_START=now.isoformat())
    assert result.returncode == 0, result.stderr
    session.expire_all()
    kept = set((await session.execute(select(SignInFailure.key))).scalars())
    assert kept == {"pair:recent|1.2.3.4", "addr:5.6.7.8"}
