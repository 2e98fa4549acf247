"""The analysis summary a reporter reads first."""
from pathlib import Path

from factdesk.ingest import read_paths
from factdesk.pipeline import analyze_article
from factdesk.report.analysis import render_analysis

EXAMPLE = Path(__file__).resolve().parents[2] / "examples/articles/mexico-cartels-analysis.txt"


def test_people_are_listed_once_by_their_full_names():
    [article] = list(read_paths([str(EXAMPLE)]))
    summary = render_analysis(analyze_article(article), "text")
    people = next(line for line in summary.splitlines() if line.startswith("People: "))
    listed = people.removeprefix("People: ").split(", ")
    assert "Carlos Pérez Ricart" in listed and "Pérez Ricart" not in listed
    assert "Will Freeman" in listed and "Freeman" not in listed
    assert 'Ismael "El Mayo" Zambada' in listed
