"""The command line. Thin: parses options, calls the library, prints. No logic lives here."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

import click

from factdesk.errors import FactdeskError

FORMATS = ["json", "md", "text"]


class _Failures:
    """Counts the inputs that failed, so the exit code says whether anything did."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, error: Exception) -> None:
        self.count += 1
        click.echo(f"error: {error}", err=True)


def progress(items: Iterable, total: int, label: str) -> Iterator:
    """Yield items with a progress bar on a terminal; nothing extra when stderr is piped."""
    if not sys.stderr.isatty() or total < 2:
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


def _read(paths: Iterable[str], max_size: float | None, failures: _Failures) -> list:
    from factdesk.ingest import DEFAULT_MAX_BYTES, read_paths

    limit = int(max_size * 1_000_000) if max_size else DEFAULT_MAX_BYTES
    articles = []
    for item in read_paths(paths, limit):
        if isinstance(item, Exception):
            failures.report(item)
        else:
            articles.append(item)
    return articles


def _analyses(articles: list, label: str) -> Iterator:
    from factdesk.pipeline import analyze_articles

    return progress(analyze_articles(articles), len(articles), label)


def _emit_json(objects: Iterable[dict]) -> None:
    for obj in objects:
        click.echo(json.dumps(obj, ensure_ascii=False))


def _finish(failures: _Failures) -> None:
    if failures.count:
        raise SystemExit(1)


max_size_option = click.option(
    "--max-size", type=float, default=None, metavar="MB",
    help="Largest file to read, in MB (default 20, or FACTDESK_MAX_MB).")
db_option = click.option(
    "--db", envvar="FACTDESK_DB", default="factdesk.db", show_default=True,
    help="The archive: an SQLite file (FACTDESK_DB overrides the default).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factdesk")
def cli() -> None:
    """factdesk: who said what, what deserves checking, and what the archive says about it."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@max_size_option
def analyze(paths, fmt, max_size):
    """Analyze articles (files, folders, or - for stdin) and print the result."""
    from factdesk.report.analysis import render_analysis

    failures = _Failures()
    articles = _read(paths, max_size, failures)
    for analysis in _analyses(articles, "analyzing"):
        if fmt == "json":
            _emit_json([analysis.to_output()])
        else:
            click.echo(render_analysis(analysis, fmt))
    _finish(failures)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@max_size_option
def ingest(paths, db, max_size):
    """Analyze articles and store them in the archive (each article stored once)."""
    from factdesk.archive_ops import ingest_analyses
    from factdesk.store import Archive

    failures = _Failures()
    articles = _read(paths, max_size, failures)
    archive = Archive(db)
    stored = duplicates = 0
    for article_id, created, error in ingest_analyses(archive, _analyses(articles, "ingesting")):
        if error is not None:
            failures.report(error)
        elif created:
            stored += 1
        else:
            duplicates += 1
    click.echo(f"stored {stored} new article(s), {duplicates} already in the archive, "
               f"{failures.count} failed; archive {db} now holds {archive.count()}", err=True)
    _finish(failures)


@cli.command()
@db_option
@click.option("--limit", default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text")
def articles(db, limit, fmt):
    """List the articles in the archive, newest first."""
    from factdesk.store import Archive

    rows = Archive(db).list_articles(limit=limit)
    if fmt == "json":
        _emit_json(rows)
        return
    if not rows:
        click.echo(f"the archive {db} is empty: add articles with `factdesk ingest PATH`")
    for r in rows:
        click.echo(f"{r['id']}  {r['published'] or '----------'}  {r['quotes']:>3}q {r['claims']:>3}c"
                   f"  {r['title'] or r['path'] or '(untitled)'}")


@cli.command()
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
def show(article_id, db, fmt):
    """Print one archived article with its analysis (an id prefix is enough)."""
    from factdesk.report.analysis import render_analysis
    from factdesk.store import Archive

    analysis = Archive(db).get_analysis(article_id)
    if analysis is None:
        raise click.ClickException(f"no article {article_id!r} in {db} (see `factdesk articles`)")
    if fmt == "json":
        _emit_json([analysis.to_output()])
    else:
        click.echo(render_analysis(analysis, fmt))
        if fmt == "text":
            click.echo(analysis.article.text)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@max_size_option
def quotes(paths, fmt, max_size):
    """Who said what: the quotes of each article, grouped by speaker."""
    from factdesk.report.quotes import render_quotes

    failures = _Failures()
    for analysis in _analyses(_read(paths, max_size, failures), "reading quotes"):
        if fmt == "json":
            _emit_json([{"article_id": analysis.article.id, "path": analysis.article.path,
                         "quotes": [q.to_dict() for q in analysis.quotes]}])
        else:
            head = analysis.article.title or analysis.article.path or analysis.article.id
            click.echo(f"# {head}" if fmt == "md" else f"== {head} ==")
            for note in analysis.notes:
                click.echo(f"note: {note}")
            click.echo(render_quotes(analysis.quotes, fmt))
    _finish(failures)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--top", type=int, default=None, help="Only the N best claims per article.")
@click.option("--lines", "lines_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Score each line of FILE on its own (transcripts, lists).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@max_size_option
def claims(paths, top, lines_file, fmt, max_size):
    """The check-worthy claims of each article, best first, with their numbers."""
    from factdesk.report.claims import render_claims, render_lines

    if lines_file:
        from factdesk.claims import score_lines
        from factdesk.ingest import read_lines

        lines = read_lines(lines_file, 50_000_000)
        results = score_lines(lines)
        if top:
            results = sorted(results, key=lambda r: -r["score"])[:top]
        if fmt == "json":
            _emit_json(results)
        else:
            click.echo(render_lines(results, fmt))
        return
    if not paths:
        raise click.UsageError("give article PATHs, or --lines FILE")
    failures = _Failures()
    for analysis in _analyses(_read(paths, max_size, failures), "finding claims"):
        found = analysis.claims[:top] if top else analysis.claims
        if fmt == "json":
            _emit_json([{"article_id": analysis.article.id, "path": analysis.article.path,
                         "claims": [c.to_dict() for c in found]}])
        else:
            head = analysis.article.title or analysis.article.path or analysis.article.id
            click.echo(f"# {head}" if fmt == "md" else f"== {head} ==")
            for note in analysis.notes:
                click.echo(f"note: {note}")
            click.echo(render_claims(found, fmt))
    _finish(failures)


def main() -> None:
    try:
        from factdesk.cli_check import register

        register(cli)
        cli(standalone_mode=True)
    except FactdeskError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    except OSError as exc:
        click.echo(f"error: {exc.strerror or exc}: {exc.filename or ''}", err=True)
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
