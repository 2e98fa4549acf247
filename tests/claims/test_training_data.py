"""The committed scorer's training data keeps the test splits out (training/train_checkworthy.py),
and the bench skips cleanly without data."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "src" / "factdesk" / "claims" / "model"


def _training_module():
    if "train_checkworthy" in sys.modules:
        return sys.modules["train_checkworthy"]
    spec = importlib.util.spec_from_file_location(
        "train_checkworthy", REPO / "training" / "train_checkworthy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_checkworthy"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_drop_held_out_removes_copies_and_copied_stretches():
    t = _training_module()
    rows = [t.Row(f"sentence number {i} about the budget deficit", 0, "clef20", "x")
            for i in range(60)]
    held = {t.norm(r.text) for r in rows[20:40]}
    rows[30].text = "a slightly edited line inside the copied debate stretch"  # near copy
    kept = t.drop_held_out(rows, held)
    texts = {r.text for r in kept}
    assert rows[30].text not in texts  # inside a copied stretch
    assert not any(t.norm(x) in held for x in texts)
    assert rows[0].text in texts and rows[59].text in texts


def test_model_small_and_not_pickled():
    files = sorted(p.name for p in MODEL.iterdir())
    assert "checkworthy.npz" in files and "checkworthy.json" in files
    assert not any(name.endswith((".pkl", ".pickle", ".joblib")) for name in files)
    assert sum(p.stat().st_size for p in MODEL.iterdir()) < 5 * 1024 * 1024


@pytest.mark.slow
def test_no_training_sentence_is_in_a_test_split():
    t = _training_module()
    root = t.data_dir()
    if not root.is_dir():
        pytest.skip(f"no data at {root}")
    rows, _ = t.training_rows(root, dev=False)
    held = t.test_texts(root)
    assert rows and not any(t.norm(r.text) in held for r in rows)


def test_bench_skips_without_data(tmp_path):
    env = {**os.environ, "FACTDESK_DATA": str(tmp_path / "absent")}
    done = subprocess.run([sys.executable, str(REPO / "bench" / "checkworthy.py")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0
    assert "skipped" in done.stdout
