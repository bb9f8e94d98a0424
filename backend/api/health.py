from __future__ import annotations

from fastapi import APIRouter

from backend import __version__
from backend.api.deps import NowDep
from backend.api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health")
async def health(now: NowDep) -> Health:
    return Health(status="ok", version=__version__, time=now)
