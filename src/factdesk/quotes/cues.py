"""Reporting cues: per-language verb tables, plus a small learned scorer over spaCy features.

The table gives the cues every reader knows ("said", "according to"); the scorer, trained
by `training/train_quotes.py` on PolNeAR train, weighs verbs in their parse context (a verb
with a subject and a clausal complement, next to a quote) and covers the long tail.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.symbols import AUX, NOUN, VERB

from factdesk.quotes.marks import near_marks
from factdesk.quotes.speakers import after_dateline, mention_bounds, source_token, split_nested
from factdesk.quotes.spans import Cue

WEIGHTS = Path(__file__).with_name("cue_weights.json")

# the verbs of speech and of stated position, per language (a feature of the scorer, and
# the whole rule when no weights are installed)
REPORTING_VERBS = {
    "en": {
        "say", "tell", "add", "argue", "warn", "claim", "state", "note", "explain", "insist",
        "acknowledge", "admit", "announce", "assert", "charge", "comment", "complain",
        "concede", "conclude", "contend", "declare", "deny", "describe", "emphasize",
        "estimate", "maintain", "mention", "observe", "predict", "promise", "reply", "report",
        "respond", "reveal", "stress", "suggest", "testify", "write", "ask", "allege",
        "caution", "confirm", "counter", "recall", "remark", "tweet", "vow", "pledge", "urge",
        "accuse", "criticize", "question", "believe", "think", "agree", "disagree", "call",
        "continue", "point", "cite", "propose", "demand", "threaten", "boast", "brag",
        "joke", "quip", "recount", "reiterate", "assure", "inform", "notify",
        "speculate", "worry", "fear", "hope", "show", "find", "indicate", "signal",
    },
}
ACCORDING = {"en": ("according", "to")}  # the phrase cue: "according to X, …"
FEATURE_DEPS = {"ccomp", "xcomp", "dobj", "prep", "dative", "agent", "neg", "aux", "prt", "poss", "acl"}
CANDIDATE_POS = [VERB, AUX, NOUN]
NOT_CUE_DEPS = {"amod", "compound", "aux", "auxpass", "nmod", "det"}  # "so-called", "has said"
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "it", "who", "you"}


def reporting_verbs(language: str = "en") -> set[str]:
    return REPORTING_VERBS.get(language, set())


def is_candidate(tok) -> bool:
    """Tokens the scorer weighs: verbs, and nouns with an owner ("Trump's claim", "a decision by X")."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children)
    return False


def cue_features(tok, near_quote: bool) -> list[str]:
    """The features the learned scorer reads for a candidate cue token."""
    lemma = tok.lemma_.lower()
    dep = tok.dep_
    children = list(tok.children)
    deps = {c.dep_ for c in children}
    subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass", "poss")), None)
    feats = [
        "bias", f"lemma={lemma}", f"dep={dep}", f"tag={tok.tag_}", f"pos={tok.pos_}",
        f"lemma|dep={lemma}|{dep}", f"head={tok.head.lemma_.lower()}|{dep}",
        f"table={lemma in REPORTING_VERBS['en']}", f"near_quote={near_quote}",
        f"lemma|near_quote={lemma}|{near_quote}",
    ]
    for d in sorted(FEATURE_DEPS & deps):
        feats.append(f"has={d}")
        feats.append(f"lemma|has={lemma}|{d}")
    if subj is not None:
        kind = subj.ent_type_ or (subj.lower_ if subj.lower_ in PERSONAL_PRONOUNS else subj.pos_)
        feats.append(f"subj={kind}")
        feats.append(f"lemma|subj={lemma}|{kind}")
        feats.append(f"subj_lemma={subj.lemma_.lower()}")
    else:
        feats.append("subj=none")
    i = tok.i
    for c in children:
        cdep = c.dep_
        if cdep == "ccomp":
            feats.append(f"ccomp_mark={any(g.dep_ == 'mark' for g in c.children)}")
        elif cdep in ("prt", "prep") and c.i > i:
            feats.append(f"lemma|{cdep}={lemma}|{c.lower_}")
        elif cdep == "dobj":
            feats.append(f"dobj={c.ent_type_ or c.lemma_.lower()}")
        elif cdep == "mark":
            feats.append(f"mark={c.lower_}")
    if i + 1 < len(tok.doc):
        nxt = tok.doc[i + 1]
        feats.append(f"next={nxt.lower_ if nxt.is_punct or nxt.is_stop else nxt.pos_}")
    return feats


@lru_cache(maxsize=1)
def _model() -> dict | None:
    if not WEIGHTS.exists():
        return None
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def load_weights() -> dict[str, float] | None:
    model = _model()
    return model["weights"] if model else None


def threshold() -> float:
    model = _model()
    return float(model.get("threshold", 0.5)) if model else 0.5


def cue_score(tok, near_quote: bool, language: str = "en") -> float:
    """Probability that `tok` (a verb) introduces reported speech or a stated position."""
    weights = load_weights()
    if weights is None:
        lemma = tok.lemma_.lower()
        if lemma not in reporting_verbs(language):
            return 0.0
        has_subj = any(c.dep_ == "nsubj" for c in tok.children)
        has_clause = any(c.dep_ == "ccomp" for c in tok.children)
        return 0.9 if (has_clause or near_quote) and (has_subj or tok.dep_ != "ROOT") else 0.4
    z = sum(weights.get(f, 0.0) for f in cue_features(tok, near_quote))
    return 1.0 / (1.0 + math.exp(-z))


def find_cues(doc, marks, in_mark, language: str = "en") -> list[Cue]:
    """Cues outside quote marks, in order, each with the mention that speaks (when found)."""
    cut = threshold()
    near = near_marks(doc, marks)
    first, second = ACCORDING.get(language, ACCORDING["en"])
    pos = doc.to_array("POS")
    phrase = doc.vocab.strings[first] if first in doc.vocab.strings else -1
    wanted = numpy.isin(pos, CANDIDATE_POS) | (doc.to_array("LOWER") == phrase)
    cues = []
    for i in numpy.flatnonzero(wanted).tolist():
        if in_mark[i] >= 0:
            continue
        tok = doc[i]
        if tok.lower_ == first and i + 1 < len(doc) and doc[i + 1].lower_ == second:
            score, end = 0.95, doc[i + 1].idx + len(doc[i + 1].text)
        elif is_candidate(tok) and tok.dep_ not in NOT_CUE_DEPS:
            score = cue_score(tok, near[i], language)
            if score < cut:
                continue
            prt = [c for c in tok.children if c.dep_ == "prt" and c.i == i + 1]
            end = (prt[0].idx + len(prt[0].text)) if prt else tok.idx + len(tok.text)
        else:
            continue
        cue = Cue(i, tok.idx, end, score)
        subject = source_token(tok, lambda t: in_mark[t.i] < 0)
        if subject is not None and in_mark[subject.i] < 0:
            subject = after_dateline(doc, subject, i)
            cue.source_head = subject.i
            cue.source_start, cue.source_end = mention_bounds(subject)
        cues.append(cue)
    split_nested(doc, cues)
    return cues
