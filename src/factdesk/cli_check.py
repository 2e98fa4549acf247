"""Commands that use the archive's evidence: check, search, serve. Thin, like cli.py."""
from __future__ import annotations

import json

import click

CHECK_FORMATS = ["json", "md", "text", "html", "claimreview"]


def register(cli) -> None:
    cli.add_command(check)
    cli.add_command(search_command)
    try:
        from factdesk.web.cli import serve_command
    except ImportError:  # the [web] extra is not installed
        return
    cli.add_command(serve_command, "serve")


_REVIEW: dict = {}  # ClaimReview publishing details given on the command line


def _print_verdict(verdict, fmt: str, made: dict | None = None) -> None:
    """`made`: where an article makes the claim, with --article ({article, by, by_kind, start, end})."""
    if fmt == "json":
        record = verdict.to_dict() if made is None else {"made": made, **verdict.to_dict()}
        click.echo(json.dumps(record, ensure_ascii=False))
    elif fmt in ("claimreview", "html"):
        from factdesk.report.claimreview import missing_fields, to_claimreview

        fields = dict(_REVIEW)
        if made is not None and made.get("by"):
            fields.setdefault("item_author", made["by"])
            if made.get("by_kind") == "publication" and "item_author" not in _REVIEW:
                fields["item_author_type"] = "Organization"  # 'AP', 'The Border Desk'
        review = to_claimreview(verdict, **fields)
        missing = missing_fields(review)
        if missing:
            click.echo(f"note: ClaimReview validators will ask for {', '.join(missing)} "
                       "(see --review-url, --author, --claim-by, --appeared-at)", err=True)
        if fmt == "claimreview":
            click.echo(json.dumps(review, ensure_ascii=False, indent=2))
        else:
            from factdesk.report.verdict import render_verdict

            click.echo(render_verdict(verdict, "html", claimreview=review))
    else:
        from factdesk.report.verdict import render_verdict

        if made is not None:  # which claim of the article this is, and whose
            by = f", made by {made['by']}" if made.get("by") else ""
            line = f"{made['article']}, chars {made['start']}-{made['end']}{by}"
            click.echo(f"*{line}*\n" if fmt == "md" else f"From {line}")
        click.echo(render_verdict(verdict, fmt))


def _load_evidence(path: str) -> list[dict]:
    """One passage per line, or JSONL objects with text/source (title, url) fields."""
    from factdesk.ingest import read_lines

    passages = []
    for n, line in enumerate(read_lines(path, 20_000_000), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise click.ClickException(f"{path}:{n}: malformed JSON line ({exc.msg})")
            if not isinstance(record, dict) or not str(record.get("text", "")).strip():
                raise click.ClickException(f"{path}:{n}: a JSON passage needs a 'text' field")
            passages.append(record)
        else:
            passages.append({"text": line, "source": f"{path} line {n}"})
    if not passages:
        raise click.ClickException(f"{path}: no evidence passages in the file")
    return passages


@click.command()
@click.argument("claim", required=False)
@click.option("--db", envvar="FACTDESK_DB", default="factdesk.db", show_default=True)
@click.option("--top-k", type=click.IntRange(1, 100), default=8, show_default=True,
              help="How many evidence passages to retrieve.")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text",
              show_default=True)
@click.option("--evidence", "evidence_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Judge against these passages (one per line, or JSONL) instead of the archive.")
@click.option("--article", "article_path", type=click.Path(dir_okay=False),
              help="Check every check-worthy claim of this article (its own sentences, if archived, are not evidence).")
@click.option("--batch", "batch_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="JSONL of {claim, evidence?}: one verdict per line out, in order.")
@click.option("--max-claims", type=int, default=5, show_default=True,
              help="With --article: how many of its best claims to check.")
@click.option("--review-url", help="ClaimReview: the page that publishes this fact check.")
@click.option("--author", "review_author", help="ClaimReview: the fact-checking organization.")
@click.option("--claim-by", help="ClaimReview: who made the claim.")
@click.option("--appeared-at", help="ClaimReview: where the claim appeared (URL).")
def check(claim, db, top_k, fmt, evidence_file, article_path, batch_file, max_claims,
          review_url, review_author, claim_by, appeared_at):
    """Check a claim against the archive (or given evidence) and propose a verdict."""
    from factdesk.pipeline import check_claim
    from factdesk.store import Archive

    _REVIEW.update({k: v for k, v in (("url", review_url), ("author_name", review_author),
                                       ("item_author", claim_by),
                                       ("appearance_url", appeared_at)) if v})
    chosen = [x for x in (claim, article_path, batch_file) if x]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of: a CLAIM, --article PATH, --batch FILE")
    evidence = _load_evidence(evidence_file) if evidence_file else None
    archive = None
    if evidence is None or batch_file:
        if not batch_file and not _archive_exists(db):
            raise click.ClickException(
                f"no archive at {db}: build one with `factdesk ingest PATH --db {db}`, "
                "or give --evidence FILE")
        archive = Archive(db) if _archive_exists(db) else None
    if claim:
        _print_verdict(check_claim(claim, archive, evidence, top_k), fmt)
    elif article_path:
        _check_article(article_path, archive, evidence, top_k, fmt, max_claims)
    else:
        _check_batch(batch_file, archive, top_k, fmt)


def _archive_exists(db: str) -> bool:
    import os

    return db == ":memory:" or os.path.exists(db)


def _check_article(path, archive, evidence, top_k, fmt, max_claims) -> None:
    from factdesk.errors import FactdeskError
    from factdesk.ingest import read_paths
    from factdesk.models import Assertion
    from factdesk.pipeline import analyze_article, check_claim

    [item] = list(read_paths([path]))[:1] or [None]
    if isinstance(item, Exception) or item is None:
        raise click.ClickException(str(item))
    analysis = analyze_article(item)
    claims = [c for c in analysis.claims if c.assertion is Assertion.FACT][:max_claims]
    if not claims:
        click.echo(f"{path}: no check-worthy claims of fact found", err=True)
    for c in claims:
        made = {"article": item.title or path, "by": c.claimant, "by_kind": c.claimant_source,
                "start": c.start, "end": c.end}
        try:
            _print_verdict(check_claim(c.text, archive, evidence, top_k, leave_out=item.id), fmt, made)
        except FactdeskError as exc:
            click.echo(f"error: claim at {c.start}-{c.end}: {exc}", err=True)


def _check_batch(path, archive, top_k, fmt) -> None:
    from factdesk.cli import progress
    from factdesk.errors import FactdeskError
    from factdesk.ingest import read_lines
    from factdesk.pipeline import check_claim

    lines = [(n, l) for n, l in enumerate(read_lines(path, 50_000_000), 1) if l.strip()]
    failed = 0
    for n, line in progress(lines, len(lines), "checking claims"):
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("claim"), str):
                raise FactdeskError("each line needs a JSON object with a 'claim' string")
            evidence = record.get("evidence")
            if evidence is not None:
                evidence = _passages(evidence)
            elif archive is None:
                raise FactdeskError("no evidence given and no archive to search")
            verdict = check_claim(record["claim"], archive, evidence, top_k)
            if fmt == "json":
                click.echo(json.dumps({"line": n, **verdict.to_dict()}, ensure_ascii=False))
            else:
                _print_verdict(verdict, fmt)
        except (json.JSONDecodeError, FactdeskError) as exc:
            failed += 1
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            click.echo(f"error: {path}:{n}: {msg}", err=True)
            if fmt == "json":
                click.echo(json.dumps({"line": n, "error": msg}, ensure_ascii=False))
    if failed:
        raise SystemExit(1)


def _passages(evidence) -> list[dict]:
    """A batch line's 'evidence': a list of passages, each a text or an object with a 'text'."""
    from factdesk.errors import FactdeskError

    wrong = FactdeskError("'evidence' must be a list of passages: texts, or objects with a 'text' string")
    if not isinstance(evidence, list):
        raise wrong
    passages = []
    for e in evidence:
        passage = {"text": e} if isinstance(e, str) else e
        if not isinstance(passage, dict) or not isinstance(passage.get("text"), str) \
                or not passage["text"].strip():
            raise wrong
        passages.append(passage)
    return passages


@click.command("search")
@click.argument("query")
@click.option("--db", envvar="FACTDESK_DB", default="factdesk.db", show_default=True)
@click.option("--mode", type=click.Choice(["hybrid", "lexical", "semantic"]), default="hybrid",
              show_default=True)
@click.option("--limit", type=click.IntRange(1, 500), default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text")
def search_command(query, db, mode, limit, fmt):
    """Search the archive's sentences by words, by meaning, or both."""
    from dataclasses import asdict

    from factdesk.retrieval import search
    from factdesk.store import Archive

    if not _archive_exists(db):
        raise click.ClickException(f"no archive at {db}: build one with `factdesk ingest PATH`")
    for hit in search(Archive(db), query, limit=limit, mode=mode):
        if fmt == "json":
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
        else:
            click.echo(f"{hit.score:8.4f}  {hit.article_id}@{hit.start}  {hit.text}"
                       f"  — {hit.title or ''}")
