from factdesk.nlp import detect_language


def test_english_and_spanish_news_are_told_apart():
    assert detect_language("The president said on Tuesday that the government would not "
                           "negotiate with the cartels.") == "en"
    assert detect_language("La presidenta dijo el martes que su gobierno no tiene ninguna "
                           "alianza con el crimen organizado.") == "es"


def test_too_little_text_is_undetermined():
    assert detect_language("OK") == "und"
    assert detect_language("12345 67890 !!!") == "und"
