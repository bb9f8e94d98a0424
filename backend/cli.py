"""``premium-support-server`` / ``python -m backend``: migrate, seed, serve, users, maintenance."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from backend.config import Settings, get_settings
from backend.db.migrate import upgrade
from backend.db.session import make_engine, make_sessionmaker

log = logging.getLogger("backend")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = get_settings()
    except ValueError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    command: str = args.command
    if command == "migrate":
        upgrade(settings)
        print("database is at the newest schema")
        return 0
    if command == "seed-demo":
        return _seed_demo(settings)
    if command == "create-user":
        return asyncio.run(_create_user(settings, args))
    if command == "serve":
        return _serve(settings, args)
    if command == "maintain":
        return _maintain(settings)
    if command == "rebuild-rollups":
        return _rebuild_rollups(settings)
    if command == "openapi":
        from backend.openapi import openapi_text

        sys.stdout.write(openapi_text())
        return 0
    parser.error(f"unknown command {command}")
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="premium-support-server", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="bring the database to the newest schema")
    sub.add_parser("seed-demo", help="create the demo world (once; later runs change nothing)")
    sub.add_parser(
        "maintain",
        help="roll billing periods over and close quiet tickets once (serve does it too)",
    )
    sub.add_parser(
        "rebuild-rollups",
        help="count insights' rollups again from the tickets (safe while the service runs)",
    )
    sub.add_parser("openapi", help="print the OpenAPI document (kept as backend/openapi.json)")
    serve = sub.add_parser("serve", help="serve the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--migrate", action="store_true", help="migrate the database before serving")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (PostgreSQL only: live events reach them all through NOTIFY)",
    )
    serve.add_argument(
        "--instances",
        type=int,
        help="service instances sharing the database (as INSTANCES); above 1 needs SECRET_KEY",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        help="proxies trusted to name the client in X-Forwarded-For (as FORWARDED_ALLOW_IPS; "
        "comma-separated, default 127.0.0.1)",
    )
    serve.add_argument(
        "--seed-demo", action="store_true", help="seed the demo world (if empty) before serving"
    )
    serve.add_argument(
        "--demo-agent",
        action="store_true",
        help="run the built-in demo agent that answers new tickets, chats and callbacks",
    )
    serve.add_argument(
        "--exit-with-parent",
        type=int,
        metavar="PID",
        help="stop when process PID is gone (the desktop client's local mode)",
    )
    user = sub.add_parser("create-user", help="add a user to an existing team (or an agent)")
    user.add_argument("--email", required=True)
    user.add_argument("--name", required=True)
    user.add_argument("--role", choices=("admin", "member", "agent"), default="admin")
    user.add_argument("--team", help="team name (not for agents)")
    user.add_argument("--locale", choices=("en", "ja", "nl"), default="en")
    user.add_argument("--champion", choices=("great", "epic"))
    user.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    return parser


def _seed_demo(settings: Settings) -> int:
    from backend.seed.demo import seed_demo

    async def run() -> None:
        engine = make_engine(settings)
        try:
            async with make_sessionmaker(engine)() as session:
                result = await seed_demo(session)
        finally:
            await engine.dispose()
        if result.created:
            print(f"seeded {result.teams} teams, {result.users} users, {result.tickets} tickets")
        else:
            print("demo world already present; nothing changed")

    asyncio.run(run())
    return 0


def _maintain(settings: Settings) -> int:
    from datetime import timedelta

    from backend.domain.clock import ShiftedClock, SystemClock
    from backend.jobs import run_maintenance

    async def run() -> None:
        engine = make_engine(settings)
        clock = ShiftedClock(settings.clock_start) if settings.clock_start else SystemClock()
        try:
            base_wait = timedelta(seconds=settings.signin_failure_window_seconds)
            await run_maintenance(make_sessionmaker(engine), clock, base_wait)
        finally:
            await engine.dispose()

    asyncio.run(run())
    return 0


def _rebuild_rollups(settings: Settings) -> int:
    from backend.db import rollups

    async def run() -> None:
        engine = make_engine(settings)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(rollups.rebuild)
        finally:
            await engine.dispose()

    asyncio.run(run())
    print("insights rollups counted again from the tickets")
    return 0


async def _create_user(settings: Settings, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from backend.db.models import Team, User
    from backend.db.queries import users
    from backend.domain.passwords import hash_password

    if (args.role == "agent") == bool(args.team):
        print("agents have no team; admins and members need --team", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass()
    if len(password) < 8:
        print("the password needs at least 8 characters", file=sys.stderr)
        return 2
    engine = make_engine(settings)
    try:
        async with make_sessionmaker(engine)() as session:
            if await users.by_email(session, args.email):
                print(f"a user with e-mail {args.email} exists already", file=sys.stderr)
                return 1
            team_id = None
            if args.team:
                team = (
                    await session.execute(select(Team).where(Team.name == args.team))
                ).scalar_one_or_none()
                if team is None:
                    print(f"no team named {args.team!r}", file=sys.stderr)
                    return 1
                team_id = team.id
            session.add(
                User(
                    team_id=team_id,
                    name=args.name,
                    email=args.email,
                    role=args.role,
                    locale=args.locale,
                    champion=args.champion,
                    password_hash=hash_password(password),
                )
            )
            await session.commit()
    finally:
        await engine.dispose()
    print(f"created {args.role} {args.email}")
    return 0


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import logging.config

    import uvicorn

    from backend.ops.logs import log_config

    logging_setup = log_config(settings.log_format)
    logging.config.dictConfig(logging_setup)
    logging.captureWarnings(True)
    if args.demo_agent:
        settings = settings.model_copy(update={"demo_agent": True})
    if args.instances is not None:
        settings = settings.model_copy(update={"instances": args.instances})
    if args.forwarded_allow_ips is not None:
        settings = settings.model_copy(update={"forwarded_allow_ips": args.forwarded_allow_ips})
    # Sign-in throttling keys on the client address: only these proxies may name it.
    allow_ips = settings.forwarded_allow_ips
    if settings.instances > 1 and not settings.has_shared_key:
        # Each instance would sign with a key of its own and refuse the others' tokens.
        print(
            f"configuration error: {settings.instances} instances must sign tokens with one "
            "key: set SECRET_KEY (or SECRET_KEY_FILE) to the same secret on every instance",
            file=sys.stderr,
        )
        return 2
    raise_open_file_limit()
    if args.migrate:
        upgrade(settings)
    if args.seed_demo:
        _seed_demo(settings)
    if args.exit_with_parent:
        _exit_with_parent(args.exit_with_parent)
    options: dict[str, Any] = {
        # httptools (pyproject.toml) when installed, else h11: a cheaper request. asyncio's
        # loop even where uvloop is installed: under 32 connections uvloop served the list
        # page no faster and with a p99 3-5x as long (bench/README.md, 2026-12-06).
        "loop": "asyncio",
        "http": "auto",
        # On SIGTERM uvicorn stops accepting, event streams end with a retry hint
        # (backend.ops.draining), and requests in flight get this long to finish.
        "timeout_graceful_shutdown": max(1, round(settings.shutdown_grace_seconds)),
        "log_config": logging_setup,
        "access_log": False,  # the service writes its own, with the request id
    }
    if args.workers > 1:
        if args.demo_agent:
            print("the demo agent runs in a single-process service", file=sys.stderr)
            return 2
        if settings.is_sqlite:
            print(
                "several workers need PostgreSQL; SQLite serves from one process", file=sys.stderr
            )
            return 2
        if not settings.has_shared_key:
            # One service, one key: the workers read it from the environment
            # they inherit, instead of each making up a key of its own.
            os.environ["SECRET_KEY"] = settings.secret_key
        _share_metrics_between_workers()
        from backend.ops.workers import run_workers

        # Each worker takes one waiting connection per turn of its loop, so that a burst of
        # connections is shared between the workers (backend/ops/fair_accept.py).
        options["loop"] = "backend.ops.fair_accept:sharing_loop"

        # Each worker builds its app from the same environment.
        run_workers(
            "backend.app:create_serving_app",
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="info",
            proxy_headers=True,
            forwarded_allow_ips=allow_ips,
            **options,
        )
        return 0
    from backend.app import create_serving_app

    uvicorn.run(
        create_serving_app(settings),
        host=args.host,
        port=args.port,
        log_level="info",
        proxy_headers=True,
        forwarded_allow_ips=allow_ips,
        **options,
    )
    return 0


def _share_metrics_between_workers() -> None:
    """Let every worker keep its metrics where a scrape of any of them adds them up.

    An operator's PROMETHEUS_MULTIPROC_DIR is emptied first (values of a previous
    run would count again); without one, a temporary directory serves this run.
    """
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    from backend.ops.metrics import MULTIPROCESS_DIR

    given = os.environ.get(MULTIPROCESS_DIR)
    if given:
        directory = Path(given)
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.db"):
            stale.unlink()
        return
    made = tempfile.mkdtemp(prefix="premium-support-metrics-")
    os.environ[MULTIPROCESS_DIR] = made
    atexit.register(shutil.rmtree, made, ignore_errors=True)


def raise_open_file_limit() -> None:
    """Allow as many open sockets as the system lets this process have.

    Every open event stream is a socket; the usual soft limit (1024) would
    refuse connections long before the service is busy.
    """
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):
            log.warning("could not raise the open-file limit from %s", soft)


def _exit_with_parent(parent_pid: int) -> None:
    """Stop gracefully once the parent is gone, even if it died without a word."""
    import signal
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
