"""The content reader: which words of a sentence a cue reports.

A 3-layer MiniLM token tagger trained on PolNeAR train (training/train_content_reader.py,
model card in content_model/README.md). It reads the cue's sentence with the cue's head word
marked (segment id 1) and gives every word a content logit. The quote stage asks it for the
reported clause of cues with no quote marks of their own; where it marks nothing, or is not
installed, the parse's clause (indirect.content_tokens) stands.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from factdesk.nlp.datelines import past_dateline
from factdesk.nlp.models import INT8_BATCH, length_batches, minilm_model
from factdesk.quotes.cues import word_starts

MODEL_DIR = Path(__file__).with_name("content_model")
# Stretches the reader split inside one clause (at most GAP_WORDS words apart, none a verb)
# become the clause when they cover COMPLETE of it. Content overlap F1 0.750 -> 0.748 on PolNeAR
# dev, 0.794 -> 0.793 on train (the annotators often keep part of a phrase); chosen for readers,
# who get 'although corruption at the local level is well documented', not 'although corruption
# at the local' and 'is well'.
COMPLETE = 0.5
GAP_WORDS = 3
DANGLING = {"ADP", "DET", "CCONJ"}  # 'the strategy on', 'the cartels "terrorists" — a'
SAYS_SOMETHING = {"NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ"}
CLAUSE_PARTS = {"aux", "auxpass", "mark", "neg", "nsubj", "nsubjpass", "advmod"}


def cue_segments(enc, head_at: int, head_len: int) -> list[int] | None:
    """Segment ids for a sentence's encoding with the cue head's wordpieces at 1 (its
    characters at [head_at, head_at + head_len)); None when the length limit cut it off."""
    types = [int(not special and a < head_at + head_len and b > head_at)
             for (a, b), special in zip(enc.offsets, enc.special_tokens_mask)]
    return types if any(types) else None


class ContentReader:
    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 1) -> None:
        _, self.tokenizer, self.session = minilm_model(model_dir, threads)

    def reported(self, doc, heads: list[int]) -> dict[int, list[tuple[int, int]]]:
        """{cue head: token spans of what it reports} for the cue heads (token indices) of
        `doc`; a head the reader marks nothing for is left out."""
        sentences = {h: doc[h].sent for h in heads}
        starts = sorted({sent.start for sent in sentences.values()})  # each sentence read in once
        # read from past a dateline: 'MEXICO CITY (AP) —' is no part of what anyone said
        text = doc.text  # built on each access: read it once
        begin = {i: past_dateline(text, doc[i].sent.start_char, doc[i].sent.end_char) for i in starts}
        encodings = dict(zip(starts, self.tokenizer.encode_batch(
            [text[begin[i] : doc[i].sent.end_char] for i in starts])))
        firsts = {i: word_starts(enc.offsets) for i, enc in encodings.items()}
        rows = []
        for h in heads:
            sent = sentences[h]
            enc = encodings[sent.start]
            if doc[h].idx < begin[sent.start]:
                continue
            types = cue_segments(enc, doc[h].idx - begin[sent.start], len(doc[h].text))
            if types is not None:
                rows.append((h, enc.ids, types, firsts[sent.start]))
        out: dict[int, list[tuple[int, int]]] = {}
        for part, input_ids, mask in length_batches([r[1] for r in rows], INT8_BATCH):
            segments = mask * 0
            for k, r in enumerate(part):
                segments[k, : len(rows[r][2])] = rows[r][2]
            z = self.session.run(None, {"input_ids": input_ids, "attention_mask": mask,
                                        "token_type_ids": segments})[0]
            for k, r in enumerate(part):
                h, _, _, first = rows[r]
                sent = sentences[h]
                at = begin[sent.start]
                marked = {t.i for t in sent if t.i != h and t.idx >= at and first.get(t.idx - at) is not None
                          and z[k, first[t.idx - at]] >= 0.0}
                if doc[h].dep_ == "relcl":
                    # "The aqueduct, which the state says will supply 5 cubic meters per second, was
                    # supposed to open": what the state says is no part of the sentence around it,
                    noun = doc[h].head  # nor of the words the relative clause describes,
                    marked -= set(range(noun.left_edge.i, doc[h].left_edge.i))
                    if noun.head != noun:
                        marked -= {t.i for t in noun.head.subtree} - {t.i for t in noun.subtree}
                    # nor anything before the clause: "The tariff … was doubled by President
                    # Donald Trump, who said foreign steel …": the tariff is not what he said
                    marked = {i for i in marked if i >= doc[h].left_edge.i}
                spans = _runs(doc, sent, marked, h)
                if spans:
                    out[h] = spans
        return out


def _runs(doc, sent, marked: set[int], head: int) -> list[tuple[int, int]]:
    """Maximal stretches of marked words (punctuation between two marked words joins them),
    completed to the clause they mostly cover (never the one holding the cue `head`), trimmed
    of punctuation and conjunctions at their ends, with at least two words each; the longest
    one alone when none has two."""
    runs: list[list[int]] = []
    for t in sent:
        if t.i in marked:
            if runs and _bridged(doc, runs[-1][1], t.i):
                runs[-1][1] = t.i + 1
            else:
                runs.append([t.i, t.i + 1])
    runs = _completed(doc, runs, head)
    for run in runs:  # no dangling 'and' or comma at either end, nor 'on' or 'a' at the end
        while run[1] - run[0] > 1 and (doc[run[0]].is_punct or doc[run[0]].dep_ == "cc"):
            run[0] += 1
        while run[1] - run[0] > 1 and ((doc[run[1] - 1].is_punct and doc[run[1] - 1].text != "%")
                                       or doc[run[1] - 1].dep_ == "cc" or doc[run[1] - 1].pos_ in DANGLING):
            run[1] -= 1
    words = [sum(1 for t in doc[a:b] if not t.is_punct) for a, b in runs]
    long = [(a, b) for (a, b), n in zip(runs, words) if n >= 2 and (
        len(runs) == 1 or any(t.pos_ in SAYS_SOMETHING for t in doc[a:b]))]  # not 'since 2020' beside the rest
    if long:
        return long
    return [tuple(max(runs, key=lambda r: r[1] - r[0]))] if runs else []


def _completed(doc, runs: list[list[int]], head: int) -> list[list[int]]:
    """'although corruption at the [local level] is [well documented]': stretches split by a
    few words (no verb among them) inside one phrase that does not hold the cue join, and
    become the whole clause when they cover enough of it."""
    groups: list[tuple[list[list[int]], object]] = []  # (stretches, the clause they share)
    for run in runs:
        if groups and _split_inside(doc, groups[-1][0][-1][1], run[0]):
            top = _phrase_of(doc, groups[-1][0][0][0], run[1], head)
            if top is not None:
                groups[-1] = (groups[-1][0] + [run], top)
                continue
        groups.append(([run], None))
    out = []
    for group, top in groups:
        a, b = group[0][0], group[-1][1]
        if top is not None:
            lo, hi = top.left_edge.i, top.right_edge.i + 1
            if sum(r[1] - r[0] for r in group) >= COMPLETE * (hi - lo):
                a, b = min(a, lo), max(b, hi)
        out.append([a, b])
    return out


def _split_inside(doc, a: int, b: int) -> bool:
    """A few words between two stretches, none a verb ('… and said she …' stays apart)."""
    words = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
    return len(words) <= GAP_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _phrase_of(doc, a: int, b: int, head: int):
    """The lowest word whose phrase holds all of doc[a:b], raised from a subject, auxiliary or
    conjunction to its verb (the clause); None when that phrase would hold the cue."""
    top = doc[a]
    while not (top.left_edge.i <= a and b - 1 <= top.right_edge.i) or top.dep_ in CLAUSE_PARTS:
        if top.head.i == top.i:
            break
        top = top.head
    return None if top.left_edge.i <= head <= top.right_edge.i else top


def _bridged(doc, a: int, b: int) -> bool:
    """Words left unmarked between two marked stretches join them when they are at most one
    small word ('the', 'and') and punctuation (or nothing): the reader's marks are word by word."""
    words = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
    return len(words) <= 1 and all(t.is_stop for t in words)


@lru_cache(maxsize=1)
def load_content_reader() -> ContentReader | None:
    """The committed content reader, loaded once; None when it is not installed."""
    if not (MODEL_DIR / "model.onnx").is_file():
        return None
    return ContentReader(MODEL_DIR, threads=1)
