"""The FastAPI application."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

from backend import __version__
from backend.agents.demo_agent import SECONDS_PER_CALL, DemoAgent
from backend.api import (
    agents,
    attachments,
    auth,
    billing,
    contract,
    entitlements,
    followers,
    health,
    help_articles,
    help_requests,
    insights,
    me,
    operations,
    problems,
    satisfaction,
    ticket_json,
    ticket_writes,
    tickets,
)
from backend.api import (
    events as event_stream,
)
from backend.api.body_limit import BodyLimitMiddleware
from backend.api.callers import CallerCache
from backend.api.lean_reads import LeanReads
from backend.api.stream_slots import StreamSlots
from backend.config import Settings, get_settings
from backend.db.session import (
    make_engine,
    make_read_engine,
    make_read_sessionmaker,
    make_sessionmaker,
)
from backend.domain.clock import ShiftedClock, SystemClock
from backend.domain.throttle import ThrottlePolicy
from backend.domain.ticket_rules import SECONDS_PER_QUEUED_CALLBACK
from backend.jobs import maintenance_loop
from backend.notify import events
from backend.notify.hub import EventHub
from backend.notify.mail import MailSender
from backend.ops import collector, metrics
from backend.ops.draining import Draining
from backend.ops.middleware import ObservedRequests
from backend.ops.rate_limits import WriteRateLimiter, WriteRateLimits

V1 = "/v1"


def create_serving_app(settings: Settings | None = None) -> FastAPI:
    """The app of a ``serve`` process: as ``create_app``, and once started its objects are
    left out of the garbage collector's passes (``backend.ops.collector``)."""
    app = create_app(settings)
    app.state.serving = True
    return app


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings)
        app.state.engine = engine
        metrics.watch_pool(engine)
        # uvicorn's signal handlers are in place by now (it starts the lifespan inside them).
        app.state.draining.watch_signals(asyncio.get_running_loop())
        bus = events.EventBus()
        app.state.bus = bus
        app.state.sessionmaker = make_sessionmaker(
            engine, events.session_class(bus, postgres=not settings.is_sqlite)
        )
        read_engine = make_read_engine(settings)  # None on SQLite
        if read_engine is not None:
            metrics.watch_pool(read_engine)
        app.state.read_sessionmaker = make_read_sessionmaker(read_engine, app.state.sessionmaker)
        hub = EventHub(app.state.sessionmaker, bus, settings.event_heartbeat_seconds)
        app.state.hub = hub
        # Wake every open stream so it sees the drain and ends with a retry hint.
        app.state.draining.on_start(hub.wake_streams)
        maintenance = asyncio.create_task(
            maintenance_loop(
                app.state.sessionmaker,
                app.state.clock,
                settings.maintenance_interval_seconds,
                app.state.throttle.base_wait,
            ),
            name="maintenance",
        )
        mail = MailSender(settings, app.state.sessionmaker, app.state.clock)
        app.state.mail = mail
        background = [
            maintenance,
            asyncio.create_task(mail.run(), name="mail"),
            asyncio.create_task(hub.run(), name="event-hub"),
        ]
        if not settings.is_sqlite:
            listener = events.PostgresListener(settings.database_url, bus)
            background.append(asyncio.create_task(listener.run(), name="event-listener"))
        if settings.demo_agent:
            agent = DemoAgent(app.state.sessionmaker, app.state.clock, on_change=mail.wakeup)
            background.append(asyncio.create_task(agent.run(), name="demo-agent"))
        if getattr(app.state, "serving", False):
            collector.freeze_startup()
        try:
            yield
        finally:
            for task in background:
                task.cancel()
            for task in background:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await engine.dispose()
            metrics.forget_pool(engine)
            if read_engine is not None:
                await read_engine.dispose()
                metrics.forget_pool(read_engine)
            metrics.process_exiting()

    app = FastAPI(
        title="Premium Support API",
        version=__version__,
        lifespan=lifespan,
        openapi_url="/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.draining = Draining()
    app.state.clock = ShiftedClock(settings.clock_start) if settings.clock_start else SystemClock()
    # R15: how fast the callback queue moves, for its estimates: the demo agent's pace when
    # it makes the calls, an agent's otherwise.
    app.state.callback_pace = (
        SECONDS_PER_CALL if settings.demo_agent else SECONDS_PER_QUEUED_CALLBACK
    )
    app.state.throttle = ThrottlePolicy(
        pair_max_failures=settings.signin_max_failures,
        address_max_failures=settings.signin_address_max_failures,
        base_wait=timedelta(seconds=settings.signin_failure_window_seconds),
        max_wait=timedelta(seconds=settings.signin_max_wait_seconds),
    )
    app.state.callers = CallerCache(settings.auth_cache_seconds)
    # Per process (one app a process): the list items kept encoded.
    ticket_json.configure(settings.list_item_cache)
    app.state.stream_slots = StreamSlots(
        settings.event_streams_per_user, settings.event_streams_retry_after
    )
    # A request is matched against the routes in this order: the pages read most (the
    # ticket list and ticket) come right after the health check. No two routers share
    # a method and path, so the order changes nothing else. Each is included in the app
    # with the /v1 prefix, not through a /v1 router of their own: FastAPI walks every
    # nested router at each match to see whether routes changed (33 walks a health
    # check through the /v1 router).
    modules = (
        health,
        tickets,
        auth,
        me,
        ticket_writes,
        satisfaction,
        followers,
        billing,
        entitlements,
        help_requests,
        help_articles,
        attachments,
        agents,
        event_stream,
        insights,
        operations,
    )
    for module in modules:
        app.include_router(module.router, prefix=V1)
    app.include_router(operations.metrics_router)
    contract.publish(app, (module.router for module in modules), prefix=V1)
    problems.install(app)
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(
        WriteRateLimits,
        limiter=WriteRateLimiter(
            settings.write_rate_limit_per_minute, settings.write_rate_limit_burst
        ),
        secret_key=settings.secret_key,
        now=app.state.clock.now,
    )
    # The two busiest reads, beneath FastAPI's machinery when the caller is remembered
    # (backend/api/lean_reads.py); inside ObservedRequests, so still counted and logged.
    app.add_middleware(
        LeanReads,
        list_route=_route_of(tickets.router, tickets.list_tickets),
        ticket_route=_route_of(tickets.router, tickets.get_ticket),
    )
    # Outermost: every answer, even a refusal, carries the request id and is counted.
    app.add_middleware(ObservedRequests)

    return app


def _route_of(router: APIRouter, endpoint: Callable[..., Any]) -> BaseRoute:
    """The route FastAPI leaves in the scope for ``endpoint``: the router's own (FastAPI
    keeps an included router's routes, with the prefix applied at matching)."""
    return next(r for r in router.routes if isinstance(r, APIRoute) and r.endpoint is endpoint)
