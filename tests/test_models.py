from factdesk.models import Analysis, Article, Quote, QuoteKind, Span, Speaker


def test_ids_come_from_content_and_url():
    assert Article(text="Same words.").id == Article(text="Same words.").id
    assert Article(text="Same words.").id != Article(text="Other words.").id
    assert Article(text="a", url="https://x.example/1").id == Article(text="b", url="https://x.example/1").id


def test_analysis_round_trips_through_json():
    article = Article(text='"We will win," said Ana Ruiz.', title="T")
    quote = Quote(article.id, "We will win,", 1, 13, QuoteKind.DIRECT, cue=Span("said", 15, 19),
                  speaker=Speaker("Ana Ruiz", "Ana Ruiz", 20, 28, role="mayor"), confidence=0.9)
    analysis = Analysis(article, quotes=[quote])
    again = Analysis.from_dict(analysis.to_dict())
    assert again == analysis
    assert again.quotes[0].kind is QuoteKind.DIRECT
    assert again.quotes[0].speaker.name == "Ana Ruiz"
