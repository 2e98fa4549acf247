"""Roles from appositions and titles."""


def test_apposition_after_the_name(quotes_of, find):
    text = (
        "Will Freeman, a fellow at the Council on Foreign Relations, said the cartels act as a "
        "parallel power."
    )
    q = find(quotes_of(text), "parallel power")
    assert q.speaker.name == "Will Freeman"
    assert q.speaker.role == "fellow at the Council on Foreign Relations"


def test_title_before_the_name(quotes_of, find):
    text = "Mexico's president, Claudia Sheinbaum, said her government does not negotiate with criminals."
    q = find(quotes_of(text), "does not negotiate")
    assert q.speaker.name == "Claudia Sheinbaum"
    assert q.speaker.role == "Mexico's president"


def test_postposed_speaker_with_apposition(quotes_of, find):
    text = "“It is a political claim,” said Carlos Pérez Ricart, a political scientist in Mexico City."
    q = find(quotes_of(text), "political claim")
    assert q.speaker.role == "political scientist in Mexico City"


def test_compound_title(quotes_of, find):
    text = "Political scientist Carlos Pérez Ricart said the claim was false."
    q = find(quotes_of(text), "claim was false")
    assert q.speaker.name == "Carlos Pérez Ricart"
    assert q.speaker.role is not None and q.speaker.role.lower() == "political scientist"


def test_title_word_before_name(quotes_of, find):
    text = "President Claudia Sheinbaum said Mexico would not accept foreign troops."
    q = find(quotes_of(text), "foreign troops")
    assert q.speaker.name == "Claudia Sheinbaum"
    assert q.speaker.role == "President"


def test_his_in_a_role_names_whom_it_means(quotes_of, find):
    text = ("Genaro García Luna, 56, has denied the charges. His lawyer, César de Castro, said he "
            "would appeal. Claudia Sheinbaum did not comment. Her spokesman, Arturo Zaldívar, said "
            "the government respects the court.")
    quotes = quotes_of(text)
    lawyer = find(quotes, "would appeal")
    assert (lawyer.speaker.name, lawyer.speaker.role) == ("César de Castro", "Genaro García Luna's lawyer")
    spokesman = find(quotes, "respects the court")
    assert (spokesman.speaker.name, spokesman.speaker.role) == ("Arturo Zaldívar", "Claudia Sheinbaum's spokesman")


def test_a_role_whose_his_fits_nobody_stays_as_written(quotes_of, find):
    text = "His lawyer, César de Castro, said the appeal would be filed on Monday."
    q = find(quotes_of(text), "appeal would be filed")
    assert (q.speaker.name, q.speaker.role) == ("César de Castro", "His lawyer")


def test_a_title_of_a_place_and_a_name_cut_short_by_the_recognizer(quotes_of, find):
    quotes = quotes_of(
        "The governor of Sinaloa, Rubén Rocha Moya, insisted on Monday that the state was under "
        "control. Security Secretary Omar García Harfuch was blunter. The violence, he said, is "
        "\"a war between two factions of the same cartel.\"")
    governor = find(quotes, "the state was under control")
    assert (governor.speaker.name, governor.speaker.role) == ("Rubén Rocha Moya", "governor of Sinaloa")
    war = find(quotes, "a war between two factions", "partial")
    assert (war.speaker.name, war.speaker.role) == ("Omar García Harfuch", "Security Secretary")


def test_a_dateline_before_the_name_is_not_a_role(quotes_of, find):
    text = (
        "HERMOSILLO, Mexico — Sonora Governor Alfonso Durazo on Monday defended a plan to divert "
        "water from the Yaqui River, telling reporters that the aqueduct would not take water from farmers."
    )
    q = find(quotes_of(text), "aqueduct would not take")
    assert q.speaker.name == "Alfonso Durazo"
    assert q.speaker.role == "Sonora Governor"


def test_a_role_before_the_name_that_names_an_office_and_its_city(quotes_of, find):
    text = ("A spokeswoman for the U.S. Attorney's Office in Brooklyn, Ariana Fajardo, said the office "
            "stands by the verdict.")
    q = find(quotes_of(text), "stands by the verdict")
    assert q.speaker.name == "Ariana Fajardo"
    assert q.speaker.role == "spokeswoman for the U.S. Attorney's Office in Brooklyn"


def test_a_role_runs_to_the_end_of_the_name_it_ends_in(quotes_of, find):
    text = ("‘Voters had no real way of knowing,’ said Laura Rojas, a former senator who now runs "
            "the civil society group Mexicanos Contra la Corrupción. ‘This is a court chosen by the "
            "ruling party.’")
    q = find(quotes_of(text), "Voters had")
    assert q.speaker.role == ("former senator who now runs the civil society group "
                              "Mexicanos Contra la Corrupción")


def test_the_organization_a_person_is_of_is_the_role(quotes_of, find):
    text = ('"Vitamin A does not prevent measles," said Dr. Sean O\'Leary of the American Academy '
            "of Pediatrics. Maria Lopez of Mexico City said the water was unsafe.")
    oleary = find(quotes_of(text), "does not prevent")
    assert (oleary.speaker.name, oleary.speaker.role) == ("Sean O'Leary", "American Academy of Pediatrics")
    lopez = find(quotes_of(text), "water was unsafe")
    assert (lopez.speaker.name, lopez.speaker.role) == ("Maria Lopez", None)  # a city is no employer


def test_what_a_person_heads_is_the_role(quotes_of, find):
    text = ('"A strike without Mexico\'s consent would be a disaster," said Cecilia Farfán-Méndez, '
            "who heads security research at the University of California, San Diego. Luis Pérez, "
            "who was arrested in 2019, said he was innocent.")
    quotes = quotes_of(text)
    assert find(quotes, "a disaster").speaker.role == \
        "heads security research at the University of California, San Diego"
    assert find(quotes, "innocent").speaker.role is None  # what befell him is no role


def test_a_role_the_parse_cut_inside_a_hyphenated_word_is_whole(quotes_of, find):
    text = ('"By any measure we have, violent crime is far below its peak," said Jeff Asher, a crime '
            "analyst who co-founded the firm AH Datalytics.")
    q = find(quotes_of(text), "far below its peak")
    assert q.speaker.name == "Jeff Asher"
    assert q.speaker.role == "crime analyst who co-founded the firm AH Datalytics"
    assert q.speaker.mention == "Jeff Asher, a crime analyst who co-founded the firm AH Datalytics"


def test_the_holder_of_a_role_named_after_it_speaks_and_is_he(quotes_of, find):
    text = ("Two years later, about 80% of the city's hotel rooms have reopened, the state tourism "
            "secretary, Simón Quiñones, told reporters on Monday. He said occupancy in November "
            "reached 61%.")
    quotes = quotes_of(text)
    first = find(quotes, "hotel rooms have reopened")
    assert (first.speaker.name, first.speaker.role) == ("Simón Quiñones", "state tourism secretary")
    assert find(quotes, "occupancy in November").speaker.name == "Simón Quiñones"


def test_a_lawmakers_party_and_state_go_with_the_office(quotes_of, find):
    text = ('"This is the most serious investment in border security in a generation," said Sen. John '
            'Thune, R-S.D., the majority leader. "You cannot fix a broken asylum system by building more '
            'jails," said Sen. Alex Padilla, D-Calif.')
    quotes = quotes_of(text)
    assert find(quotes, "most serious investment").speaker.role == "majority leader (R-S.D.)"
    assert find(quotes, "broken asylum system").speaker.role == "Sen. (D-Calif.)"


def test_a_group_the_names_belong_to_is_no_ones_role(quotes_of, find):
    text = ("Two Republicans, Sen. Rand Paul of Kentucky and Sen. Lisa Murkowski of Alaska, voted "
            "against it. Paul said the bill would add to the deficit.")
    q = find(quotes_of(text), "add to the deficit")
    assert q.speaker.name == "Rand Paul"
    assert q.speaker.role != "Two Republicans"


def test_its_president_leads_the_group_the_sentence_before_speaks_of(quotes_of, find):
    text = ('"Reserves work," Aburto told The Associated Press. Ochoa\'s cooperative, which has 120 '
            "members, says it was never consulted. Its president, María Luisa Camacho, said the group "
            "would take the ministry to court.")
    q = find(quotes_of(text), "take the ministry to court")
    assert (q.speaker.name, q.speaker.role) == ("María Luisa Camacho", "Ochoa's cooperative president")


def test_titles_and_names_the_parse_splits_keep_their_role(quotes_of, find):
    text = ("CULIACÁN, Mexico — Gunmen fired on the offices of a newspaper.\n\n"
            "Jan-Albert Hootsen, the Mexico representative of the Committee to Protect Journalists, said at "
            "least five journalists had been killed in Mexico so far this year.\n\n"
            "Sinaloa Governor Rubén Rocha Moya condemned the attack.\n\n"
            "Former Mexican ambassador to the United States Arturo Sarukhan said the report would complicate the "
            "talks. \"Any unilateral action would be a disaster for the relationship,\" he wrote on X.")
    quotes = quotes_of(text)
    cpj = find(quotes, "five journalists")
    assert cpj.speaker.name == "Jan-Albert Hootsen"  # the recognizer kept only "Albert Hootsen"
    assert find(quotes, "the attack").speaker.role == "Sinaloa Governor"
    said = find(quotes, "complicate the talks")
    assert said.speaker.name == "Arturo Sarukhan"  # the name parsed as the object of "to"
    assert said.speaker.role == "Former Mexican ambassador to the United States"
    assert find(quotes, "unilateral action").speaker.name == "Arturo Sarukhan"


def test_a_title_and_the_organization_after_a_name_are_her_role_not_the_speaker(quotes_of, find):
    text = ("Economist Gabriela Siller of Banco Base estimated that the extortion added as much as 15% to the "
            "final price of limes. \"It is a hidden tax on every family,\" Siller said.")
    quotes = quotes_of(text)
    estimate = find(quotes, "added as much as 15%")
    assert estimate.speaker.name == "Gabriela Siller"  # not Banco Base
    assert estimate.speaker.role == "Economist of Banco Base"
    assert find(quotes, "hidden tax").speaker.name == "Gabriela Siller"


def test_a_first_name_alone_with_what_she_does_is_a_person_and_why_no_surname_is_no_role(quotes_of, find):
    text = ('"Nobody goes out after 8 p.m.," said María, a shop owner who asked that her last name '
            "not be used for fear of reprisals.")
    speaker = find(quotes_of(text), "Nobody goes out").speaker
    assert (speaker.name, speaker.role, speaker.kind) == ("María", "shop owner", "person")


def test_a_tally_by_a_newspaper_is_the_newspapers(quotes_of, find):
    text = ("The violence has killed more than 1,400 people since September, according to a tally by "
            "the newspaper El Debate, which itself was attacked in October.")
    speaker = find(quotes_of(text), "1,400 people").speaker
    assert (speaker.name, speaker.role) == ("El Debate", "tally")


def test_a_lawmakers_party_and_state_then_what_she_is(quotes_of, find):
    text = ('Sen. Ted Cruz, R-Texas, a member of the Foreign Relations Committee, wrote on X that the '
            'tariffs were "working."')
    speaker = find(quotes_of(text), "tariffs were").speaker
    assert (speaker.name, speaker.role) == ("Ted Cruz", "member of the Foreign Relations Committee (R-Texas)")


def test_an_office_of_a_body_before_a_courtesy_title_and_the_name(quotes_of, find):
    text = "After the ad, Speaker of the House Rep. Paul Ryan (R-WI) said the images had no place."
    speaker = find(quotes_of(text), "no place").speaker
    assert (speaker.name, speaker.role) == ("Paul Ryan", "Speaker of the House (R-WI)")


def test_a_hyphenated_title_stays_whole(quotes_of, find):
    text = ("GOP front-runner Donald Trump said at a Saturday rally in Texas that the United States "
            "should send troops.")
    assert find(quotes_of(text), "send troops").speaker.role == "GOP front-runner"


def test_its_director_after_the_name_and_what_an_organization_is(quotes_of, find):
    text = ("The Institute for Fiscal Studies, an independent think-tank, said most of the cost would "
            "eventually fall on workers through lower wages. Paul Johnson, its director, said it was "
            "'a tax on employment by another name'.\n\n"
            "But the British Chambers of Commerce said the increase would cost jobs. Its director general, "
            "Shevaun Haviland, warned that 'firms are telling us they will freeze hiring'.")
    quotes = quotes_of(text)
    ifs = find(quotes, "fall on workers")
    assert (ifs.speaker.name, ifs.speaker.role) == ("Institute for Fiscal Studies", "independent think-tank")
    johnson = find(quotes, "a tax on employment by another name", "partial")
    assert (johnson.speaker.name, johnson.speaker.role) == ("Paul Johnson", "Institute for Fiscal Studies director")
    haviland = find(quotes, "freeze hiring", "partial")
    assert haviland.speaker.role == "British Chambers of Commerce director general"
