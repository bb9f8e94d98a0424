"""The built-in demo agent (``serve --demo-agent``): every channel comes alive in a demo.

It looks after tickets created while it runs (the seeded history stays as it
is): it joins chats after a few seconds and chats along, and answers written
requests — in the ticket's language. Calls it makes as one agent would: one at a
time, the callback queue in its order (R15, first come first served), so a call
queued before it started (the demo world has one) is the first it makes, and a
newer one never goes before an older one. As for any
agent, its first written line is the first response (R3): joining a chat or
moving a call along is an event, the chat's first line or the call's summary
answers.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from backend.agents import actions, demo_script
from backend.agents.demo_script_spec import CategoryAnswers
from backend.db.models import Message, Ticket, User
from backend.db.queries import tickets as ticket_queries
from backend.domain.clock import Clock
from backend.domain.tickets import MessageKind

log = logging.getLogger(__name__)

AGENT_EMAIL = "agent@vendor.example"
JOIN_AFTER = timedelta(seconds=3)
CHAT_LINE_EVERY = timedelta(seconds=4)
ANSWER_AFTER = timedelta(seconds=5)
CALL_AFTER = timedelta(seconds=5)
CALL_LASTS = timedelta(seconds=8)
# The pace its queue moves at, for the callers' estimates (R15): the wait before a call
# and the call itself.
SECONDS_PER_CALL = int((CALL_AFTER + CALL_LASTS).total_seconds())

ANSWERS = {a.category: a for a in demo_script.ANSWERS}


def first_name(user: User) -> str:
    return user.name.split()[0]


def _answers(category: str) -> CategoryAnswers:
    return ANSWERS.get(category) or ANSWERS["other"]


class DemoAgent:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock,
        *,
        on_change: asyncio.Event | None = None,
        tick: float = 1.0,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._started = clock.now()
        self._on_change = on_change
        self._tick = tick

    async def run(self) -> None:
        while True:
            try:
                if await self.step():
                    if self._on_change is not None:
                        self._on_change.set()
            except Exception:
                log.exception("demo agent step failed")
            await asyncio.sleep(self._tick)

    async def step(self) -> bool:
        """One round over the live tickets; True when something changed."""
        async with self._sessionmaker() as session:
            agent = (
                await session.execute(select(User).where(User.email == AGENT_EMAIL))
            ).scalar_one_or_none()
            if agent is None:
                return False
            now = self._clock.now()
            changed = False
            for ticket in await self._live(session):
                changed |= self._act(session, ticket, agent, now)
            changed |= await self._calls(session, agent, now)
            if changed:
                await session.flush()
                await ticket_queries.renumber_callback_queue(session, SECONDS_PER_CALL)
                await session.commit()
            return changed

    async def _live(self, session: AsyncSession) -> list[Ticket]:
        result = await session.execute(
            select(Ticket)
            .where(
                Ticket.created_at >= self._started,
                Ticket.status != "closed",
                Ticket.channel != "callback",  # the calls: _calls, in the queue's order
            )
            .options(
                selectinload(Ticket.messages).selectinload(Message.author),
                selectinload(Ticket.followers),  # its answers mail them (actions.answer)
            )
        )
        return list(result.scalars().all())

    async def _calls(self, session: AsyncSession, agent: User, now: datetime) -> bool:
        """One call at a time, the queue's oldest first (R15): the call under way ends
        after CALL_LASTS; then the next in line is called, once it has waited CALL_AFTER."""
        result = await session.execute(
            select(Ticket)
            .where(Ticket.callback_state.in_(("queued", "calling")))
            .order_by(Ticket.created_at, Ticket.id)
        )
        calls = list(result.scalars().all())
        calling = [t for t in calls if t.callback_state == "calling"]
        if calling:
            ticket = calling[0]
            if now - ticket.updated_at < CALL_LASTS:
                return False
            japanese = ticket.language == "ja"
            note = demo_script.CALLBACK_SUMMARY_JA if japanese else demo_script.CALLBACK_SUMMARY_EN
            name = first_name(ticket.submitter)
            actions.move_callback(
                session,
                ticket,
                agent,
                "completed",
                note.format(name=name, phone=ticket.phone or ""),
                now,
            )
            return True
        queued = [t for t in calls if t.callback_state == "queued"]
        if queued and now - queued[0].created_at >= CALL_AFTER:
            actions.move_callback(session, queued[0], agent, "calling", None, now)
            return True
        return False

    def _act(self, session: AsyncSession, ticket: Ticket, agent: User, now: datetime) -> bool:
        age = now - ticket.created_at
        japanese = ticket.language == "ja"
        name = first_name(ticket.submitter)
        if ticket.channel == "chat":
            return self._chat(session, ticket, agent, now, age, japanese, name)
        if ticket.first_responded_at is None and age >= ANSWER_AFTER:
            answers = _answers(ticket.category)
            options = answers.request_ja if japanese else answers.request_en
            actions.answer(
                session, ticket, agent, options[ticket.number % len(options)].format(name=name), now
            )
            return True
        return False

    def _chat(
        self,
        session: AsyncSession,
        ticket: Ticket,
        agent: User,
        now: datetime,
        age: timedelta,
        japanese: bool,
        name: str,
    ) -> bool:
        if ticket.chat_state == "waiting" and age >= JOIN_AFTER:
            # Joining is an event the client words itself; the first line below answers (R3).
            actions.join_chat(session, ticket, agent, now)
            return True
        if ticket.chat_state != "connected":
            return False
        mine = [m for m in ticket.messages if m.author_id == agent.id]  # the join, then lines
        next_line = sum(1 for m in mine if m.kind == MessageKind.TEXT)
        answers = _answers(ticket.category)
        lines = answers.chat_ja if japanese else answers.chat_en
        if not mine or next_line >= len(lines) or now - mine[-1].created_at < CHAT_LINE_EVERY:
            return False
        actions.chat_line(session, ticket, agent, lines[next_line].format(name=name), now)
        return True
