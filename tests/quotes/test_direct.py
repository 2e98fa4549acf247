"""Direct quotes in every common news order, on hand-written news paragraphs."""

SAID_X = (
    '"There is no evidence of an alliance at the top," said Carlos Pérez Ricart, a political '
    'scientist in Mexico City. "What we see is local collusion, town by town."'
)


def test_said_x_then_second_quote_belongs_to_x(quotes_of, find):
    quotes = quotes_of(SAID_X)
    first = find(quotes, "no evidence of an alliance")
    second = find(quotes, "local collusion")
    assert first.kind.value == "direct" and second.kind.value == "direct"
    assert first.text == "There is no evidence of an alliance at the top"
    assert first.cue.text == "said"
    assert first.speaker.name == "Carlos Pérez Ricart"
    assert first.speaker.role == "political scientist in Mexico City"
    assert second.speaker.name == "Carlos Pérez Ricart"
    assert second.text == "What we see is local collusion, town by town."


def test_x_said_after_quote(quotes_of, find):
    text = (
        "Carlos Pérez Ricart teaches in Mexico City. "
        "“Those are not the numbers of a state that runs the cartels,” Pérez Ricart said."
    )
    q = find(quotes_of(text), "numbers of a state")
    assert q.kind.value == "direct"
    assert q.cue.text == "said"
    assert q.speaker.mention == "Pérez Ricart"
    assert q.speaker.name == "Carlos Pérez Ricart"
    assert text[q.cue.start : q.cue.end] == "said"


def test_x_said_colon_quote(quotes_of, find):
    text = 'Claudia Sheinbaum said: "We do not negotiate with criminals."'
    q = find(quotes_of(text), "negotiate")
    assert q.kind.value == "direct"
    assert q.text == "We do not negotiate with criminals."
    assert q.speaker.name == "Claudia Sheinbaum"
    assert q.cue.text == "said"


def test_quote_over_several_sentences(quotes_of, find):
    text = (
        "“The cartels are not the state. They buy mayors and police chiefs. Over 30 candidates "
        "were assassinated last year,” said Will Freeman, a fellow at the Council on Foreign Relations."
    )
    q = find(quotes_of(text), "They buy mayors")
    assert q.text.startswith("The cartels are not the state.")
    assert q.text.endswith("assassinated last year")
    assert q.speaker.name == "Will Freeman"
    assert q.speaker.role == "fellow at the Council on Foreign Relations"


def test_quote_continued_in_next_paragraph_without_cue(quotes_of, find):
    text = (
        "“In some regions the cartels tax tortillas, limes and chicken,” said Will Freeman, "
        "a fellow at the Council on Foreign Relations.\n\n"
        "“That is a parallel power, and the government knows it.”\n\n"
        "The Senate did not vote on the measure."
    )
    quotes = quotes_of(text)
    q = find(quotes, "That is a parallel power")
    assert q.kind.value == "direct"
    assert q.speaker is not None and q.speaker.name == "Will Freeman"


def test_quote_running_on_across_paragraphs(quotes_of, find):
    text = (
        "“Almost 2,000 people were handed over in one year,” said Carlos Pérez Ricart. "
        "“Nobody had done that before.\n\n"
        "“It was a political decision, not a legal one.”"
    )
    quotes = quotes_of(text)
    assert find(quotes, "Nobody had done").speaker.name == "Carlos Pérez Ricart"
    assert find(quotes, "political decision").speaker.name == "Carlos Pérez Ricart"


def test_quote_interrupted_by_cue(quotes_of, find):
    text = "“We are ready,” Claudia Sheinbaum said, “to cooperate on security, not to be invaded.”"
    quotes = quotes_of(text)
    assert find(quotes, "We are ready").speaker.name == "Claudia Sheinbaum"
    assert find(quotes, "to cooperate").speaker.name == "Claudia Sheinbaum"


def test_quote_signed_with_a_dash(quotes_of, find):
    text = "“The claim does not survive contact with the data.” ― Carlos Pérez Ricart\n"
    q = find(quotes_of(text), "does not survive")
    assert q.speaker.name == "Carlos Pérez Ricart"
    assert q.cue.text == "―"


def test_straight_curly_and_guillemet_quotes_agree(quotes_of, find):
    for opening, closing in (('"', '"'), ("“", "”"), ("«", "»")):
        text = f"{opening}Mexico is not a narco-state,{closing} said Will Freeman."
        q = find(quotes_of(text), "narco-state")
        assert q.text == "Mexico is not a narco-state"
        assert q.speaker.name == "Will Freeman"


def test_single_quotes_inside_double_stay_in_the_quote(quotes_of, find):
    text = "“They called it ‘a parallel power,’ and they were right,” said Will Freeman."
    quotes = quotes_of(text)
    q = find(quotes, "parallel power", "direct")
    assert q.text == "They called it ‘a parallel power,’ and they were right"
    assert q.speaker.name == "Will Freeman"


def test_unbalanced_marks_lose_only_the_broken_quote(quotes_of, find):
    text = (
        "The senator's aide wrote \"the cartels run Mexico in a memo.\n\n"
        "“There is no evidence of an alliance,” said Carlos Pérez Ricart."
    )
    q = find(quotes_of(text), "no evidence")
    assert q.speaker.name == "Carlos Pérez Ricart"


def test_doubled_single_marks_direct_quote_and_continuation(quotes_of, find):
    text = (
        "Jesse Jackson sat nearby.\n\n''This museum tells the truth,'' Mr. Bush declared. "
        "''Even today, the journey toward justice is not complete.''"
    )
    quotes = quotes_of(text)
    first = find(quotes, "museum tells the truth")
    assert first.kind.value == "direct" and first.speaker.mention == "Mr. Bush"
    assert first.speaker.name == "Bush"
    assert find(quotes, "journey toward justice").speaker.mention == "Mr. Bush"


def test_show_title_next_to_cue_is_not_a_quote(quotes_of):
    text = 'Claudia Sheinbaum said on "Fox News Sunday" that Mexico does not negotiate with criminals.'
    for q in quotes_of(text):
        assert "Fox News Sunday" != q.text or q.speaker is None


def test_question_then_named_cue_sentence(quotes_of, find):
    text = "“Why is nobody asking where the guns come from?” Claudia Sheinbaum asked."
    q = find(quotes_of(text), "guns come from")
    assert q.kind.value == "direct"
    assert q.speaker.name == "Claudia Sheinbaum"
    assert q.cue.text == "asked"


def test_quote_then_new_statement_is_not_linked(quotes_of, find):
    text = (
        "“We do not negotiate with criminals.” Experts say the claim ignores how violence "
        "has battered the state itself."
    )
    quotes = quotes_of(text)
    q = find(quotes, "negotiate with criminals")
    assert q.speaker is None or q.speaker.mention != "Experts"
    experts = find(quotes, "the claim ignores")
    assert experts.speaker.mention == "Experts"


def test_dash_between_quote_and_cue(quotes_of, find):
    text = "“We are ready to cooperate, not to be invaded” — said Claudia Sheinbaum on Tuesday."
    q = find(quotes_of(text), "ready to cooperate")
    assert q.kind.value == "direct"
    assert q.speaker.name == "Claudia Sheinbaum"


def test_quote_broken_off_with_a_dash(quotes_of, find):
    text = "“If the cartels ran the state—” Will Freeman said, before the moderator cut him off."
    q = find(quotes_of(text), "cartels ran the state")
    assert q.text == "If the cartels ran the state"
    assert q.speaker.name == "Will Freeman"


def test_a_quote_ending_a_paragraph_is_not_the_next_paragraphs_speakers(quotes_of, find):
    text = ('"We will not let families choose between water and food," Torres told a packed '
            'council chamber. "The utility made a profit of $40 million last year."\n\n'
            'Councilman Roberto Salinas, who chairs the budget committee, disagreed.')
    profit = find(quotes_of(text), "profit of $40 million")
    assert profit.speaker.mention == "Torres"


def test_a_surname_the_recognizer_missed_takes_the_full_name(quotes_of, find):
    text = ("Mayor Ana Torres promised on Monday to cut water rates by 15 percent next year.\n\n"
            '"We will not let families choose between water and food," Torres told the council.')
    quotes = quotes_of(text)
    assert find(quotes, "cut water rates").speaker.name == "Ana Torres"
    said = find(quotes, "choose between water and food").speaker
    assert (said.name, said.role, said.mention) == ("Ana Torres", "Mayor", "Torres")


def test_words_quoted_around_a_cue_set_off_by_commas_are_the_speakers(quotes_of, find):
    text = ("In his book, historian Benjamin Smith argues that the state never controlled the drug "
            "trade. The so-called \u201cwar on drugs,\u201d he writes, was \u201ca war on the poor.\u201d")
    q = find(quotes_of(text), "a war on the poor", kind="partial")
    assert (q.speaker.name, q.cue.text) == ("Benjamin Smith", "writes")


def test_the_name_of_a_program_in_quote_marks_is_not_speech(quotes_of):
    text = ("Smith told the BBC's \u201cHARDtalk\u201d program that Washington's approach had failed.")
    assert not [q for q in quotes_of(text) if q.text == "HARDtalk"]


def test_a_contact_line_is_no_speaker(quotes_of):
    text = ("The defendants are presumed innocent until proven guilty.\n\n"
            "Contact: Office of Public Affairs, (202) 514-2007\n\nMedia contact: Ana Ruiz, 555-0100")
    assert [q for q in quotes_of(text) if q.speaker is not None] == []


def test_a_fact_check_s_rating_box_is_no_speaker(quotes_of):
    text = ("Claim: “We doubled the minimum wage,” former president Andrés Manuel López Obrador said.\n\n"
            "Rating: Mostly true\n\nThe daily minimum wage was 88.36 pesos in December 2018.")
    quotes = quotes_of(text)
    assert [q.speaker.name for q in quotes if q.speaker is not None] == ["Andrés Manuel López Obrador"]


def test_a_lead_in_line_gives_the_paragraph_below_it_to_its_speaker(quotes_of, find):
    text = ("Rush Limbaugh spent the hour on the debate.\n\nLimbaugh added:\n\nAnd from a supposed "
            "front-runner, this reeks of some of the greatest fear that I have ever seen.\n\n"
            "The debate is on Monday.")
    q = find(quotes_of(text), "supposed front-runner")
    assert (q.kind.value, q.speaker.name, q.cue.text) == ("direct", "Rush Limbaugh", "added")
    assert q.text.endswith("that I have ever seen.")


def test_a_name_after_the_quote_speaks_when_the_parse_hangs_it_inside_the_quote(quotes_of, find):
    text = ("“There is a severe disconnect between this White House and our military,” Flynn, a top "
            "Trump surrogate, said Thursday morning on Fox News.")
    q = find(quotes_of(text), "severe disconnect")
    assert (q.kind.value, q.speaker.name, q.speaker.mention) == ("direct", "Flynn", "Flynn, a top Trump surrogate")


def test_a_pull_quote_repeating_a_quote_is_the_same_speakers(quotes_of):
    text = ("\"We have never seen the dams this low in August,\" said Juan Ignacio Barragán, director "
            "of Agua y Drenaje de Monterrey. He said rationing could begin next week.\n"
            "\"We have never seen the dams this low in August.\"\n"
            "Residents already receive water only six hours a day.")
    pulled = [q for q in quotes_of(text) if q.text.startswith("We have never") and q.start > 100]
    assert pulled and pulled[0].speaker.name == "Juan Ignacio Barragán"


def test_a_word_broken_at_its_hyphen_is_no_clause_that_the_cue_reports(quotes_of):
    text = '"Homicides are falling," said Carlos Vilalta, a crime analyst who co-founded the firm AH Datalytics.'
    [q] = quotes_of(text)
    assert (q.kind.value, q.text, q.speaker.name) == ("direct", "Homicides are falling", "Carlos Vilalta")


def test_the_words_after_a_quote_and_its_verb_are_the_speaker_however_parsed(quotes_of, find):
    text = ('"It is not politically correct to say anything against migrants," tweeted a German user '
            'from Hanover going by the handle Pulvermann.\n\n'
            '"They are now completely unloading on Secretary Clinton," said Oversight ranking Democrat '
            'Elijah Cummings (D-Md.). "They are desperate."\n\n'
            'Sanders, meanwhile, who sits at zero such endorsements, said that fact speaks volumes.')
    quotes = quotes_of(text)
    assert find(quotes, "politically correct").speaker.mention.startswith("a German user from Hanover")
    for fragment in ("completely unloading", "desperate"):
        q = find(quotes, fragment, "direct")
        assert q.speaker.name == "Elijah Cummings"
    assert find(quotes, "speaks volumes").speaker.mention == "Sanders"


def test_the_noun_phrase_after_a_quote_and_its_verb_speaks_when_the_parse_gives_it_away(quotes_of, find):
    text = ('"One guy came in and said maybe we should start killing them," said the woman, who like '
            'many in the town did not want to be quoted by name.\n\n'
            '"Gun owners should leave their weapons at home," opined Cleveland\'s Plain Dealer.\n\n'
            '"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson '
            'Forecast, "is that the state loses its edge."')
    quotes = quotes_of(text)
    assert find(quotes, "One guy came in").speaker.mention.startswith("the woman")
    assert find(quotes, "Gun owners", "direct").speaker.name == "Cleveland's Plain Dealer"
    for fragment in ("The risk", "loses its edge"):
        assert find(quotes, fragment, "direct").speaker.name == "Edward Leamer"


def test_both_halves_of_a_quote_split_by_its_verb_are_direct_and_said_once(quotes_of):
    text = ("Falko Ernst has studied criminal groups in Michoacán for a decade.\n\n"
            "\"When you change how you classify a death,\" Ernst said, \"you change the rate.\"")
    quotes = [(q.kind.value, q.text, q.speaker.name) for q in quotes_of(text) if q.speaker]
    assert quotes == [("direct", "When you change how you classify a death", "Falko Ernst"),
                      ("direct", "you change the rate.", "Falko Ernst")]


def test_a_question_put_to_someone_is_not_the_answer_that_follows(quotes_of, find):
    text = ("Sidney Blumenthal spoke on CNN.\n\n"
            "Blumenthal was asked, “If you had known she had a personal server, would you have told her "
            "it’s not a good idea?” He answered, “I have no idea. We’re old friends.”")
    quotes = quotes_of(text)
    assert find(quotes, "I have no idea").speaker.name == "Sidney Blumenthal"
    asked = [q for q in quotes if "personal server" in q.text]
    assert asked and all(q.speaker is None for q in asked)


def test_a_one_word_quote_left_open_at_the_paragraph_end_goes_on_being_said(quotes_of):
    text = ("Mike Vigil ran international operations at the DEA.\n\n"
            "\"Nobody survives that long without protection,\" Vigil said. \"Nobody.\n\n"
            "\"He paid for it, and he paid well.\"")
    quotes = [(q.kind.value, q.text, q.speaker and q.speaker.name) for q in quotes_of(text)]
    assert quotes == [("direct", "Nobody survives that long without protection", "Mike Vigil"),
                      ("direct", "Nobody.", "Mike Vigil"),
                      ("direct", "He paid for it, and he paid well.", "Mike Vigil")]


def test_a_name_the_parse_hung_on_the_verb_after_a_quote_is_the_speaker(quotes_of):
    text = ("“I can point to only two accomplishments. Besides that, not a single accomplishment,” "
            "Bozell answers.\n\nSome in the crowd booed, and when Rubio thanked Miami, a man yelled.")
    quotes = [(q.kind.value, q.speaker and q.speaker.name) for q in quotes_of(text) if "accomplishment" in q.text]
    assert quotes == [("direct", "Bozell")]
