from factdesk.quotes.marks import find_marked


def texts(text):
    return [text[m.start : m.end] for m in find_marked(text)]


def test_straight_and_curly_marks():
    text = 'He said "no deal." She said “maybe later.”'
    assert texts(text) == ["no deal.", "maybe later."]


def test_guillemets_and_single_quotes_inside_double():
    text = "«Ya basta», dijo. “They called it ‘a parallel power,’ not a state,” he said."
    assert texts(text) == ["Ya basta", "They called it ‘a parallel power,’ not a state,"]


def test_top_level_single_quotes_but_not_apostrophes():
    text = "It’s ‘in their heads,’ the pollster said, and Mexico’s leaders agree."
    assert texts(text) == ["in their heads,"]


def test_unbalanced_mark_loses_only_its_quote():
    text = 'First "broken quote here.\n\nThen "a fine quote," she said.'
    assert texts(text) == ["a fine quote,"]


def test_stray_closing_mark_is_skipped():
    text = "Stray ” mark. Then “a quote” follows."
    assert texts(text) == ["a quote"]


def test_quote_running_on_into_next_paragraph():
    text = "“The first part runs on.\n\n“And it ends here,” he said."
    marked = find_marked(text)
    assert [text[m.start : m.end] for m in marked] == ["The first part runs on.", "And it ends here,"]
    assert marked[0].runs_on and not marked[1].runs_on


def test_closing_mark_typed_as_opener():
    text = "”Mr. Trump embodies the legacy,” she wrote."
    assert texts(text) == ["Mr. Trump embodies the legacy,"]


def test_ptb_style_marks():
    assert texts("He said ``we will win'' on Tuesday.") == ["we will win"]


def test_doubled_single_marks_as_used_by_some_wires():
    text = "''This museum tells the truth,'' Mr. Bush declared. ''Even today, the journey goes on.''"
    assert texts(text) == ["This museum tells the truth,", "Even today, the journey goes on."]


def test_odd_number_of_marks_never_raises():
    text = 'He said "one" and "two" and "three'
    assert texts(text) == ["one", "two"]


def test_broken_quote_is_logged(caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="factdesk.quotes.marks"):
        assert texts('She said "this never closes.') == []
    assert any("unbalanced" in r.getMessage() for r in caplog.records)


def test_a_plural_s_apostrophe_inside_a_single_quote_does_not_close_it():
    text = ("‘We can’t keep doing this. The cartels’ money is everywhere,’ said Ana Torres. "
            "‘We want peace,’ the governors’ association said.")
    spans = [text[m.start:m.end] for m in find_marked(text)]
    assert spans == ["We can’t keep doing this. The cartels’ money is everywhere,", "We want peace,"]
