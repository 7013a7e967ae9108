"""Volunteers' pages. A placeholder until the volunteers' issue: volunteers see nothing of cases
here (and never sellers' contact handles)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from .auth import CurrentUser, require_roles
from .templating import render

router = APIRouter()


@router.get("/volunteer")
def volunteer_home(request: Request, user: CurrentUser = Depends(require_roles("volunteer", "admin"))) -> Response:
    return render(request, "volunteer_home.html", user)
