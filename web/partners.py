"""Partners' pages (platform trust & safety teams). A placeholder until the partners' issue:
partners see nothing of cases here."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from .auth import CurrentUser, require_roles
from .templating import render

router = APIRouter()


@router.get("/partner")
def partner_home(request: Request, user: CurrentUser = Depends(require_roles("partner", "admin"))) -> Response:
    return render(request, "partner_home.html", user)
