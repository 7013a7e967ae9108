"""The review workspace: a server-rendered web app (FastAPI + Jinja2) over the store.

Room order: web imports config, review and workers; only cli imports web. The store is used
only through functions of review/.
"""
