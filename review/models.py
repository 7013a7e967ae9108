"""The store: SQLAlchemy 2 models. The schema itself is owned by Alembic (review/migrations).

Idempotency lives here as unique constraints, so a job that runs twice cannot store twice:
one listing per (platform, listing id), one version per content hash, one assessment per
(version, lexicon, model), one case per listing, one QA sample per assessment.
"""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# suspicious = "needs more": a reviewer saw a possible hit but wants more before confirming.
CASE_STATUSES = ("pending", "suspicious", "confirmed", "dismissed", "escalated")
OPEN_STATUSES = ("pending", "suspicious", "escalated")
PRIORITIES = ("urgent", "high", "normal", "low")  # queue order; cases.priority_rank is the index
ROLES = ("admin", "lead", "analyst", "partner", "volunteer")
TLP_LEVELS = ("RED", "AMBER", "GREEN", "CLEAR")  # Traffic Light Protocol 2.0, most to least restricted
EVIDENCE_KINDS = ("warc", "screenshot")

# Stable constraint names, so migrations can refer to them on every engine.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


TS = DateTime(timezone=True)


class Platform(Base):
    __tablename__ = "platforms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="static")  # static | browser
    base_url: Mapped[str | None] = mapped_column(Text)
    interval_minutes: Mapped[int | None] = mapped_column(Integer)
    last_crawl_at: Mapped[datetime | None] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class User(Base):
    """A person who signs in. Groups are reviewer groups (config/routing.yaml); platforms are the
    platform names a partner may see."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN {ROLES!r}", name="role"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(20), default="analyst")
    groups: Mapped[list] = mapped_column(JSON, default=list)
    platforms: Mapped[list] = mapped_column(JSON, default=list)
    password_hash: Mapped[str | None] = mapped_column(String(200))  # argon2id; None = cannot sign in
    prefs: Mapped[dict] = mapped_column(JSON, default=dict)  # e.g. {"blur": true}
    disabled_at: Mapped[datetime | None] = mapped_column(TS)
    last_login_at: Mapped[datetime | None] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class WebSession(Base):
    """A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so the
    server can revoke a session (logout, disabled user) and a stolen database opens nothing."""

    __tablename__ = "web_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    address: Mapped[str | None] = mapped_column(String(64))
    user_agent: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(TS)
    revoked_at: Mapped[datetime | None] = mapped_column(TS)

    user: Mapped[User] = relationship()


class LoginAttempt(Base):
    """Every sign-in attempt, for rate limits per account and per address."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_username_at", "username", "at"),
                      Index("ix_login_attempts_address_at", "address", "at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(64))
    ok: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class AuditEvent(Base):
    """Append-only log of changes that are not about one case (accounts, settings, sign-ins).
    Case changes are Decisions. The database refuses UPDATE and DELETE (see migration 0003)."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(50))  # user_add | user_disable | login | ...
    target: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[dict | None] = mapped_column(JSON)  # before / after
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow, index=True)


class Listing(Base):
    __tablename__ = "listings"
    __table_args__ = (UniqueConstraint("platform_id", "external_id", name="uq_listings_platform_external"),
                      Index("ix_listings_seller", "platform_id", "seller_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"))
    external_id: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    seller_id: Mapped[str | None] = mapped_column(String(200))
    seller_name: Mapped[str | None] = mapped_column(Text)
    seller_url: Mapped[str | None] = mapped_column(Text)
    current_version_id: Mapped[int | None] = mapped_column(Integer)  # no FK: avoids a cycle
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | gone
    first_seen_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    gone_at: Mapped[datetime | None] = mapped_column(TS)

    platform: Mapped[Platform] = relationship()
    versions: Mapped[list["ListingVersion"]] = relationship(back_populates="listing", order_by="ListingVersion.id")


class ListingVersion(Base):
    __tablename__ = "listing_versions"
    __table_args__ = (UniqueConstraint("listing_id", "content_sha256", name="uq_listing_versions_content"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    crawler_version: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    price_text: Mapped[str | None] = mapped_column(Text)
    price_amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 4))  # money: never float
    currency: Mapped[str | None] = mapped_column(String(10))
    location: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(Text)  # the platform's own category, as shown (not hashed)
    lang: Mapped[str | None] = mapped_column(String(10))
    images: Mapped[list | None] = mapped_column(JSON)
    missing: Mapped[list | None] = mapped_column(JSON)
    capture: Mapped[dict | None] = mapped_column(JSON)
    posted_at: Mapped[datetime | None] = mapped_column(TS)
    fetched_at: Mapped[datetime | None] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)

    listing: Mapped[Listing] = relationship(back_populates="versions")


class Assessment(Base):
    __tablename__ = "assessments"
    __table_args__ = (
        UniqueConstraint("listing_version_id", "lexicon_version", "model_version", name="uq_assessments_version"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_version_id: Mapped[int] = mapped_column(ForeignKey("listing_versions.id"), index=True)
    lexicon_version: Mapped[str] = mapped_column(String(100))
    model_version: Mapped[str] = mapped_column(String(100))
    score: Mapped[float] = mapped_column(Float)
    label: Mapped[str] = mapped_column(String(20))
    flagged: Mapped[bool] = mapped_column(Boolean)
    categories: Mapped[list] = mapped_column(JSON, default=list)
    matches: Mapped[list | None] = mapped_column(JSON)
    cues: Mapped[list | None] = mapped_column(JSON)
    contacts: Mapped[list | None] = mapped_column(JSON)
    explanation: Mapped[str | None] = mapped_column(Text)
    contributions: Mapped[list | None] = mapped_column(JSON)  # [[feature, logit share], ...] (0004)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)

    version: Mapped[ListingVersion] = relationship()


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(f"status IN {CASE_STATUSES!r}", name="status"),
        CheckConstraint(f"priority IN {PRIORITIES!r}", name="priority"),
        CheckConstraint(f"tlp IN {TLP_LEVELS!r}", name="tlp"),
        # ix_cases_queue (the queue order) is defined below the class: it needs score DESC.
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), unique=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    priority_rank: Mapped[int] = mapped_column(Integer, default=2)  # index of priority in PRIORITIES
    score: Mapped[float] = mapped_column(Float, default=0.0)  # the assessment's, copied for the queue order
    reviewer_group: Mapped[str] = mapped_column(String(100))
    routing_rule: Mapped[str | None] = mapped_column(String(200))
    tlp: Mapped[str] = mapped_column(String(10), default="AMBER")
    # The lease: who has the case open, until when. No FK: cases is referenced by many tables and
    # SQLite rebuilds tables to add one.
    assigned_to: Mapped[int | None] = mapped_column(Integer, index=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(TS)
    reason_code: Mapped[str | None] = mapped_column(String(50))  # of the last decision
    decided_at: Mapped[datetime | None] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TS, default=utcnow)

    listing: Mapped[Listing] = relationship()
    assessment: Mapped[Assessment] = relationship()
    decisions: Mapped[list["Decision"]] = relationship(back_populates="case", order_by="Decision.id")
    evidence: Mapped[list["Evidence"]] = relationship(back_populates="case", order_by="Evidence.id")


# The queue: a group's open cases by priority, then score (high first), then age. score DESC is
# in the index itself, so each group's queue is read in order instead of sorted (migration 0004).
Index("ix_cases_queue", Case.reviewer_group, Case.status, Case.priority_rank, Case.score.desc(), Case.created_at,
      Case.id)


class Decision(Base):
    """Append-only audit log: the database refuses UPDATE and DELETE (see the migration)."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str] = mapped_column(String(100))  # who (username, or "system")
    # what: confirm|suspicious|dismiss|escalate|reopen|note|route|assign|release|view|tlp|qa
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    reason_code: Mapped[str | None] = mapped_column(String(50))  # structured why (config/review.yaml)
    reason: Mapped[str | None] = mapped_column(Text)  # free-text why / note
    details: Mapped[dict | None] = mapped_column(JSON)  # before / after of what changed
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)  # when

    case: Mapped[Case] = relationship(back_populates="decisions")


class Evidence(Base):
    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("listing_version_id", "kind", "sha256", name="uq_evidence_content"),
        CheckConstraint(f"kind IN {EVIDENCE_KINDS!r}", name="kind"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_version_id: Mapped[int] = mapped_column(ForeignKey("listing_versions.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(Text)
    warc_record_id: Mapped[str | None] = mapped_column(Text)
    captured_at: Mapped[datetime] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)

    case: Mapped[Case | None] = relationship(back_populates="evidence")


class TakedownReport(Base):
    __tablename__ = "takedown_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("platforms.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft|sent|acknowledged
    created_by: Mapped[str | None] = mapped_column(String(100))
    path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(TS)

    platform: Mapped[Platform] = relationship()
    items: Mapped[list["TakedownReportItem"]] = relationship(back_populates="report")


class TakedownReportItem(Base):
    __tablename__ = "takedown_report_items"
    __table_args__ = (UniqueConstraint("report_id", "case_id", name="uq_takedown_report_items_case"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("takedown_reports.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    removed_at: Mapped[datetime | None] = mapped_column(TS)  # partner said "removed"
    verified_gone_at: Mapped[datetime | None] = mapped_column(TS)  # our re-check saw it gone
    last_checked_at: Mapped[datetime | None] = mapped_column(TS)

    report: Mapped[TakedownReport] = relationship(back_populates="items")
    case: Mapped[Case] = relationship()


class Notification(Base):
    """One row per (case, channel): the notify job sends what is not yet sent."""

    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("case_id", "channel", name="uq_notifications_case_channel"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    reviewer_group: Mapped[str] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(20))  # webhook | email
    sent_at: Mapped[datetime | None] = mapped_column(TS)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class QASample(Base):
    """A below-threshold listing sampled for review, to measure missed positives."""

    __tablename__ = "qa_samples"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), unique=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|missed|correct
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class QAReview(Base):
    """A decision drawn for blind second review: another analyst of the group decides the case
    again without seeing the first decision; a disagreement goes to a lead."""

    __tablename__ = "qa_reviews"
    __table_args__ = (CheckConstraint("status IN ('pending', 'agreed', 'disagreed', 'resolved')", name="status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)  # the first decision
    first_user_id: Mapped[int | None] = mapped_column(Integer)  # who may not review it again
    reviewer_group: Mapped[str] = mapped_column(String(100), index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    second_user_id: Mapped[int | None] = mapped_column(Integer)
    second_action: Mapped[str | None] = mapped_column(String(30))
    second_reason_code: Mapped[str | None] = mapped_column(String(50))
    second_at: Mapped[datetime | None] = mapped_column(TS)
    resolved_by: Mapped[int | None] = mapped_column(Integer)
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class ListingContact(Base):
    """A contact handle (WeChat, QQ, phone...) found in a listing: the index behind the seller
    network view (same handle on other sellers and platforms)."""

    __tablename__ = "listing_contacts"
    __table_args__ = (UniqueConstraint("listing_id", "kind", "handle", name="uq_listing_contacts_handle"),
                      Index("ix_listing_contacts_kind_handle", "kind", "handle"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str] = mapped_column(String(200))  # lower-cased, as found
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class IngestError(Base):
    """An item the crawler sent that could not be stored: where in which batch, which field, why."""

    __tablename__ = "ingest_errors"
    __table_args__ = (UniqueConstraint("batch_id", "position", name="uq_ingest_errors_position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    platform: Mapped[str | None] = mapped_column(String(100))
    listing_id: Mapped[str | None] = mapped_column(String(200))
    field: Mapped[str | None] = mapped_column(String(100))
    message: Mapped[str] = mapped_column(Text)
    item: Mapped[str | None] = mapped_column(Text)  # the raw item, truncated, as JSON text
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


# --- Takedown reports for platform partners (issue 10, migration 0005) ------------------------
# takedown_reports / takedown_report_items (0001) gain what a sent notice needs: who reviewed and
# sent it, the frozen document and per-item payload, and the partner's answer per item. Once a
# report is sent its content is frozen by the database (triggers in 0005); only the tracking
# columns (acknowledged, outcomes, re-check times) still change.

REPORT_STATUSES = ("draft", "reviewed", "sent", "acknowledged")
ITEM_OUTCOMES = ("removed", "restricted", "not_actioned", "needs_clarification")

TakedownReport.reviewed_by = mapped_column(String(100), nullable=True)
TakedownReport.reviewed_at = mapped_column(TS, nullable=True)
TakedownReport.sent_by = mapped_column(String(100), nullable=True)
TakedownReport.acknowledged_at = mapped_column(TS, nullable=True)
TakedownReport.document = mapped_column(JSON, nullable=True)  # the report as sent (schema v1)
TakedownReportItem.payload = mapped_column(JSON, nullable=True)  # the item's notice, frozen at send
TakedownReportItem.outcome = mapped_column(String(30), nullable=True)  # one of ITEM_OUTCOMES
TakedownReportItem.outcome_reason = mapped_column(Text, nullable=True)
TakedownReportItem.outcome_at = mapped_column(TS, nullable=True)
TakedownReportItem.outcome_by = mapped_column(String(100), nullable=True)


class PartnerToken(Base):
    """An API token of a partner: only its SHA-256 is stored; scoped to platforms; revocable."""

    __tablename__ = "partner_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)  # the partner account
    label: Mapped[str | None] = mapped_column(String(200))
    platforms: Mapped[list] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(TS)
    revoked_at: Mapped[datetime | None] = mapped_column(TS)


# --- volunteers: lexicon proposals (issue 11, migration 0006) -----------------------------------
PROPOSAL_STATUSES = ("draft", "previewed", "accepted", "rejected", "reverted")


class LexiconProposal(Base):
    """A proposed change of the keyword files (review/proposals.py): draft -> previewed ->
    accepted | rejected; an accepted one keeps the files' text before and after, so it can be
    reverted, and the lexicon versions it went from and to."""

    __tablename__ = "lexicon_proposals"
    __table_args__ = (CheckConstraint(f"status IN {PROPOSAL_STATUSES!r}", name="status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    op: Mapped[str] = mapped_column(String(20))
    term: Mapped[str] = mapped_column(String(200), index=True)
    spec: Mapped[dict] = mapped_column(JSON)  # the proposal as given (review/lexicon_change.py)
    author: Mapped[str] = mapped_column(String(100))
    author_id: Mapped[int | None] = mapped_column(Integer)
    preview: Mapped[dict | None] = mapped_column(JSON)  # the impact preview's figures and samples
    previewed_at: Mapped[datetime | None] = mapped_column(TS)
    base_files: Mapped[dict | None] = mapped_column(JSON)  # {file: sha256} the preview was made on
    files_before: Mapped[dict | None] = mapped_column(JSON)  # {file: text} when accepted
    files_after: Mapped[dict | None] = mapped_column(JSON)
    lexicon_before: Mapped[str | None] = mapped_column(String(100))
    lexicon_after: Mapped[str | None] = mapped_column(String(100))
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_by_id: Mapped[int | None] = mapped_column(Integer)
    decided_at: Mapped[datetime | None] = mapped_column(TS)
    decision_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


# --- volunteers: lexicon versions and shadow trials (issue 11, migration 0008) ------------------
SHADOW_STATUSES = ("running", "promoted", "dropped")
VERSION_ACTIONS = ("baseline", "accept", "revert", "rollback", "found")


class LexiconFile(Base):
    """One keyword file's text, stored once by its SHA-256 (a version names its files by hash,
    so a version costs only the files it changed)."""

    __tablename__ = "lexicon_files"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class LexiconVersion(Base):
    """A state of config/keywords that went live (review/lexicon_versions.py): its hash, who made
    it, how (accepting or reverting a proposal, a rollback, or found edited by hand), the files."""

    __tablename__ = "lexicon_versions"
    __table_args__ = (CheckConstraint(f"action IN {VERSION_ACTIONS!r}", name="action"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(100), index=True)  # classifiers.load_lexicon's hash
    files: Mapped[dict] = mapped_column(JSON)  # {file name: sha256 of its text in lexicon_files}
    action: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(100))
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("lexicon_proposals.id"))
    restored_id: Mapped[int | None] = mapped_column(Integer)  # rollback: the version row restored
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class LexiconShadow(Base):
    """A proposal on trial in the background (ROOST's Background rules): the classify job also
    scores new listings with the live lexicon plus this change and records what it would flag,
    without opening cases (review/shadow.py), until ends_at or a lead promotes or drops it."""

    __tablename__ = "lexicon_shadows"
    __table_args__ = (CheckConstraint(f"status IN {SHADOW_STATUSES!r}", name="status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("lexicon_proposals.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="running", index=True)
    started_by: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    ends_at: Mapped[datetime] = mapped_column(TS)
    ended_by: Mapped[str | None] = mapped_column(String(100))
    ended_at: Mapped[datetime | None] = mapped_column(TS)
    scored: Mapped[int] = mapped_column(Integer, default=0)  # listings containing the change, scored
    last_error: Mapped[str | None] = mapped_column(Text)  # why the change no longer applies, if so


class ShadowHit(Base):
    """One listing a shadow trial scored differently from the live lexicon, or matched with the
    changed entries: both results, and what a volunteer may see of it (contacts masked)."""

    __tablename__ = "lexicon_shadow_hits"
    __table_args__ = (UniqueConstraint("shadow_id", "listing_version_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shadow_id: Mapped[int] = mapped_column(ForeignKey("lexicon_shadows.id"), index=True)
    listing_version_id: Mapped[int] = mapped_column(ForeignKey("listing_versions.id"))
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    live_label: Mapped[str] = mapped_column(String(20))
    live_score: Mapped[float] = mapped_column(Float)
    live_flagged: Mapped[bool] = mapped_column(Boolean)
    shadow_label: Mapped[str] = mapped_column(String(20))
    shadow_score: Mapped[float] = mapped_column(Float)
    shadow_flagged: Mapped[bool] = mapped_column(Boolean)
    term_matched: Mapped[bool] = mapped_column(Boolean)
    shown: Mapped[dict | None] = mapped_column(JSON)  # review/lexicon_impact.py's _shown parts
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


# --- takedown report delivery (issue 10, migration 0007) ----------------------------------------
DELIVERY_CHANNELS = ("email", "webhook")
DELIVERY_STATUSES = ("pending", "delivered", "failed")


class PartnerEndpoint(Base):
    """Where a platform's sent reports go: e-mail addresses and/or a webhook signed with HMAC-SHA256
    (the secret is shared with the partner, so it is stored as is, shown once, never in pages)."""

    __tablename__ = "partner_endpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(100), unique=True)
    emails: Mapped[list] = mapped_column(JSON, default=list)
    webhook_url: Mapped[str | None] = mapped_column(Text)  # a credential: shown redacted only
    webhook_secret: Mapped[str | None] = mapped_column(String(100))
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class ReportDelivery(Base):
    """One delivery of a sent report over one channel: pending -> delivered | failed (retried)."""

    __tablename__ = "report_deliveries"
    __table_args__ = (UniqueConstraint("report_id", "channel", name="uq_report_deliveries_channel"),
                      CheckConstraint("channel IN ('email', 'webhook')", name="channel"),
                      CheckConstraint("status IN ('pending', 'delivered', 'failed')", name="status"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("takedown_reports.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    target: Mapped[str | None] = mapped_column(String(500))  # redacted: addresses, scheme://host/…
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    response_status: Mapped[int | None] = mapped_column(Integer)
    delivered_at: Mapped[datetime | None] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


# --- trained classifier models and switching between them (issue 11, migration 0011) -------------
MODEL_KINDS = ("candidate", "shipped")  # trained by `wildwatch train`, or classifiers/model.json


class ModelVersion(Base):
    """A classifier model (review/models_registry.py): its file's SHA-256 and text, the version
    assessments record (model.version), how it was trained and its cross-validated figures beside
    the figures of the model that was active then, measured on the same held-out listings."""

    __tablename__ = "model_versions"
    __table_args__ = (CheckConstraint(f"kind IN {MODEL_KINDS!r}", name="kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    version: Mapped[str] = mapped_column(String(100), index=True)  # what assessments.model_version holds
    kind: Mapped[str] = mapped_column(String(20))
    trained_by: Mapped[str] = mapped_column(String(100))
    lexicon_version: Mapped[str | None] = mapped_column(String(100))
    n_train: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[dict] = mapped_column(JSON, default=dict)  # labeled files and decided cases it learned from
    figures: Mapped[dict] = mapped_column(JSON, default=dict)
    model_json: Mapped[str] = mapped_column(Text)  # the file's text: written back if the file is gone
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class ModelSwitch(Base):
    """A lead switched classification to a model (append-only history; the pointer file under the
    data directory is what workers read)."""

    __tablename__ = "model_switches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("model_versions.id"), index=True)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("model_versions.id"))
    actor: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


# -- issue 10, takedown follow-up (migration 0010): relisting and alerts to the lead ----------------
# Append-only section (another issue's section may follow): review/relisting.py and
# review/notifications.py use these.

class RelistingKey(Base):
    """A reported case's fingerprint: platform + seller id and the listing's normalised text key."""

    __tablename__ = "relisting_keys"
    __table_args__ = (Index("ix_relisting_keys_seller", "platform_id", "seller_id"),)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    platform_id: Mapped[int] = mapped_column(Integer)
    seller_id: Mapped[str | None] = mapped_column(String(200))
    text_key: Mapped[str] = mapped_column(String(64), index=True)
    reported_at: Mapped[datetime] = mapped_column(TS)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


class RelistingLink(Base):
    """A listing seen after a takedown that relists a reported case's listing; reasons:
    "seller", "text", "contact:<kind>:<handle>"."""

    __tablename__ = "relisting_links"
    __table_args__ = (UniqueConstraint("listing_id", "earlier_case_id", name="uq_relisting_links_pair"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"))
    earlier_case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    earlier_listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"))
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)


LEAD_ALERT_KINDS = ("still_live",)


class LeadAlert(Base):
    """Something the lead is told outside the queue: a report item the partner said was removed
    that our re-check still sees live. Sent over the case's group channels (routing file)."""

    __tablename__ = "lead_alerts"
    __table_args__ = (UniqueConstraint("kind", "report_item_id", name="uq_lead_alerts_item"),
                      CheckConstraint("kind IN ('still_live')", name="kind"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    report_item_id: Mapped[int] = mapped_column(ForeignKey("takedown_report_items.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    reviewer_group: Mapped[str] = mapped_column(String(100))
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TS, default=utcnow)
    notified_at: Mapped[datetime | None] = mapped_column(TS)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
