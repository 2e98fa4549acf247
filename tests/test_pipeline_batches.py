"""Many articles at once: parsed in batches, analyzed on a second thread, returned in order."""
from factdesk.models import Article
from factdesk.pipeline import BATCH_SIZE, analyze_articles

NAMES = ["Ana Torres", "Will Freeman", "Rubén Salazar", "María Elena Morera", "Carlos Pérez Ricart"]


def test_analyses_come_back_in_the_articles_order():
    articles = [
        Article(text=f'"We counted {n + 2} cases in district {n}," said {NAMES[n % len(NAMES)]}, '
                     f"a researcher in Mexico City.", language="en")
        for n in range(BATCH_SIZE * 2 + 3)  # two full batches and a short one
    ]
    analyses = list(analyze_articles(articles))
    assert [a.article.text for a in analyses] == [a.text for a in articles]
    for n, analysis in enumerate(analyses):
        [quote] = [q for q in analysis.quotes if q.kind.value == "direct"]
        assert quote.text == f"We counted {n + 2} cases in district {n}"
        assert quote.speaker.name == NAMES[n % len(NAMES)]


def test_an_article_in_another_language_keeps_its_place():
    articles = [
        Article(text='"The border is closed," said Will Freeman, a fellow at the Council.', language="en"),
        Article(text="El gobierno dijo que la frontera está cerrada.", language="es"),
        Article(text='"Crime fell," Ana Torres said.', language="en"),
    ]
    analyses = list(analyze_articles(articles))
    assert [a.article.language for a in analyses] == ["en", "es", "en"]
    assert analyses[1].quotes == []
    assert analyses[2].quotes[0].speaker.name == "Ana Torres"


def test_an_error_in_one_analysis_comes_after_the_analyses_before_it(monkeypatch):
    import factdesk.pipeline as pipeline

    real = pipeline.analyze_doc

    def fails_on_the_third(doc, article):
        if "district 2" in article.text:
            raise RuntimeError("broken analysis")
        return real(doc, article)

    monkeypatch.setattr(pipeline, "analyze_doc", fails_on_the_third)
    articles = [Article(text=f'"We counted cases in district {n}," said Will Freeman.', language="en")
                for n in range(5)]
    delivered = []
    try:
        for analysis in analyze_articles(articles):
            delivered.append(analysis.article.text)
    except RuntimeError as error:
        assert str(error) == "broken analysis"
    else:
        raise AssertionError("the error was swallowed")
    assert delivered == [a.text for a in articles[:2]]
