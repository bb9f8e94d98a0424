from __future__ import annotations

from fastapi import APIRouter

from backend.api.auth import user_out
from backend.api.deps import CurrentUser
from backend.api.schemas import UserOut

router = APIRouter(tags=["me"])


@router.get("/me")
async def me(user: CurrentUser) -> UserOut:
    return user_out(user)
