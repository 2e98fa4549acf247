"""The PolNeAR bench: its scoring, and a clean skip when the data is absent."""
import importlib.util
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "quotes_polnear.py"


def _bench():
    spec = importlib.util.spec_from_file_location("quotes_polnear", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scoring_exact_and_overlap():
    bench = _bench()
    text = "Will Freeman said that the cartels tax tortillas in some regions."
    gold = [bench.tokens(text, [(0, 12)]), bench.tokens(text, [(18, 64)])]
    pred = [bench.tokens(text, [(5, 12)]), bench.tokens(text, [(23, 64)])]
    exact, overlap = bench.score(pred, gold)
    assert exact == 0 and overlap == 2  # "Freeman" is half of "Will Freeman"
    assert bench.score(gold, gold) == (2, 2)
    assert bench.f1(2, 4, 2) == 2 * 0.5 * 1.0 / 1.5


def test_skips_cleanly_without_data(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--split", "dev"],
        capture_output=True, text=True, env={"FACTDESK_DATA": str(tmp_path), "PATH": ""}, timeout=120,
    )
    assert proc.returncode == 0
    assert "skipped" in proc.stdout


def test_each_attribution_has_its_source(nlp):
    # PolNeAR gives each attribution its own source span, even when two share one mention
    from factdesk.models import Article

    bench = _bench()
    text = ("Will Freeman said the cartels tax tortillas in some regions and added that they pick "
            "candidates in others.")
    sources, contents = bench.ours(nlp(text), text, Article(text=text, language="en"))
    freeman = bench.tokens(text, [(0, 12)])
    assert sources == [freeman, freeman]
    assert len(contents) == 2
