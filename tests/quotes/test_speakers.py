"""Pronoun and description speakers, resolved to the full name the article introduced."""
STORY = (
    "Carlos Pérez Ricart, a political scientist in Mexico City, has studied the cartels for a decade. "
    "Mexico's president, Claudia Sheinbaum, has rejected the accusation.\n\n"
    "“We do not negotiate with criminals,” she said on Tuesday.\n\n"
    "“Those are not the numbers of a state that runs the cartels,” he said."
)


def test_she_and_he_go_to_the_person_of_matching_gender(quotes_of, find):
    quotes = quotes_of(STORY)
    she = find(quotes, "negotiate with criminals")
    assert she.speaker.mention == "she"
    assert she.speaker.name == "Claudia Sheinbaum"
    assert she.speaker.role == "Mexico's president"
    he = find(quotes, "numbers of a state")
    assert he.speaker.mention == "he"
    assert he.speaker.name == "Carlos Pérez Ricart"  # Sheinbaum is nearer, but a woman


def test_he_added_colon(quotes_of, find):
    text = (
        "Will Freeman, a fellow at the Council on Foreign Relations, studies organized crime. "
        "He added: “In some regions the cartels tax tortillas, limes and chicken.”"
    )
    q = find(quotes_of(text), "tax tortillas")
    assert q.kind.value == "direct"
    assert q.cue.text == "added"
    assert q.speaker.mention == "He"
    assert q.speaker.name == "Will Freeman"
    assert q.speaker.role == "fellow at the Council on Foreign Relations"


def test_description_goes_to_the_person_whose_role_fits(quotes_of, find):
    text = (
        "Carlos Pérez Ricart, a political scientist in Mexico City, counted the killings. "
        "Claudia Sheinbaum spoke in the capital on Monday. "
        "The researcher said over 30 candidates were assassinated before the 2024 vote."
    )
    q = find(quotes_of(text), "candidates were assassinated")
    assert q.kind.value == "indirect"
    assert q.speaker.mention == "The researcher"
    assert q.speaker.name == "Carlos Pérez Ricart"


def test_canonical_name_from_first_introduction(quotes_of, find):
    text = (
        "Carlos Pérez Ricart, a political scientist in Mexico City, disputes the claim. "
        "Mexico has extradited almost 2,000 people, said Pérez Ricart."
    )
    q = find(quotes_of(text), "almost 2,000 people")
    assert q.speaker.mention == "Pérez Ricart"
    assert q.speaker.name == "Carlos Pérez Ricart"
    assert q.speaker.role == "political scientist in Mexico City"


def test_pronoun_with_nobody_fitting_stays_unresolved(quotes_of, find):
    text = "“The border is a shared problem,” she said."
    q = find(quotes_of(text), "shared problem")
    assert q.speaker.mention == "she"
    assert q.speaker.name is None


def test_pronoun_never_takes_the_wrong_gender(quotes_of, find):
    text = (
        "Will Freeman wrote the report. "
        "“The cartels are a parallel power,” she said."
    )
    q = find(quotes_of(text), "parallel power")
    assert q.speaker.name is None


def test_relative_pronoun_speaker_resolves_to_its_noun(quotes_of, find):
    text = (
        "The cartels answer to Ismael Zambada, who said in court that he was kidnapped and "
        "flown to Texas against his will."
    )
    q = find(quotes_of(text), "kidnapped")
    assert q.speaker.mention == "who"
    assert q.speaker.name == "Ismael Zambada"


def test_honorific_gives_gender(quotes_of, find):
    text = (
        "Ms. Sheinbaum met Will Freeman in Washington. "
        "“Cooperation is not subordination,” she said."
    )
    q = find(quotes_of(text), "not subordination")
    assert q.speaker.name == "Sheinbaum"


def test_name_the_recognizer_missed_still_resolves(quotes_of, find):
    text = (
        "Carlos Pérez Ricart, a political scientist in Mexico City, studies the cartels. "
        "“The claim is false,” Ricart told reporters."
    )
    q = find(quotes_of(text), "claim is false")
    assert q.speaker.name == "Carlos Pérez Ricart"


def test_pronoun_fixes_the_gender_of_an_unknown_name(quotes_of, find):
    text = (
        "Sheinbaum met Pérez Ricart in the capital. "
        "“The data do not show an alliance,” he said. "
        "“We need better data,” she said."
    )
    quotes = quotes_of(text)
    assert find(quotes, "do not show").speaker.name == "Pérez Ricart"
    # "he" made Pérez Ricart a man; the model misses Sheinbaum as a person, so nobody fits "she"
    assert find(quotes, "better data").speaker.name != "Pérez Ricart"


def test_a_spanish_name_the_tagger_calls_an_organization_still_speaks_and_is_he(quotes_of, find):
    # the small English model tags "Rubén Salazar" ORG; his role in apposition says he is a person
    text = (
        "“Organized crime wants to choose the mayors, because mayors control the local police,” "
        "said Rubén Salazar, director of the consultancy Etellekt. He warned that the killings "
        "would continue after the vote."
    )
    quotes = quotes_of(text)
    direct = find(quotes, "choose the mayors")
    assert direct.speaker.name == "Rubén Salazar"
    assert direct.speaker.role == "director of the consultancy Etellekt"
    warned = find(quotes, "killings would continue")
    assert warned.speaker.mention == "He"
    assert warned.speaker.name == "Rubén Salazar"


def test_a_wire_dateline_is_not_the_speaker(quotes_of, find):
    text = ("MEXICO CITY (AP) — President Claudia Sheinbaum said Tuesday that her government has no "
            "alliance with organized crime.\n\n"
            "WASHINGTON -- President Obama said the museum would tell an American story.\n\n"
            "MEXICO CITY, Nov. 29 (Reuters) - Jean-Marc Ayrault said the test was a provocation.")
    quotes = quotes_of(text)
    alliance = find(quotes, "no alliance with organized crime")
    assert alliance.speaker.name == "Claudia Sheinbaum"
    assert alliance.speaker.mention == "President Claudia Sheinbaum"
    story = find(quotes, "American story")
    assert story.speaker.mention == "President Obama"
    assert find(quotes, "test was a provocation").speaker.mention == "Jean-Marc Ayrault"


def test_he_after_a_double_surname_is_the_same_man_with_his_title(quotes_of, find):
    text = ("Security Secretary Omar García Harfuch told reporters that the transfers were a "
            "sovereign decision. “Mexico does not receive orders from anyone,” he said.")
    quotes = quotes_of(text)
    told = find(quotes, "sovereign decision")
    said = find(quotes, "receive orders")
    assert told.speaker.name == said.speaker.name == "Omar García Harfuch"
    assert said.speaker.role == "Security Secretary"


HOMICIDES = (
    "Mexico's government says homicides fell by 25% in the first year of President Claudia "
    "Sheinbaum's term.\n\n"
    "\"We have reduced intentional homicides by a quarter,\" Sheinbaum said on Monday.\n\n"
    "But María Elena Morera, president of the civil society group Causa en Común, said the count of "
    "missing people had grown to more than 130,000. \"You cannot celebrate fewer murders when "
    "thousands of people simply vanish,\" Morera said.\n\n"
    "Former president Andrés Manuel López Obrador's claim that violence had peaked in 2019 was "
    "repeated by Sheinbaum's spokesman, Arturo Zaldívar, who said the trend \"is clear.\""
)


def test_surnames_the_tagger_calls_places_or_groups_get_the_full_name(quotes_of, find):
    quotes = quotes_of(HOMICIDES)
    assert find(quotes, "reduced intentional homicides").speaker.name == "Claudia Sheinbaum"  # tagged ORG
    assert find(quotes, "celebrate fewer murders").speaker.name == "María Elena Morera"  # tagged GPE
    assert find(quotes, "missing people").speaker.role == (
        "president of the civil society group Causa en Común")


def test_who_after_an_apposition_is_the_person_named_there(quotes_of, find):
    clear = find(quotes_of(HOMICIDES), "the trend")
    assert clear.speaker.mention == "who"
    assert clear.speaker.name == "Arturo Zaldívar"
    assert clear.speaker.role == "Sheinbaum's spokesman"


def test_a_name_right_before_a_subjectless_said_is_the_speaker(quotes_of, find):
    # the parse hangs "minister" on "CNN" and leaves "said" without a subject
    text = ("In an interview with CNN, Mexico's economy minister, Marcelo Ebrard, said the country "
            "was prepared to respond.")
    q = find(quotes_of(text), "prepared to respond")
    assert q.speaker.name == "Marcelo Ebrard"
    assert q.speaker.role == "Mexico's economy minister"


def test_the_researcher_is_the_epidemiologist_not_a_place_taken_for_a_name(quotes_of, find):
    text = ("Heat deaths in Sonora and Chihuahua more than doubled, according to a study. The "
            "study's lead author, Dr. Laura Vázquez, an epidemiologist at the National Autonomous "
            "University of Mexico, said the increase was alarming. The researcher added that "
            "official figures likely undercount the toll.")
    q = find(quotes_of(text), "undercount the toll")
    assert (q.speaker.mention, q.speaker.name) == ("The researcher", "Laura Vázquez")


def test_a_thing_described_is_never_resolved_to_a_person(quotes_of, find):
    text = ("Jorge Ramírez told reporters that the ministry counted 412 heat deaths last year, not "
            "the 1,100 the study reported.")
    quotes = quotes_of(text)
    assert find(quotes, "412 heat deaths").speaker.name == "Jorge Ramírez"
    assert all(q.speaker is None or q.speaker.name != "Jorge Ramírez" or q.cue.text != "reported"
               for q in quotes)


def test_two_women_ministers_each_get_their_own_she(quotes_of, find):
    # a Mexican name of three words the recognizer cuts short, a surname it tags ORG, and two
    # women in reach: each "she" goes to the woman named just before it
    text = ("Finance Minister Rosa Icela Rodríguez and Economy Minister Raquel Buenrostro clashed "
            "on Wednesday over the 2026 budget.\n\n"
            "\"We cannot spend what we do not have,\" Rodríguez said. She added that the deficit "
            "had reached 5.9 percent of GDP in 2024.\n\n"
            "Buenrostro disagreed. \"Investment is not spending,\" she told lawmakers.")
    quotes = quotes_of(text)
    assert find(quotes, "cannot spend").speaker.name == "Rosa Icela Rodríguez"
    assert find(quotes, "5.9 percent").speaker.name == "Rosa Icela Rodríguez"
    investment = find(quotes, "Investment is not spending").speaker
    assert (investment.name, investment.role) == ("Raquel Buenrostro", "Economy Minister")


def test_a_mention_keeps_its_party_in_parentheses_and_drops_a_participle(quotes_of, find):
    quotes = quotes_of("Attorney General Roy Cooper (D) said Friday that the videos should be "
                       "released. Trump, appearing after Clinton at the forum, cited problems in "
                       "the Middle East.")
    assert find(quotes, "the videos should be released").speaker.mention == "Attorney General Roy Cooper (D)"
    cited = [q for q in quotes if q.cue is not None and q.cue.text == "cited"]
    assert cited and cited[0].speaker.mention == "Trump"


def test_an_unnamed_official_brought_in_is_never_a_named_person_before(quotes_of, find):
    quotes = quotes_of(
        "\"That is not justice,\" said Eduardo Balarezo, who represented Joaquín Guzmán at his 2019 "
        "trial. Balarezo said he had seen at least a dozen such agreements.\n\n"
        "Mexican officials were not told about the agreement, a senior Mexican security official "
        "said. \"We found out from the newspapers, like everyone else,\" the official said.")
    told = find(quotes, "Mexican officials were not told")
    assert told.speaker.name is None and told.speaker.mention == "a senior Mexican security official"
    papers = find(quotes, "We found out from the newspapers")
    assert papers.speaker.name is None  # the official just brought in, not Balarezo
    assert papers.speaker.role == "senior Mexican security official"


def test_a_wire_dateline_is_not_part_of_what_a_source_reports(quotes_of, find):
    quotes = quotes_of("WASHINGTON — The U.S. government agreed last year to drop some charges, "
                       "according to two people familiar with the negotiations.")
    agreed = find(quotes, "agreed last year", "indirect")
    assert agreed.text.startswith("The U.S. government")


def test_a_company_described_is_the_company_named_before_and_a_name_ends_on_its_surname(quotes_of, find):
    quotes = quotes_of(
        "Petróleos Mexicanos (Pemex) reported a net loss of 620 billion pesos for 2024, its "
        "largest since 2020, the state oil company said in a filing on Thursday.\n\n"
        "Finance Minister Rogelio Ramírez de la O said the government would support the company "
        "\"as long as necessary.\"")
    loss = find(quotes, "reported a net loss", "indirect")
    # the company as the article introduced it, whatever short name it goes by after
    assert loss.speaker.name == "Petróleos Mexicanos" and loss.speaker.mention == "the state oil company"
    [reported] = [q for q in quotes if q.cue is not None and q.cue.text == "reported"]
    assert (reported.speaker.name, reported.speaker.role) == ("Petróleos Mexicanos", None)
    support = find(quotes, "as long as necessary", "partial")
    assert (support.speaker.name, support.speaker.role) == ("Rogelio Ramírez de la O", "Finance Minister")
    assert not [q for q in quotes if q.text == "since 2020"]  # a scrap beside what was reported


def test_the_department_is_the_department_named_before(quotes_of, find):
    quotes = quotes_of("A Justice Department spokeswoman declined to comment on the case. In a "
                       "statement, the department said it \"does not confirm or deny the existence "
                       "of cooperation agreements.\"")
    assert find(quotes, "does not confirm or deny", "partial").speaker.name == "Justice Department"


def test_a_dateline_with_its_country_is_not_the_speaker_and_a_percent_stays(quotes_of, find):
    quotes = quotes_of(
        "MONTERREY, Mexico — Authorities in Nuevo León announced on Monday that water will be cut "
        "for eight hours a day. A 2023 study found that demand will outstrip supply by 2030 unless "
        "consumption falls by at least 20%.")
    cut = find(quotes, "water will be cut")
    assert cut.speaker.name == "Authorities in Nuevo León"
    assert find(quotes, "demand will outstrip supply").text.endswith("at least 20%")


def test_the_senator_is_the_one_titled_sen_even_with_another_role(quotes_of, find):
    text = ("Sen. Maria Cantwell, a Democrat from Washington, said Tuesday that the bill would buy scanners. "
            "The senator added that 90% of fentanyl seized at the border is carried by U.S. citizens.")
    q = find(quotes_of(text), "90% of fentanyl")
    assert q.speaker.mention == "The senator"
    assert q.speaker.name == "Maria Cantwell"


def test_the_texas_republican_is_the_politician_just_named(quotes_of, find):
    text = ("Sen. Ted Cruz disagreed. “What she means is more spending and no wall,” the Texas Republican "
            "said in a floor speech.")
    q = find(quotes_of(text), "more spending")
    assert q.speaker.name == "Ted Cruz"


def test_she_is_the_woman_just_quoted_even_when_her_first_name_is_unknown(quotes_of, find):
    text = ("Sen. Maria Cantwell said the bill would finally pay for scanners. "
            "Experts are less sure. “They're both cherry-picking,” said Vanda Felbab-Brown, a senior fellow "
            "at the Brookings Institution. She said neither scanners nor a wall would stop traffickers.")
    q = find(quotes_of(text), "neither scanners")
    assert q.speaker.name == "Vanda Felbab-Brown"


def test_a_named_organization_after_its_description_is_named_and_described(quotes_of, find):
    text = ("Mexican state oil company Pemex reported a loss on Friday. Crude output fell 6.2% from a year "
            "earlier, the company said in a filing.")
    quotes = quotes_of(text)
    assert (find(quotes, "6.2%").speaker.name, find(quotes, "a loss").speaker.name) == ("Pemex", "Pemex")
    assert find(quotes, "a loss").speaker.role == "Mexican state oil company"


def test_a_mention_leaves_out_even_and_the_day_it_spoke(quotes_of, find):
    text = ("Even Latino Republicans say the wall is too costly. A congressional report on Wednesday found "
            "that the program had lost $2 billion.")
    quotes = quotes_of(text)
    assert find(quotes, "too costly").speaker.mention == "Latino Republicans"
    assert find(quotes, "lost $2 billion").speaker.mention == "A congressional report"


def test_she_is_never_a_place_the_recognizer_took_for_a_person(quotes_of, find):
    text = ("“I will be the first woman president of Mexico,” Claudia Sheinbaum told supporters in the Zócalo. "
            "She thanked outgoing President Andrés Manuel López Obrador, calling him “an exceptional man.”")
    q = find(quotes_of(text), "exceptional man")
    assert q.speaker.name == "Claudia Sheinbaum"


def test_the_firm_is_the_firm_named_before_by_its_apposition(quotes_of, find):
    text = ("Guerrero's firm, Lantia Consultores, counted 1,126 killings linked to organized crime in January "
            "— “the worst January in five years,” according to the firm.")
    q = find(quotes_of(text), "worst January")
    assert q.speaker.mention == "the firm"
    assert (q.speaker.name, q.speaker.kind) == ("Lantia Consultores", "organization")


def test_an_organization_noun_before_a_name_is_its_description(quotes_of, find):
    text = "Over 30 candidates were assassinated during the campaign, the consultancy Integralia reported."
    q = find(quotes_of(text), "30 candidates")
    assert q.speaker.mention == "the consultancy Integralia"
    assert (q.speaker.name, q.speaker.role, q.speaker.kind) == ("Integralia", "consultancy", "organization")


def test_a_group_the_recognizer_takes_for_a_person_is_still_a_group(quotes_of, find):
    quotes = quotes_of("The watchdog group Common Cause said the rule was illegal. "
                       "Political scientist Carlos Pérez Ricart said the claim was false.")
    group = find(quotes, "rule was illegal").speaker
    assert (group.name, group.role, group.kind) == ("Common Cause", "watchdog group", "organization")
    person = find(quotes, "claim was false").speaker
    assert (person.name, person.kind) == ("Carlos Pérez Ricart", "person")


def test_an_office_in_the_lede_is_the_person_named_next(quotes_of, find):
    # the wires describe in the lede and name in the next paragraph
    text = ("MEXICO CITY (AP) — Mexico's economy minister warned Monday that a 25% U.S. tariff on "
            "Mexican goods would cost about 400,000 jobs in the first year, as the two countries raced "
            "to reach a deal.\n\nMarcelo Ebrard told a news conference that the auto industry alone "
            "would lose at least 100,000 jobs.")
    quotes = quotes_of(text)
    lede = find(quotes, "400,000 jobs")
    assert lede.text == "that a 25% U.S. tariff on Mexican goods would cost about 400,000 jobs in the first year"
    assert (lede.speaker.name, lede.speaker.role) == ("Marcelo Ebrard", "Mexico's economy minister")
    assert lede.speaker.mention == "Mexico's economy minister"


def test_a_bare_description_is_not_the_next_person_named(quotes_of, find):
    text = "The judge said the motion came too late. John Smith said he would appeal."
    q = find(quotes_of(text), "too late")
    assert q.speaker.name is None and q.speaker.mention == "The judge"


def test_a_name_set_beside_a_family_noun_is_the_person_a_pronoun_means(quotes_of, find):
    text = ("\"We are doing the work the state refuses to do,\" said Ms. Herrera, 58, whose two sons "
            "disappeared in 2008.\n\nMs. Herrera's daughter, Lucía, joins the searches on weekends. "
            "\"My mother taught me not to be afraid,\" she said.")
    q = find(quotes_of(text), "My mother taught me")
    assert (q.speaker.name, q.speaker.role) == ("Lucía", "Ms. Herrera's daughter")


def test_he_is_the_speaker_not_a_man_named_in_what_is_said_of_him(quotes_of, find):
    text = ("Jason Furman, a Harvard economist who advised President Barack Obama, warned that the "
            'household survey showed employment falling. "The two surveys are telling different '
            'stories," he wrote on X.')
    q = find(quotes_of(text), "different stories")
    assert q.speaker.name == "Jason Furman"


def test_a_public_figure_named_by_surname_alone_is_a_person_of_her_gender(quotes_of, find):
    text = ('"We will not stop until we know the truth," said María Martínez, whose son was among the '
            "students.\n\nSheinbaum met the parents in June. The president said her government would "
            'open new lines of inquiry. "We are not going to close this case," she told them.')
    quotes = quotes_of(text)
    assert find(quotes, "new lines of inquiry").speaker.name == "Sheinbaum"  # never María Martínez
    assert find(quotes, "close this case").speaker.name == "Sheinbaum"


def test_a_statement_from_an_agency_is_the_agency_s(quotes_of, find):
    text = ("Arrests fell to 8,386 in September, according to a statement from US Customs and Border "
            "Protection. According to a report by the World Bank, poverty fell.")
    quotes = quotes_of(text)
    cbp = find(quotes, "8,386").speaker
    assert (cbp.name, cbp.mention) == ("US Customs and Border Protection",
                                      "a statement from US Customs and Border Protection")
    bank = find(quotes, "poverty fell").speaker
    assert (bank.name, bank.role) == ("World Bank", "report")


def test_the_question_put_to_a_source_is_not_what_he_said(quotes_of, find):
    text = ('Asked whether the drop would last, Adam Isacson of the Washington Office on Latin America '
            'said: "Some of it is enforcement, and some is fear."')
    quotes = quotes_of(text)
    assert find(quotes, "enforcement").speaker.name == "Adam Isacson"
    assert not any("drop would last" in q.text for q in quotes)


def test_a_person_named_among_a_group_of_speakers_is_named(quotes_of, find):
    text = ("Others, including retired Gen. Mark Kimmitt, said limited strikes could weaken the groups. "
            "Several countries, including Mexico, said they would retaliate.")
    quotes = quotes_of(text)
    kimmitt = find(quotes, "limited strikes").speaker
    assert (kimmitt.name, kimmitt.mention) == ("Mark Kimmitt", "Others, including retired Gen. Mark Kimmitt")
    assert find(quotes, "retaliate").speaker.name is None  # a country among countries is no person


def test_the_researcher_after_a_named_researcher_is_that_person(quotes_of, find):
    text = ('"We are in a much better position than last year," said Fernando González Cáñez, a water '
            "researcher at the National Autonomous University of Mexico. The researcher added that the "
            "aquifer beneath the city is being drained twice as fast as it refills.")
    s = find(quotes_of(text), "aquifer beneath the city").speaker
    assert (s.name, s.mention) == ("Fernando González Cáñez", "The researcher")


def test_the_agency_that_released_the_data_and_the_bank_the_data_come_from(quotes_of, find):
    text = ("WASHINGTON (AP) — Arrests for illegal crossings fell to about 8,000 in March, according to data "
            "released Tuesday by US Customs and Border Protection.\n\n"
            "Remittances fell 4.6% in 2025, according to data from the Bank of Mexico.")
    quotes = quotes_of(text)
    cbp = find(quotes, "8,000")
    assert cbp.speaker.name == "US Customs and Border Protection"
    assert cbp.text.startswith("Arrests for illegal crossings")  # never the dateline's "AP) —"
    assert find(quotes, "4.6%").speaker.name == "Bank of Mexico"


def test_a_post_shared_thousands_of_times_claims(quotes_of, find):
    text = ('A post shared thousands of times on Facebook claims that "remittances to Mexico collapsed by '
            'half in 2025."')
    quotes = quotes_of(text)
    said = find(quotes, "collapsed by half")
    assert (said.cue.text, said.speaker.mention) == ("claims", "A post")
    assert not any(q.cue and q.cue.text == "shared" for q in quotes)


def test_its_leader_is_the_party_s_and_the_institute_is_the_one_named_before(quotes_of, find):
    text = ("The opposition National Action Party urged its supporters to stay home. Its leader, Jorge "
            "Romero, called the election \"a farce.\"\n\n"
            "Turnout was about 13%, according to preliminary figures from the National Electoral Institute. "
            "According to the electoral institute, about 10% of ballots were spoiled.")
    quotes = quotes_of(text)
    romero = find(quotes, "a farce").speaker
    assert (romero.name, romero.role) == ("Jorge Romero", "National Action Party leader")
    assert find(quotes, "13%").speaker.name == "National Electoral Institute"
    assert find(quotes, "ballots were spoiled").speaker.name == "National Electoral Institute"


def test_who_tracks_a_beat_says_the_role(quotes_of, find):
    text = ("Adam Isacson, who tracks border policy at the Washington Office on Latin America, said Mexico's "
            "own enforcement had cut crossings sharply in 2024.")
    speaker = find(quotes_of(text), "cut crossings").speaker
    assert (speaker.name, speaker.role) == ("Adam Isacson", "tracks border policy at the Washington Office on Latin America")


def test_a_body_described_then_named_and_a_vendor_described_by_her_trade(quotes_of, find):
    text = ("Factories hold concessions for about 70 percent of the water, according to the national water "
            "commission, Conagua.\n\n"
            "\"We have to buy water from trucks,\" said Yolanda Garza, 61, who sells tamales in the San "
            "Bernabé neighborhood.")
    quotes = quotes_of(text)
    conagua = find(quotes, "70 percent").speaker
    assert (conagua.name, conagua.role) == ("Conagua", "national water commission")
    garza = find(quotes, "buy water").speaker
    assert (garza.name, garza.role) == ("Yolanda Garza", "sells tamales in the San Bernabé neighborhood")


def test_the_researcher_is_the_one_who_heads_research_and_she_who_asked_for_her_surname_said_nothing(
        quotes_of, find):
    text = ("Security analyst Eduardo Guerrero said the government had underestimated the cartels.\n\n"
            "Cecilia Farfán-Méndez, who heads security research at the University of California, San Diego, "
            "was more cautious. \"It is too early to say,\" the researcher said.\n\n"
            "\"Nobody is talking about the victims,\" said Ana, a mother of two whose son disappeared in 2021. "
            "She asked that her surname not be used.")
    quotes = quotes_of(text)
    assert find(quotes, "too early to say").speaker.name == "Cecilia Farfán-Méndez"
    assert not any(q.cue and q.cue.text == "asked" for q in quotes)


def test_an_epithet_for_the_one_just_named(quotes_of, find):
    text = ("Security analyst Eduardo Guerrero said the government had underestimated the cartels. "
            "The former intelligence officer, who now runs the consultancy Lantia, added that extortion "
            "had spread to 20 states.")
    said = find(quotes_of(text), "extortion had spread")
    assert said.speaker.name == "Eduardo Guerrero"


def test_a_wire_ledes_someone_is_the_one_named_next_with_that_title(quotes_of, find):
    text = ("AUSTIN, Texas (AP) — A federal judge on Thursday blocked a Texas law that would have "
            "allowed state police to arrest migrants, saying it likely violates the Constitution.\n\n"
            "U.S. District Judge David Ezra wrote in a 114-page ruling that immigration enforcement "
            "is the job of the federal government.")
    q = find(quotes_of(text), "likely violates the Constitution")
    assert (q.speaker.name, q.speaker.mention) == ("David Ezra", "A federal judge")


def test_a_headlines_quote_is_the_words_of_whoever_says_them_in_the_story(quotes_of):
    text = ("'We are not going anywhere': Fishermen in Baja resist new protected zone\n\n"
            '"We are not going anywhere," said Rafael Ochoa, 58, who has fished the waters off Ensenada '
            "for four decades.")
    headline, said = [q for q in quotes_of(text) if q.text == "We are not going anywhere"]
    assert headline.start < said.start and headline.cue is None
    assert headline.speaker.name == said.speaker.name == "Rafael Ochoa"
    assert said.speaker.role == "fished the waters off Ensenada for four decades"


def test_sisters_named_together_share_their_surname_and_a_first_name_alone_is_hers(quotes_of, find):
    text = ("Every morning at six, Ana and Lucía Morales unlock the gates of the mill their grandfather "
            'built. Ana, 62, handles the accounts. "We never planned to do this," Ana said. Lucía '
            'disagrees. "He tells the story his way," she said.')
    quotes = quotes_of(text)
    assert find(quotes, "never planned").speaker.name == "Ana Morales"
    assert find(quotes, "the story his way").speaker.name == "Lucía Morales"


def test_a_sister_and_a_father_are_people_of_their_gender(quotes_of, find):
    text = (
        '"Before, there was a line around the block every morning. Now we have empty beds," said Sister '
        "Ana María Díaz, who runs a shelter for women and children. She said the shelter had housed 40 "
        "people last week, down from 250 a year ago. Father Alejandro Solalinde, a priest who runs a "
        'migrant shelter in Oaxaca, said the raids were cruel. "They treat people like animals," he said.'
    )
    quotes = quotes_of(text)
    housed = find(quotes, "the shelter had housed 40 people")
    assert housed.speaker.name == "Ana María Díaz"
    assert housed.speaker.role == "runs a shelter for women and children"
    animals = find(quotes, "They treat people like animals")
    assert animals.speaker.name == "Alejandro Solalinde"
    assert animals.speaker.role.startswith("priest who runs a migrant shelter")


def test_a_role_ends_before_what_a_clause_set_off_adds(quotes_of, find):
    text = ('"The economy is stagnant, not in a recession," said Gabriela Siller, chief economist at Banco Base, '
            "who expects growth of 0.3% for the full year.")
    q = find(quotes_of(text), "The economy is stagnant")
    assert q.speaker.role == "chief economist at Banco Base"


PLEA = (
    "NEW YORK — Ismael \"El Mayo\" Zambada, the co-founder of the Sinaloa Cartel, pleaded guilty on Monday.\n\n"
    "\"I want to apologize to the victims,\" Zambada, 77, told Judge Brian Cogan through an interpreter. "
    "He said he had begun trafficking marijuana in 1969.\n\n"
    "Joseph Nocella, the U.S. attorney for the Eastern District of New York, said it was the end of an era. "
    "Zambada, he added, \"will die in an American prison.\""
)


def test_he_is_the_one_who_spoke_not_the_one_spoken_to(quotes_of, find):
    q = find(quotes_of(PLEA), "trafficking marijuana")
    assert q.speaker.mention == "He"
    assert q.speaker.name == 'Ismael "El Mayo" Zambada'  # Judge Brian Cogan is nearer, but was told


def test_a_name_in_what_a_pronoun_reports_is_not_the_pronoun(quotes_of, find):
    q = find(quotes_of(PLEA), "die in an American prison")
    assert q.speaker.mention == "he"
    assert q.speaker.name == "Joseph Nocella"  # not Zambada, of whom he says it
    assert q.speaker.role == "U.S. attorney for the Eastern District of New York"


def test_speakers_after_a_thing_and_a_name_that_ends_in_s(quotes_of, find):
    text = ("Only about 13% of Mexico's registered voters took part in Sunday's first-ever election of judges, "
            "the National Electoral Institute (INE) said on Monday, a turnout critics said undermined the "
            "legitimacy of the overhaul.\n\n"
            "Moody's, which rates Pemex debt as junk, said in a report that the company's liquidity remains weak.")
    critics = find(quotes_of(text), "undermined the legitimacy")
    assert critics.speaker.mention == "critics"  # not "a turnout critics"
    moodys = find(quotes_of(text), "liquidity remains weak")
    assert moodys.speaker.name == "Moody's"


def test_the_former_president_is_the_one_the_recognizer_missed(quotes_of, find):
    text = ("Tania Reneaum, who heads Amnesty International in Mexico, was blunt. \"Militarization has never "
            "brought peace,\" Reneaum said.\n\n"
            "Andrés Manuel López Obrador, who proposed the change before leaving office, praised the Senate. "
            "The former president wrote on social media that it was \"a historic day.\"")
    q = find(quotes_of(text), "a historic day")
    assert q.speaker.name == "Andrés Manuel López Obrador"  # not Tania Reneaum, named just before him


def test_its_editor_in_the_lede_is_the_editor_named_next(quotes_of, find):
    text = ("CULIACÁN, Mexico — Gunmen fired on the offices of the newspaper El Debate in Culiacán on Saturday, "
            "the second attack on the paper in a year, its editor said.\n\n"
            "In an interview with The Associated Press, editor Adriana Ochoa said no one was hurt. "
            "\"We will not be intimidated,\" she said.")
    lede = find(quotes_of(text), "Gunmen fired on the offices")
    assert lede.speaker.mention == "its editor"
    assert lede.speaker.name == "Adriana Ochoa"
    assert find(quotes_of(text), "no one was hurt").speaker.name == "Adriana Ochoa"


def test_the_company_is_the_name_its_description_was_set_beside(quotes_of, find):
    text = ("Pemex, the state oil company, produced 1.63 million barrels per day in October, its lowest "
            "level in more than four decades, the company said in its monthly report.")
    assert find(quotes_of(text), "1.63 million").speaker.name == "Pemex"


def test_a_surname_the_tagger_reads_as_a_common_noun_is_still_the_person(quotes_of, find):
    text = ("Two people familiar with the discussions said one member, Jonathan Heath, had argued for a "
            "pause. Heath declined to comment.")
    assert find(quotes_of(text), "to comment").speaker.name == "Jonathan Heath"


def test_the_group_is_the_body_an_apposition_described_whatever_the_recognizer_said(quotes_of, find):
    # the recognizer reads "México Evalúa" as a person and "Sinaloa" as an organization
    text = ("Violence has risen in Guanajuato and Sinaloa.\n\n"
            "México Evalúa, a think tank in Mexico City, wrote in a report published Monday that at least "
            "13,000 people were registered as missing. The group warned that counting murders alone "
            "\"can hide violence rather than reduce it.\"")
    assert find(quotes_of(text), "counting murders alone").speaker.name == "México Evalúa"


def test_a_first_name_given_in_a_clause_is_the_person_and_what_they_do_the_role(quotes_of, find):
    text = ("In Culiacán, the reaction was muted. «Aquí nadie habla de eso», said a taxi driver who gave "
            "only his first name, Jesús. He said he had heard about the trial on the radio.\n\n"
            "\"It is far away,\" said a street vendor who gave her name only as María, because she feared "
            "reprisals.")
    quotes = quotes_of(text)
    taxi = find(quotes, "Aquí nadie habla de eso")
    assert (taxi.speaker.name, taxi.speaker.role) == ("Jesús", "taxi driver")
    # the words of a Spanish quote the recognizer read as a person's name are nobody
    assert find(quotes, "heard about the trial").speaker.name == "Jesús"
    vendor = find(quotes, "It is far away")
    assert (vendor.speaker.name, vendor.speaker.role) == ("María", "street vendor")


def test_who_after_a_place_in_a_persons_description_is_the_person(quotes_of, find):
    text = ("Anna Lembke, a professor of psychiatry at Stanford who has written about the fentanyl crisis, "
            "called the case \"a symbolic moment.\"")
    assert find(quotes_of(text), "the fentanyl crisis").speaker.name == "Anna Lembke"


def test_he_after_a_man_named_by_first_name_alone_is_him_not_an_expert_before(quotes_of, find):
    text = ("\"Nobody survives that long without protection,\" said Mike Vigil, a former DEA official.\n\n"
            "In Culiacán, the reaction was muted. \"Nobody talks about it here,\" said a taxi driver who gave "
            "only his first name, Jesús. He said he had heard about the trial on the radio.")
    assert find(quotes_of(text), "heard about the trial").speaker.name == "Jesús"


def test_it_said_in_the_paragraph_after_the_company_spoke_is_the_company(quotes_of, find):
    text = ("MEXICO CITY, Oct 28 (Reuters) - Mexican state oil company Pemex reported a net loss of 61.2 "
            "billion pesos ($3.3 billion) for the third quarter on Tuesday, as crude output fell.\n\n"
            "The company produced 1.63 million barrels per day of crude and condensate in the quarter, down "
            "6.5% from a year earlier, it said in a filing with the Mexican stock exchange.")
    assert find(quotes_of(text), "1.63 million barrels").speaker.name == "Pemex"
    # someone else in between: "it" is left to the reader
    other = text.replace("\n\nThe company", " \"Output will recover,\" said analyst Ana Ruiz.\n\nThe company")
    assert find(quotes_of(other), "1.63 million barrels").speaker.name is None


def test_which_speaks_for_the_noun_before_its_comma_not_the_one_the_parse_chose(quotes_of, find):
    text = ("A similar Louisiana law was struck down by a federal appeals court panel in June, which called it "
            "\"plainly unconstitutional.\" Supporters say that ruling was undermined by a 2022 decision, "
            "Kennedy v. Bremerton School District, which rejected an earlier test for such cases. The rule "
            "was challenged by the Sierra Club, which represents hikers and which said it would sue.")
    quotes = quotes_of(text)
    panel = find(quotes, "plainly unconstitutional", "partial")
    assert (panel.speaker.mention, panel.speaker.name) == ("which", "a federal appeals court panel")
    case = find(quotes, "an earlier test")
    assert case.speaker.name == "Kennedy v. Bremerton School District"  # the case, not Kennedy
    sue = find(quotes, "it would sue")
    assert sue.speaker.name == "Sierra Club"  # the second 'which' goes back to the first


def test_a_share_of_people_asked_is_who_expects(quotes_of, find):
    q = find(quotes_of("Only 18% expect prices to fall next year."), "prices to fall")
    assert q.speaker.mention == "Only 18%"


def test_she_after_an_unnamed_woman_who_spoke_is_her_not_a_named_woman_before(quotes_of, find):
    text = ("\"This shows that nobody is above the law,\" President Claudia Sheinbaum said.\n\n"
            "Residents of Tapalpa said they heard gunfire for nearly two hours. A shopkeeper who declined to give "
            "her name for fear of reprisals said the army had closed the road into town. "
            "\"We didn't sleep,\" she said.")
    quotes = quotes_of(text)
    q = find(quotes, "We didn't sleep")
    assert q.speaker.mention == "she" and q.speaker.name is None  # never Sheinbaum
    assert q.speaker.role == "shopkeeper"
    assert not any(x.cue and x.cue.text == "declined" for x in quotes)  # why no name: not speech


def test_a_name_with_a_long_aside_before_said_speaks_though_the_parse_lost_it(quotes_of, find):
    # the parse reads "Mr. Slinker, whose … suppliers" and "Trump, later alleging … Syrians" as a
    # first clause that "said" reports, and gives "said" no subject
    text = ("Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. "
            "Trump was a candidate very much in the spirit of Silicon Valley.\n\n"
            "RoseAnn DeMoro, executive director of National Nurses United, a union that has endorsed Mr. Sanders "
            "and that has been busing its members across the country to campaign for him, said the nurses would "
            "march.\n\n"
            "Trump, later alleging - again falsely - that President Obama wanted to admit 250,000 Syrians, said "
            "he would deport refugees.")
    quotes = quotes_of(text)
    assert find(quotes, "spirit of Silicon Valley").speaker.name == "Slinker"
    assert find(quotes, "nurses would march").speaker.name == "RoseAnn DeMoro"
    assert find(quotes, "deport refugees").speaker.name == "Trump"
