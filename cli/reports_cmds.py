"""Takedown report commands: `wildwatch reports verify | bundle | pdf | deliver | endpoint | token | stats`.
The work is in review/ (reports, report_bundle, report_delivery) and workers/deliver.py."""
from __future__ import annotations

import json
import sys

import click

CLI_ADMIN = {"id": None, "username": "cli", "role": "admin", "groups": ()}  # whoever runs the CLI on the host


@click.group()
def reports():
    """Takedown reports for platform partners: evidence bundles, PDFs, delivery, API tokens, time to removal."""


@reports.command("verify")
@click.argument("bundle", type=click.Path(exists=True, dir_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List every check that passed too.")
def verify(bundle, verbose):
    """Re-verify an evidence BUNDLE (zip) offline: every file's SHA-256 against the manifest, the
    report JSON against the report's own hash and schema, each screenshot and WARC record against
    the hash in the report. Exit 1 when anything does not match."""
    from review.report_bundle import verify_bundle

    result = verify_bundle(bundle)
    if verbose:
        for line in result["checked"]:
            click.echo(f"  ok  {line}")
    for p in result["problems"]:
        click.echo(f"  BAD {p}")
    if result["ok"]:
        click.echo(f"OK: report {result.get('report_id')} sha256 {result['report_sha256']}, "
                   f"{len(result['checked'])} checks passed")
        return
    click.echo(f"FAILED: {len(result['problems'])} problem(s) in {bundle}")
    sys.exit(1)


def _sent_report(s, report_id):
    from review import reports as r

    try:
        return r.lead_report(s, CLI_ADMIN, report_id)
    except r.ReportError as exc:
        raise click.ClickException(str(exc)) from None


@reports.command("bundle")
@click.argument("report_id", type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="Where to write the zip (a name ending in .wacz writes a WACZ package).")
@click.option("--wacz", is_flag=True, help="Write a WACZ 1.1.1 package instead of the zip bundle.")
def bundle_cmd(report_id, output, wacz):
    """Write the evidence bundle of sent report REPORT_ID (zip: report, evidence, manifest; or WACZ)."""
    from review.db import session_scope
    from review.report_bundle import BundleError, build_bundle
    from review.report_wacz import build_wacz

    build = build_wacz if wacz or str(output).lower().endswith(".wacz") else build_bundle
    with session_scope(readonly=True) as s:
        try:
            data = build(s, _sent_report(s, report_id))
        except BundleError as exc:
            raise click.ClickException(str(exc)) from None
    with open(output, "wb") as fh:
        fh.write(data)
    click.echo(f"wrote {output} ({len(data)} bytes); check it with `wildwatch reports verify {output}`")


@reports.command("pdf")
@click.argument("report_id", type=int)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True)
def pdf_cmd(report_id, output):
    """Render report REPORT_ID as a printable PDF (with screenshots and hashes) through Chromium."""
    from review.db import session_scope
    from web import report_print
    from workers.report_pdf import PdfError

    with session_scope(readonly=True) as s:
        try:
            data = report_print.pdf(s, _sent_report(s, report_id))
        except PdfError as exc:
            raise click.ClickException(str(exc)) from None
    with open(output, "wb") as fh:
        fh.write(data)
    click.echo(f"wrote {output} ({len(data)} bytes)")


@reports.command("deliver")
@click.argument("report_id", type=int)
def deliver_cmd(report_id):
    """Deliver sent report REPORT_ID now (its pending or failed e-mail / webhook deliveries),
    without the workers. Exit 1 when a delivery failed (it stays queued for a retry)."""
    from review import report_delivery
    from review.db import session_scope
    from workers.deliver import DeliveryFailed, deliver_report

    with session_scope() as s:
        _sent_report(s, report_id)
        try:
            report_delivery.queue_deliveries(s, report_id)
        except report_delivery.DeliveryError as exc:
            raise click.ClickException(str(exc)) from None
    try:
        done = deliver_report(report_id)
    except DeliveryFailed as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"report {report_id}: delivered by {', '.join(done['delivered']) or 'nothing new (all delivered, or no endpoint set)'}")


@reports.group("endpoint")
def endpoint():
    """Where a platform's sent reports are delivered (e-mail, signed webhook)."""


@endpoint.command("set")
@click.argument("platform")
@click.option("--email", "emails", multiple=True, metavar="ADDR", help="Partner address; repeatable.")
@click.option("--webhook", default=None, metavar="URL", help="https URL the signed report is POSTed to.")
@click.option("--rotate-secret", is_flag=True, help="Make a new webhook signing secret (the old one stops working).")
def endpoint_set(platform, emails, webhook, rotate_secret):
    """Set PLATFORM's delivery (replaces the previous one). A new webhook secret is printed once:
    give it to the partner with docs/partner_webhook_verify.py."""
    from review import report_delivery
    from review.db import session_scope

    try:
        with session_scope() as s:
            _, secret = report_delivery.set_endpoint(s, CLI_ADMIN, platform, emails=list(emails), webhook_url=webhook,
                                                     rotate_secret=rotate_secret)
    except report_delivery.DeliveryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{platform}: e-mail {', '.join(emails) or '-'}; webhook {report_delivery.shown_url(webhook) or '-'}")
    if secret:
        click.echo(f"webhook signing secret (shown once): {secret}")


@endpoint.command("list")
def endpoint_list():
    """Every platform's delivery addresses (webhook URLs redacted, secrets never shown)."""
    from review import report_delivery
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        rows = report_delivery.endpoints(s)
    if not rows:
        click.echo("no delivery set: `wildwatch reports endpoint set PLATFORM --email ADDR --webhook URL`")
    for r in rows:
        click.echo(f"{r['platform']}: e-mail {', '.join(r['emails']) or '-'}; webhook {r['webhook'] or '-'}")


@reports.group("token")
def token():
    """Partner API tokens: add, list, revoke (only their SHA-256 is stored)."""


@token.command("add")
@click.argument("partner")
@click.option("--label", default=None, help="What the token is for (e.g. their ticketing system).")
def token_add(partner, label):
    """A new API token for partner account PARTNER, scoped to its platforms; printed once."""
    from review import reports as r
    from review.db import session_scope

    try:
        with session_scope() as s:
            row, secret = r.create_token(s, CLI_ADMIN, partner, label)
            tid, platforms = row.id, list(row.platforms)
    except r.ReportError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"token {tid} for {partner} (platforms {', '.join(platforms)})")
    click.echo(f"token (shown once; send as 'Authorization: Bearer ...'): {secret}")


@token.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per token.")
def token_list(as_json):
    """Tokens: id, partner, platforms, created, last used, revoked."""
    from review import reports as r
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        rows = r.token_rows(s)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        else:
            state = f"revoked {row['revoked_at']:%Y-%m-%d}" if row["revoked_at"] else "active"
            used = f"{row['last_used_at']:%Y-%m-%d %H:%M}" if row["last_used_at"] else "never"
            click.echo(f"{row['id']:>4}  {row['partner']:<20} {','.join(row['platforms']):<20} {state:<18} "
                       f"last used {used}  {row['label'] or ''}")
    if not rows and not as_json:
        click.echo("no tokens: `wildwatch reports token add PARTNER`")


@token.command("revoke")
@click.argument("token_id", type=int)
def token_revoke(token_id):
    """Revoke token TOKEN_ID at once."""
    from review import reports as r
    from review.db import session_scope

    try:
        with session_scope() as s:
            r.revoke_token(s, CLI_ADMIN, token_id)
    except r.ReportError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"token {token_id} revoked")


@reports.command("stats")
@click.option("--platform", "platforms", multiple=True, help="Only these platforms; repeatable.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per platform.")
def stats(platforms, as_json):
    """Time to removal per platform: items sent, p50/p90 hours, share removed within 24 h and 7 days,
    the actioned share (accuracy for a trusted-flagger application), items said removed but live."""
    from review import reports as r
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        rows = r.removal_stats(s, list(platforms) or None)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("no sent takedown reports yet")
        return

    def f(v, pct=False):
        return "-" if v is None else (f"{v * 100:.0f}%" if pct else f"{v:.1f}")

    click.echo(f"{'platform':<16}{'items':>6}{'answered':>9}{'p50 h':>8}{'p90 h':>8}{'<=24h':>7}{'<=7d':>7}"
               f"{'actioned':>9}  still live")
    for row in rows:
        click.echo(f"{row['platform']:<16}{row['items']:>6}{row['answered']:>9}{f(row['p50_hours']):>8}"
                   f"{f(row['p90_hours']):>8}{f(row['within_24h'], True):>7}{f(row['within_7d'], True):>7}"
                   f"{f(row['accuracy'], True):>9}  {', '.join(map(str, row['still_live'])) or '-'}")
