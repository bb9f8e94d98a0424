from __future__ import annotations

from fastapi import APIRouter

from backend import __version__
from backend.api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health")
async def health() -> Health:
    return Health(status="ok", version=__version__)
