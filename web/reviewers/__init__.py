"""Pages for the people who review cases: triage (queue, case page, decisions) and oversight
(audit log, QA, dashboard). One router for the app to include."""
from __future__ import annotations

import importlib
from pathlib import Path

from fastapi import APIRouter

from . import models, reports, triage

router = APIRouter()
router.include_router(triage.router)
router.include_router(reports.router)
router.include_router(models.router)

# oversight.py is built by another engineer: included once its file exists (then any import
# error is raised, never hidden).
if (Path(__file__).resolve().parent / "oversight.py").exists():
    router.include_router(importlib.import_module(f"{__name__}.oversight").router)
