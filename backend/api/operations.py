"""For operators: ``GET /v1/ready`` (readiness) and ``GET /metrics`` (Prometheus).

``/v1/health`` only says the process answers (liveness); readiness also asks the
database, and says no once the process drains for shutdown, so a load balancer
stops sending it new requests.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from backend.api.problem_docs import NOT_READY, problem_responses
from backend.db.models import MailOutbox
from backend.domain.errors import DomainError
from backend.ops import metrics
from backend.ops.draining import Draining

log = logging.getLogger(__name__)

router = APIRouter(tags=["health"])
metrics_router = APIRouter()

# A database that takes longer than this to say "1" is not fit to serve.
DATABASE_CHECK_SECONDS = 2.0


class Ready(BaseModel):
    status: Literal["ready"]


def not_ready(detail: str) -> DomainError:
    return DomainError("not_ready", 503, "Not ready", detail)


@router.get(
    "/ready",
    responses=problem_responses(NOT_READY),
)
async def ready(request: Request) -> Ready:
    draining: Draining = request.app.state.draining
    if draining.started:
        raise not_ready("This instance is shutting down.")
    try:
        async with asyncio.timeout(DATABASE_CHECK_SECONDS):
            async with request.app.state.sessionmaker() as session:
                await session.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        log.warning("not ready: the database does not answer (%s)", type(exc).__name__)
        raise not_ready("The database does not answer.") from exc
    return Ready(status="ready")


@metrics_router.get("/metrics", include_in_schema=False)
async def prometheus_metrics(request: Request) -> Response:
    try:
        async with asyncio.timeout(DATABASE_CHECK_SECONDS):
            async with request.app.state.sessionmaker() as session:
                waiting = await session.scalar(
                    select(func.count()).select_from(MailOutbox).where(MailOutbox.sent_at.is_(None))
                )
        metrics.MAIL_QUEUE.set(waiting or 0)
    except (SQLAlchemyError, OSError, TimeoutError):
        # The rest is worth having even then; readiness reports the database.
        log.warning("metrics: could not read the mail queue", exc_info=True)
    return Response(metrics.exposition(), media_type=metrics.CONTENT_TYPE)
