"""Reporting cues: per-language verb tables, a small learned scorer over spaCy features, and
a cue reader that reads the whole sentence.

The table gives the cues every reader knows ("said", "according to"); the scorer, trained
by `training/train_quotes.py` on PolNeAR train, weighs verbs in their parse context (a verb
with a subject and a clausal complement, next to a quote). The cue reader (three MiniLM
layers fine-tuned on the same data by `training/train_cue_tagger.py`, int8 ONNX in
quotes/model/) reads each sentence once and knows cues by their meaning ("unleashed
criticism", "is raising questions about"); its logit is averaged with the scorer's.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.symbols import AUX, NOUN, VERB

from factdesk.nlp.models import INT8_BATCH, length_batches, minilm_model
from factdesk.quotes.marks import near_marks
from factdesk.quotes.mentions import after_dateline, mention_bounds, split_nested
from factdesk.quotes.who_speaks import CIRCULATION, is_passive_aside, source_token
from factdesk.quotes.spans import Cue

WEIGHTS = Path(__file__).with_name("cue_weights.json")
READER_DIR = Path(__file__).with_name("model")
# The reader reads only around the candidates the scorer is not sure of (its logit in this
# band), 16 wordpieces either side. On PolNeAR train (dev), end to end, at the ninth landing:
# (-1, 1.5) gave source exact F1 0.777 (0.791) and content overlap F1 0.787 (0.752);
# (-1.5, 1.5) 0.782 / 0.792; (-2, 1.5) 0.785 (0.794) / 0.796 (0.755), for +16% of spaCy's wall
# time (+15.6% at (-1, 1.5); CPU +65% against +59%). (-3, 1.5) was no better on dev; raising
# the top (-1, 2.5) was worse. An earlier (-3, 4) made the analysis +38% (issue 2: +25%).
READ_BAND = (-2.0, 1.5)
READ_WINDOW = 16

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
SURE_VERBS = {"say", "tell"}  # what the reader never talks down when the parse reads a cue
RECORDS = {"data", "figures", "statistics", "records", "documents", "polls", "surveys", "numbers",
           "estimates"}  # what can "show" something, as a source does
RECORDS_SCORE = 0.9
SHOW_FORMS = ("show", "shows", "showed")
ACCORDING = {"en": ("according", "to")}  # the phrase cue: "according to X, …"
FEATURE_DEPS = {"ccomp", "xcomp", "dobj", "prep", "dative", "agent", "neg", "aux", "prt", "poss", "acl"}
CANDIDATE_POS = [VERB, AUX, NOUN]
NOT_CUE_DEPS = {"amod", "compound", "aux", "auxpass", "nmod", "det"}  # "so-called", "has said"
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "it", "who", "you"}


def reporting_verbs(language: str = "en") -> set[str]:
    return REPORTING_VERBS.get(language, set())


IRREGULAR = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
             "writes": "write", "thought": "think", "found": "find", "fears": "fear"}
# what a source says things in, as much a cue of speech as a verb: "a statement from …"
SPEECH_NOUNS = {"according", "statement", "remarks", "comments", "testimony", "interview", "letter",
                "post", "report", "analysis", "study", "survey", "poll", "data", "figures", "view"}


def is_speech_cue(cue: str | None, language: str = "en") -> bool:
    """Does a cue's text say that someone spoke, wrote or found something ("said", "has warned",
    "according to", "a statement from"), rather than that they did something the attribution
    reader also counts ("banned", "voted")? A transcript's label ("TAPPER:") and a handle count."""
    if not cue:
        return False
    if cue.rstrip().endswith(":") or cue.lstrip().startswith("@"):
        return True
    verbs = reporting_verbs(language)
    for word in re.findall(r"[^\W\d_]+", cue.lower()):
        if word in IRREGULAR or word in SPEECH_NOUNS:
            return True
        for ending in ("", "s", "es", "d", "ed", "ing"):
            if ending and not word.endswith(ending):
                continue
            stem = word[: len(word) - len(ending)]
            if {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
                    stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem} & verbs:
                return True
    return False


DISPUTING = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject|dismiss|disput|refut|question|doubt|"
                       r"rebut|contest|challeng|deflect|scoff)", re.I)


def disputes(cue: str | None) -> bool:
    """Is it a cue by which the speaker disputes the words it reports ('denied that', 'rejected')?"""
    return bool(cue and DISPUTING.search(cue))


def is_candidate(tok) -> bool:
    """Tokens the scorer weighs: verbs, and nouns with an owner ("Trump's claim", "a decision by X")."""
    if tok.pos_ in ("VERB", "AUX"):
        return True
    if tok.pos_ == "NOUN":
        deps = {c.dep_ for c in tok.children}
        # 'A viral post on Facebook claims that …' with 'claims' parsed as a noun with a subject
        return "poss" in deps or any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children) \
            or (tok.dep_ == "ROOT" and "nsubj" in deps and "ccomp" in deps)
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


def _linear_logit(tok, near_quote: bool, weights: dict[str, float]) -> float:
    return sum(weights.get(f, 0.0) for f in cue_features(tok, near_quote))


def cue_score(tok, near_quote: bool, language: str = "en") -> float:
    """Probability that `tok` (a verb) introduces reported speech or a stated position,
    from its parse alone (the linear scorer)."""
    weights = load_weights()
    if weights is None:
        lemma = tok.lemma_.lower()
        if lemma not in reporting_verbs(language):
            return 0.0
        has_subj = any(c.dep_ == "nsubj" for c in tok.children)
        has_clause = any(c.dep_ == "ccomp" for c in tok.children)
        return 0.9 if (has_clause or near_quote) and (has_subj or tok.dep_ != "ROOT") else 0.4
    return _sigmoid(_linear_logit(tok, near_quote, weights))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def word_starts(offsets) -> dict[int, int]:
    """{character offset where a word starts: its first wordpiece} from a tokenizer's offsets
    (the reader is trained and read at the same place of each word)."""
    first: dict[int, int] = {}
    for k, (a, b) in enumerate(offsets):
        if b > a and a not in first:
            first[a] = k
    return first


def candidates(doc, in_mark) -> list:
    """The words the cue scorers weigh: candidates outside quote marks, not in a cue's frame
    ("so-called", "has said")."""
    pos = doc.to_array("POS")
    return [
        tok for tok in (doc[i] for i in numpy.flatnonzero(numpy.isin(pos, CANDIDATE_POS)).tolist())
        if in_mark[tok.i] < 0 and is_candidate(tok) and tok.dep_ not in NOT_CUE_DEPS
    ]


class CueReader:
    """Reads sentences and gives each candidate word a cue logit (its first wordpiece's)."""

    def __init__(self, model_dir: Path = READER_DIR, threads: int = 2) -> None:
        config, self.tokenizer, self.session = minilm_model(model_dir, threads)
        self.weight = float(config.get("weight", 0.5))  # its share of the summed logit

    def logits(self, sentences: list, wanted: list[list], unsure: set[int]) -> dict[int, float]:
        """{token index: cue logit} for the `wanted` tokens of each sentence that lie within
        READ_WINDOW wordpieces of an `unsure` one (token indices); only that stretch is read."""
        encodings = self.tokenizer.encode_batch([s.text for s in sentences])
        rows = []
        for sent, enc, tokens in zip(sentences, encodings, wanted):
            first = word_starts(enc.offsets)
            at = [(t.i, first[t.idx - sent.start_char]) for t in tokens if t.idx - sent.start_char in first]
            focus = [k for i, k in at if i in unsure]
            if not focus:  # cut off by the length limit
                continue
            ids = enc.ids
            lo, hi = max(1, min(focus) - READ_WINDOW), min(len(ids) - 1, max(focus) + READ_WINDOW + 1)
            rows.append(([ids[0]] + ids[lo:hi] + [ids[-1]], [(i, k - lo + 1) for i, k in at if lo <= k < hi]))
        out: dict[int, float] = {}
        for part, input_ids, mask in length_batches([ids for ids, _ in rows], INT8_BATCH):
            z = self.session.run(None, {"input_ids": input_ids, "attention_mask": mask})[0]
            for k, r in enumerate(part):
                for i, piece in rows[r][1]:
                    out[i] = float(z[k, piece])
        return out


@lru_cache(maxsize=1)
def load_reader() -> CueReader | None:
    """The committed cue reader, loaded once; None when it is not installed (the scorer alone).
    One thread: it runs beside the parse of the next batch (pipeline.analyze_articles)."""
    if not (READER_DIR / "model.onnx").is_file():
        return None
    return CueReader(READER_DIR, threads=1)


def candidate_scores(doc, in_mark, near, language: str = "en") -> dict[int, float]:
    """{token index: cue probability} for the candidate words outside quote marks: the linear
    scorer's logit mixed with the cue reader's, in the sentences the scorer is unsure of."""
    weights = load_weights()
    words = candidates(doc, in_mark)
    if weights is None:
        return {tok.i: cue_score(tok, near[tok.i], language) for tok in words}
    linear = {tok.i: _linear_logit(tok, near[tok.i], weights) for tok in words}
    reader = load_reader() if language == "en" else None
    if reader is not None:
        low, high = READ_BAND
        unsure = {tok.i for tok in words if low <= linear[tok.i] <= high}
        starts = {doc[i].sent.start for i in unsure}
        by_sent: dict[int, list] = {}
        for tok in words:
            if tok.sent.start in starts:
                by_sent.setdefault(tok.sent.start, []).append(tok)
        sentences = [doc[start].sent for start in by_sent]
        read = reader.logits(sentences, list(by_sent.values()), unsure) if sentences else {}
        for i, z in read.items():
            mixed = (1.0 - reader.weight) * linear[i] + reader.weight * z
            # a speech verb the parse already takes for a cue stays one ("… and said she would …")
            keep = linear[i] >= 0.0 and doc[i].lemma_.lower() in SURE_VERBS
            linear[i] = max(mixed, linear[i]) if keep else mixed
    return {i: _sigmoid(z) for i, z in linear.items()}


def _records_shown(tok):
    """'…, U.S. Census Bureau data show.': the parse may read 'show' as a noun of 'data show';
    the records it names are the source. Returns the records' head word, or None."""
    last = tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text in (".", "!", "\n")
    if tok.pos_ != "NOUN" or not (
            last or any(c.dep_ == "ccomp" for c in tok.children)):
        return None
    return next((c for c in tok.children if c.dep_ in ("compound", "nsubj") and c.i < tok.i
                 and (c.lower_ in RECORDS or c.lemma_.lower() in RECORDS)), None)


def _leads_to_speech(tok, scores: dict[int, float], cut: float) -> bool:
    """A verb that only leads into a cue of speech below it: 'began by saying', 'went on to say'."""
    below = [c for c in tok.children if c.dep_ == "xcomp"]
    below += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pcomp"]
    return any(scores.get(b.i, 0.0) >= cut and b.lemma_.lower() in SURE_VERBS for b in below)


STATES = {"missing", "dead", "killed", "injured", "wounded", "kidnapped", "stolen", "lost", "safe", "sick", "disappeared"}


WITHHELD = {"name", "surname", "identity"}  # what a source may ask to keep out of print


def asks_anonymity(tok) -> bool:
    """'asked not to be named', 'requested anonymity', 'asked that her surname not be used',
    'declined to give her name'."""
    if tok.lemma_.lower() in ("decline", "refuse"):
        return any(c.dep_ == "xcomp" and (c.lemma_.lower() in ("name", "identify") or any(
            g.dep_ == "dobj" and g.lemma_.lower() in WITHHELD for g in c.children)) for c in tok.children)
    if tok.lemma_.lower() not in ("ask", "request"):
        return False
    return any((c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote"))
               or (c.dep_ == "dobj" and c.lemma_.lower() == "anonymity")
               or (c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lemma_.lower() in WITHHELD
                                             for g in c.children))  # "asked that her surname not be used"
               for c in tok.children)


NAMING = {"know", "call", "dub", "nickname", "name"}


def _naming(tok) -> bool:
    """'as the company is known', 'as it is called', 'Nemesio Oseguera, known as "El Mencho"':
    what something is called, not speech."""
    if tok.lemma_.lower() not in NAMING:
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return True
    return any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "mark" and c.lower_ == "as"
                                                                  for c in tok.children)


def _reported_state(tok) -> bool:
    """'… have been reported missing', 'were reported killed': the passive report of a state."""
    return tok.lemma_.lower() == "report" and any(c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ in ("xcomp", "oprd", "acomp") and c.lower_ in STATES for c in tok.children)


# turns of phrase set off by a comma that hold a verb of speech but report nothing
IDIOMS = {("that", "said"), ("all", "told"), ("that", "being", "said"), ("needless", "to", "say"),
          ("suffice", "it", "to", "say"), ("so", "to", "speak"), ("truth", "be", "told")}


def _idiom(tok) -> bool:
    doc = tok.doc
    for words in IDIOMS:
        first = tok.i - len(words) + 1
        if first >= 0 and words[-1] == tok.lower_ and tuple(t.lower_ for t in doc[first:tok.i + 1]) == words:
            before = doc[first - 1].text if first > 0 and first != tok.sent.start else ","
            after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else "."
            if before in (",", "—", "(") or after in (",", "—", ")", "."):
                return True
    return False


# PolNeAR marks most of these as the writer's, with no source: of the 249 sources factdesk
# gave them on its train split, 37 were right
SEEMING = {"seem", "appear"}
INVERTED_FORMS = {"said", "says", "added", "adds", "asked", "wrote", "writes", "continued", "explained"}
INVERTED_SCORE = 0.9
INVERTED_NAME_MAX = 5


def _inverted(doc, in_mark) -> dict[int, tuple[int, int]]:
    """{cue token: (first, last) token of the name} for 'Said Ellis: "…"', a sentence that opens
    with its verb and the speaker's name before a colon or comma (the parse reads 'Said Ellis'
    as a name)."""
    out = {}
    for sent in doc.sents:
        tok = sent[0]
        if tok.lower_ not in INVERTED_FORMS or not tok.text[:1].isupper() or in_mark[tok.i] >= 0:
            continue
        j = tok.i + 1
        while j < sent.end and j - tok.i <= INVERTED_NAME_MAX and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ == "PERSON"):
            j += 1
        if tok.i + 1 < j < sent.end and doc[j].text in (":", ","):
            out[tok.i] = (tok.i + 1, j - 1)
    return out


def find_cues(doc, marks, in_mark, language: str = "en") -> list[Cue]:
    """Cues outside quote marks, in order, each with the mention that speaks (when found)."""
    cut = threshold()
    near = near_marks(doc, marks)
    first, second = ACCORDING.get(language, ACCORDING["en"])
    scores = candidate_scores(doc, in_mark, near, language)
    phrase = doc.vocab.strings[first] if first in doc.vocab.strings else -1
    at_phrase = numpy.flatnonzero(doc.to_array("LOWER") == phrase).tolist()
    shows = [doc.vocab.strings[w] for w in SHOW_FORMS if w in doc.vocab.strings]  # read as words, not token by token
    records = {i: who for i in numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), shows)).tolist()
               if (who := _records_shown(doc[i])) is not None}
    inverted = _inverted(doc, in_mark)
    cues = []
    for i in sorted(set(scores) | set(at_phrase) | set(records) | set(inverted)):
        tok = doc[i]
        if in_mark[i] >= 0:
            continue
        if i in inverted:  # 'Said Ellis: "…"'
            first, last = inverted[i]
            cues.append(Cue(i, tok.idx, tok.idx + len(tok.text), INVERTED_SCORE, last, first, last + 1))
            continue
        if tok.lower_ == first and i + 1 < len(doc) and doc[i + 1].lower_ == second:
            score, end = 0.95, doc[i + 1].idx + len(doc[i + 1].text)
        elif i in records:  # '…, U.S. Census Bureau data show.' with 'show' parsed as a noun
            first_word = min(c.left_edge.i for c in tok.children  # "US Customs and Border Protection data"
                             if c.dep_ in ("compound", "nmod", "amod") and c.i < i or c is records[i])
            cue = Cue(i, tok.idx, tok.idx + len(tok.text), RECORDS_SCORE, records[i].i, first_word, records[i].i + 1)
            cues.append(cue)
            continue
        elif i in scores:
            score = scores[i]
            if score < cut:
                continue
            prt = [c for c in tok.children if c.dep_ == "prt" and c.i == i + 1]
            end = (prt[0].idx + len(prt[0].text)) if prt else tok.idx + len(tok.text)
        else:
            continue
        if is_passive_aside(tok):
            continue  # 'Sheinbaum, asked about the ruling, said …': she was asked
        if _leads_to_speech(tok, scores, cut):
            continue  # 'began by saying he would …': the saying is the cue
        if asks_anonymity(tok):
            continue  # '… said a lime grower who asked not to be named': why no name, not speech
        if _naming(tok):
            continue  # 'Walmex, as the company is known, has …': a name, not speech
        if _reported_state(tok):
            continue  # 'More than 1,800 people have been reported missing': a count, not speech
        if tok.lemma_.lower() in SEEMING:
            continue  # "the court's conservatives seemed ready to …": how it looks, not what was said
        if _idiom(tok):
            continue  # "That said, …", "All told, …": a turn of phrase, nobody speaking
        if tok.lemma_.lower() in CIRCULATION and any(
                c.dep_ == "ccomp" and scores.get(c.i, 0.0) >= cut for c in tok.children):
            continue  # 'A post shared thousands of times claims that …': the claiming is the cue
        cue = Cue(i, tok.idx, end, score)
        subject = source_token(tok, lambda t: in_mark[t.i] < 0)
        if subject is not None and subject.lower_ == "it" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            continue  # 'Is it too much to ask that …', 'it is hard to say whether …': nobody speaks
        if subject is not None and subject.lower_ in ("we", "you") \
                and tok.sent.text.rstrip(" \"'”’)\n").endswith("?"):
            continue  # "Should we really expect a label to change that?": the writer asks, nobody said it
        if subject is not None and in_mark[subject.i] < 0:
            subject = after_dateline(doc, subject, i)
            cue.source_head = subject.i
            cue.source_start, cue.source_end = mention_bounds(subject, i)
        cues.append(cue)
    split_nested(doc, cues)
    return cues
