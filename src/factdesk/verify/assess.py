"""The stance of each evidence item towards a claim: the model's call, then the signals."""
from __future__ import annotations

from factdesk.models import Evidence, Stance
from factdesk.verify import numbers, rulings, signals

NEUTRAL_MIN = 0.5  # a passage this likely neutral is neutral; below, it leans one way (tuned on dev)
# Evidence the user chose is relevant by the user's say-so: it is neutral only when the model
# sees next to no lean either way; otherwise its lean counts, with its (often low) probability.
# A passage that shares no word and no subject with the claim stays neutral. (Tuned on dev sets:
# training/tune_verdict.py.)
LEAN_MIN_CHOSEN = 0.1
NUMBER_REFUTES = 0.80  # a number mismatch on a topical sentence makes it refute at least this much
TOPICAL = 0.34  # share of the claim's content words an evidence sentence must share to be compared
SAME_WORDS = 0.7  # share of the claim's content words in a negated clause that is nearly the claim itself
SAME_WORDS_REFUTES = 0.6
HALF_SAID = 0.5  # of those, in the clause itself, when its headline says the rest
UNNAMED_SAYS = 0.6  # share of the claim's other words a sentence read without the claim's names must say
SAME_PROPOSITION = 0.4  # share of content words above which a negation flips "supports"
OFF_STORY = 0.25  # below this share of what the claim is about, a story's lean for it is not counted
ON_STORY = 0.6  # share of what the claim is about that a story (the sentence, its neighbours, the headline)
# must say for its figures to dispute the claim's
MATCHED = 0.6  # the claim's figure in a sentence that says most of the claim counts as support
MATCHED_WORDS = 0.7  # share of what the claim is about such a sentence (or its headline) must say
RULED = 0.8  # a fact-check's ruling of false or true counts as much as a figure that differs
RULED_MISLEADING = 0.5  # "Half True", "Misleading": partly wrong (the verdict is mixed: verdict.py)


def assess(claim: str, items: list[Evidence], model, chosen: bool = False) -> list[Evidence]:
    """Fill stance, probability and signals of each item (in place) and return them.

    Evidence the archive retrieved (`chosen` false): a passage that never names what the claim
    names (its people, places, bodies) is neutral, and so is one the model finds more likely
    neutral than NEUTRAL_MIN. Evidence the user chose is read for its lean (LEAN_MIN_CHOSEN).
    """
    if not items:
        return items
    probs = model.predict([(e.sentence, claim) for e in items])
    # Two more readings, where they apply. A sentence that quotes someone is read for the
    # speaker's own words alone: "said the government is not an ally of organized crime"
    # disputes the claim, whoever says it. One with the opposite word of the claim's ("fell"
    # beside "rose") is read against the claim turned that way.
    # A claim of what someone said ("Amador said Mexico is in a recession") is read against that
    # person's words: what it says they said, beside what they are quoted saying.
    attributed = signals.attributed(claim)
    if attributed:
        probs_spoken = _asked_apart(model, {
            i: (e.quote or e.sentence, attributed.what) for i, e in enumerate(items)
            if e.speaker and signals.same_person(attributed.who, e.speaker.name)})
    else:
        probs_spoken = _asked_apart(model, {i: (e.quote, claim) for i, e in enumerate(items) if _own_words(e)})
    turned = {i: t for i, e in enumerate(items) if (t := signals.turned(claim, e.sentence))}
    probs_turned = _asked_apart(model, {i: (items[i].sentence, t) for i, t in turned.items()})
    # A name the claim gives that the sentence leaves to its story ("SB4" beside "a Texas law"):
    # the sentence is also read against the claim without it.
    unnamed = {i: signals.without_names(claim, e.named_around) for i, e in enumerate(items)
               if e.named_around and not chosen}
    probs_unnamed = _asked_apart(model, {i: (items[i].sentence, c) for i, c in unnamed.items()})
    # A cause the sentence sets aside ("lower because the taxpayer paid it, not because Pemex became
    # more efficient"): the sentence is also read without it.
    set_aside = {i: a for i, e in enumerate(items) if (a := signals.cause_set_aside(e.sentence))}
    probs_aside = _asked_apart(model, {i: (items[i].sentence.replace(a, ""), claim) for i, a in set_aside.items()})
    claim_qs = numbers.quantities(claim)
    claim_aged = numbers.aged(claim)  # "Zambada is 65 years old": whose age, read once
    ruled = {e.article_id: e.sentence for e in items if e.rates}  # a fact-check's ruling, by story
    places = frozenset(p.lower() for e in items for p in e.places) | \
        signals.named_in(claim, [e.sentence for e in items])  # "Florida banned …", "Sinaloa recorded …": a name
    for k, (item, p) in enumerate(zip(items, probs)):
        p = dict(p)
        if item.rates:  # "We rate this claim Half True.": a published verdict on the claim
            item.signals.append(f"a fact-check's ruling on “{item.rates}”: {item.rating}")
            label = {"true": Stance.SUPPORTS, "false": Stance.REFUTES}.get(item.rating, Stance.REFUTES)
            item.stance, item.probability = label, RULED if item.rating != "misleading" else RULED_MISLEADING
            continue
        if (ruling := ruled.get(item.article_id)) is not None and rulings.restates(
                claim, item.sentence, f"{item.title or ''} {item.dateline or ''}"):
            item.signals.append(f"the statement a fact-check rules on (“{ruling}”): not evidence for it")
            item.stance, item.probability = Stance.NEUTRAL, 0.9
            continue
        if item.ruled and item.article_id not in ruled:  # a claim the fact-check rules on, not this one
            item.signals.append(f"the claim a fact-check rules on (“{item.ruled}”): not evidence")
            item.stance, item.probability = Stance.NEUTRAL, 0.9
            continue
        said = probs_spoken.get(k)
        if attributed and not chosen and (other := _not_theirs(attributed, item)):
            item.signals.append(other)  # "Amador said …" is not answered by Siller's words
            item.stance, item.probability = Stance.NEUTRAL, 0.9
            continue
        stated = claim  # what is checked against the item's words
        if attributed and said is not None:
            item.signals.append(f"judged as {attributed.who}'s words: “{item.quote or item.sentence}” "
                                f"beside “{attributed.what}”")
            p = dict(said)
            stated = attributed.what
            if p["supports"] < MATCHED and (so := _in_their_words(stated, item)):
                item.signals.append(so)  # "Eleven people have died, all of them unvaccinated," said
                p = _shift(p, "supports", MATCHED)  # of the claim's "eleven people have died in the outbreak"
        if (plain := probs_unnamed.get(k)) and p["refutes"] > p["supports"] \
                and plain["supports"] > max(plain["refutes"], plain["neutral"]) \
                and signals.overlap(unnamed[k], item.sentence) >= UNNAMED_SAYS:
            # "A federal judge blocked a Texas law" beside "… blocked Texas's SB4 immigration law",
            # in a story that calls the law SB4: the model reads a name left out as a contradiction
            item.signals.append(f"read without {', '.join(item.named_around)}, which its story names: "
                                f"“{unnamed[k]}” ({plain['supports']:.2f} for it)")
            p = dict(plain)
        if (plain := probs_aside.get(k)) and p["refutes"] > p["supports"] and plain["refutes"] < 0.5 \
                and max(plain, key=plain.get) != "refutes":
            # "The debt is lower because the taxpayer paid it, not because Pemex became more
            # efficient": the model reads the cause set aside as a denial of the debt's fall
            item.signals.append(f"read without “{set_aside[k].strip(' ,')}”, a cause it sets aside")
            p = dict(plain)
        if not attributed and said is not None and said["neutral"] < 0.5 and \
                max(said["supports"], said["refutes"]) > max(p["supports"], p["refutes"]):
            item.signals.append(f"judged on the speaker's words: “{item.quote}”")
            p = dict(said)
        if attributed and not chosen and p["refutes"] > p["supports"] and signals.overlap(
                attributed.what, item.quote or item.sentence) < TOPICAL \
                and not signals.negation_mismatch(attributed.what, item.quote or item.sentence):
            # "Noem credited the administration's policies, including …" beside "Noem said the
            # border is closed": another thing they said or did, which disputes nothing
            item.signals.append(f"speaks of something else than what {attributed.who} is said to have said")
            p = _shift(p, "neutral", 0.9)
        # what is checked, without the names its story gives ("Gen Z" in a story on that march)
        said_as = unnamed.get(k, claim) if stated is claim else stated
        # its figures aside: "400 people were arrested" says as much as "40 people were arrested"
        shared = max(signals.part_overlap(claim, item.sentence), signals.overlap(claim, item.sentence, figures=False))
        # a short sentence that goes on from the one before says the claim's words with its
        # neighbours ("In Colombia they make up about 15%." after a sentence on calories)
        goes_on = signals.continues(item.sentence)
        with_neighbours = item.context if goes_on else item.sentence
        if goes_on:
            shared = max(shared, signals.overlap(claim, item.context))
        in_story = any(signals.same_subject(claim, where, places)  # what a sentence leaves unnamed,
                       for where in (item.context, item.title or "", item.dateline or "")) or (  # its story names,
            bool(item.named_around) and signals.names_left_to_story(claim, item.sentence, item.named_around))
        about_it = signals.same_subject(claim, item.sentence, places) or (  # unless it names another
            in_story and not signals.elsewhere(claim, _main_places(item), places)  # place, or the whole
            and not signals.national(claim, item.sentence, places)  # country beside the claim's state,
            and not signals.worldwide(claim, item.sentence, places))  # or the world beside its country
        topical = (about_it or chosen) and (shared >= TOPICAL or p["neutral"] < 0.5)  # chosen: the user's say-so
        verdict = apart = dated = None
        story_words = f"{item.sentence} {item.context} {item.title or ''}"  # the sentence, its neighbours, headline
        aged = bool(claim_aged & numbers.aged(item.sentence))  # one person's age, in both
        topical = topical or aged
        if claim_qs and (topical or (in_story and shared >= TOPICAL)):
            # the evidence's "in February" is its article's February
            verdict, reason = numbers.compare(  # "In Colombia they make up about 15%" of the
                claim_qs, numbers.quantities(item.sentence, item.published),  # calories the
                f"{item.sentence} {item.context}", claim)  # sentence before names
            if verdict == "mismatch" and not chosen and max(  # (the story of one of its statements)
                    signals.topic_share(part, story_words) for part in signals.statements(said_as)) < ON_STORY:
                # a figure disputes the claim's only in a story on what the claim is about: "48
                # people have died of heat-related causes" is no answer to eleven dead of measles
                verdict, reason = "apart", f"its figures are of another story than the claim's ({reason})"
            if not topical and verdict != "match":
                verdict = None  # (below)
            elif not topical:  # "At least 37 candidates were killed nationwide …" in a story filed
                about_it = topical = True  # in Mexico that also names Veracruz: its figure is the claim's
            if verdict == "mismatch":
                item.signals.append(reason)
                p = _shift(p, "refutes", NUMBER_REFUTES)
            elif verdict == "match":
                item.signals.append(reason)
            elif verdict == "apart":
                apart = reason
        if topical and (other := signals.another_measure(stated, item.sentence)
                        or signals.ranked_in_another(claim, item.sentence)):
            item.signals.append(f"{other}: not evidence either way")  # "headline inflation slowed"
            p, topical = _shift(p, "neutral", 0.9), False  # beside "Core inflation rose"
        story = f"{item.title or ''}. {item.context}"  # the headline and the sentences beside it
        other_way = signals.went_the_other_way(claim, item.sentence, story)  # read once
        if not topical and about_it and other_way:
            topical = True  # "Oil production, however, kept falling" in a story on Pemex: few words, but the claim's thing
        if topical and (double := signals.false_the_other_way(stated, item.sentence)):
            # "the claim that seizures doubled … is false" beside "Fentanyl seizures fell by about 44%"
            item.signals.append(f"{double}: no evidence against the claim")
            p, topical = _shift(p, "neutral", 0.9), False
        if topical:
            rated = signals.rating(claim, item.sentence)  # "the claim that … is false": read once
            negation = signals.negation_mismatch(claim, item.sentence)
            antonym = signals.antonym_mismatch(claim, item.sentence)
            for reason in (negation, antonym):
                if reason:
                    item.signals.append(reason)
            if verdict == "match" and not (negation or antonym) and p["supports"] < MATCHED \
                    and signals.topic_share(stated, f"{with_neighbours} {item.title or ''}") >= MATCHED_WORDS:
                # "Officials in Paris closed 1,350 schools on Tuesday" beside "Paris closed 1,350
                # schools because of the heat": the claim's figure, said of what the claim says
                item.signals.append("the claim's figure and most of its words: counted as support")
                p = _shift(p, "supports", MATCHED)
            elif verdict == "match" and not (negation or antonym) and p["refutes"] > p["supports"]:
                # 'Turnout was 13%' against 'turnout was just 13%, the lowest …': the figure the
                # claim rests on is the evidence's, so its lean against the claim is not counted
                item.signals.append("its lean against the claim is not counted, as the numbers agree")
                p = {"supports": p["refutes"], "refutes": p["supports"], "neutral": p["neutral"]}
            opposite = dict(probs_turned.get(k, {}))
            if opposite and opposite["supports"] >= 0.5 and opposite["supports"] > p["supports"]:
                # "Remittances rose" beside "remittances fell 4.6%": the evidence fits the claim
                # turned the other way better than the claim itself, so it disputes the claim
                item.signals.append(f"fits the opposite better: “{turned[k]}” "
                                    f"({opposite['supports']:.2f} against {p['supports']:.2f})")
                p = {"supports": opposite["refutes"], "refutes": opposite["supports"],
                     "neutral": opposite["neutral"]}
            elif against := other_way or \
                    signals.said_false(rated) or \
                    signals.superlative_of_another(claim, item.sentence, places) or \
                    signals.swapped(claim, item.sentence, places) or \
                    signals.another_holds_it(claim, item.sentence) or \
                    signals.another_won(claim, item.sentence) or \
                    signals.ranked_lower(claim, item.sentence) or \
                    signals.not_the_first(claim, item.sentence) or \
                    (dated := signals.dated_otherwise(claim, item.sentence)):
                item.signals.append(against)  # as strong a sign as a figure that differs
                p = _shift(p, "refutes", NUMBER_REFUTES)
            elif rated:
                # "the claim that … is misleading": a verdict on the claim itself (verdict.decide)
                item.rating = rated[0]
                item.signals.append(f"rates it {rated[0]}: “{rated[1]}”")
                if rated[0] == "true":
                    p = _shift(p, "supports", NUMBER_REFUTES)
            elif p["refutes"] > p["supports"] and verdict in (None, "match") and not (negation or antonym) \
                    and (same_way := signals.went_the_claims_way(claim, item.sentence, story)):
                # "Turnout was 56%, up from 40% in … 2017" beside "Turnout … was higher than in
                # 2017": the claim's thing went the claim's way; the model's lean against is its
                # lean for the claim
                item.signals.append(f"{same_way}: its lean against the claim is read as for it")
                p = {"supports": p["refutes"], "refutes": p["supports"], "neutral": p["neutral"]}
            elif (flipped := _opposite_statement(claim, clause := signals.main_clause(item.sentence))
                  or _opposite_statement(claim, clause := signals.clause_for(claim, item.sentence))) \
                    and ((p["supports"] > 0.1 and p["neutral"] < 0.5) or (
                        p["neutral"] < 0.8 and _nearly_the_claim(said_as, clause, item))):
                # The same statement with opposite polarity (negated, or an opposite word; both
                # cancel out), in the sentence or in one clause of it ('"Vitamin A does not
                # prevent measles, and …," said …'): what the model did not call neutral
                # disputes the claim; and in nearly the claim's own words ("A vaccine … is not
                # yet part of the national immunization program"), what it only half did.
                item.signals.append(flipped)
                p = {"supports": 0.0, "refutes": p["supports"] + p["refutes"],
                     "neutral": p["neutral"]}
                if _nearly_the_claim(said_as, clause, item):
                    p = _shift(p, "refutes", SAME_WORDS_REFUTES)
            elif apart and p["refutes"] > p["supports"] and not (negation or antonym):
                # "fell by 6.7 percentage points" beside "8.3 million people left poverty": the
                # model sets unlike figures against each other; its lean against is not counted
                item.signals.append(f"{apart}; its lean against the claim is not counted")
                p = _shift(p, "neutral", 0.9)
            elif apart and apart.startswith((numbers.ANOTHER_TIME, numbers.ANOTHER_DOING)) \
                    and p["supports"] > p["refutes"] and p["neutral"] < 0.9:
                # "contracted 0.6% in the first quarter" beside "contracted 0.3% in the third
                # quarter": the claim's thing, another time's figure, no evidence for it; nor is
                # "pumps most of its water" for "supplies most of Mexico City's water"
                item.signals.append(f"{apart}; its lean for the claim is not counted")
                p = _shift(p, "neutral", 0.9)
            elif apart and apart.startswith(numbers.FORECAST) and p["neutral"] < 0.9:
                # "production would stabilize at about 1.8 million barrels per day by 2026" is no
                # evidence that Pemex produces that much, nor that it does not
                item.signals.append(f"{apart}; its lean is not counted")
                p = _shift(p, "neutral", 0.9)
        if not chosen and verdict in (None, "apart") and p["neutral"] < NEUTRAL_MIN and not dated:
            elsewhere = _elsewhere(stated, claim_qs, item.sentence, max(p["supports"], p["refutes"]) < 0.5,
                                   p["refutes"] > p["supports"],
                                   [e.sentence for e in items if e is not item], verdict == "apart",
                                   item.quote and f"{item.quote} {item.speaker.name if item.speaker else ''}",
                                   item.context)
            if elsewhere:
                item.signals.append(elsewhere)
                p = _shift(p, "neutral", 0.9)
        if p["supports"] > p["refutes"] and (near := signals.hedged(stated, item.quote or item.sentence)):
            item.signals.append(f"{near}: not evidence that it is so")  # "on the edge of a recession"
            p = _shift(p, "neutral", 0.9)
        if p["supports"] > p["refutes"] and (level := signals.level_only(stated, item.sentence)):
            item.signals.append(level)
            p = _shift(p, "neutral", 0.9)
        if signals.reports_the_claim(claim, item.sentence) and p["supports"] > p["refutes"] and not item.rating:
            item.signals.append("repeats the claim as someone's claim: not evidence for it")
            p = _shift(p, "neutral", 0.9)
        if not chosen and p["supports"] > p["refutes"] and p["neutral"] < 0.9 \
                and signals.topic_share(stated, story_words) < OFF_STORY:
            # "Nationally, the homicide rate fell … in 2024" beside "Dengue cases worldwide fell in
            # 2024": its story says almost nothing of what the claim is about
            item.signals.append("its story speaks of other things than the claim: not evidence for it")
            p = _shift(p, "neutral", 0.9)
        if not chosen and p["neutral"] < 0.9 and (unsaid := signals.subject_unsaid(stated, story_words)):
            item.signals.append(f"{unsaid}: not evidence either way")
            p = _shift(p, "neutral", 0.9)
        if not chosen and not about_it and p["neutral"] < 0.5:
            item.signals.append("does not name who or what the claim is about")
            p = _shift(p, "neutral", 0.9)
        elif not chosen and p["neutral"] < 0.5 and not aged and not signals.says_more_than_names(
                claim, with_neighbours, places):  # (a person's age is the name and the figure)
            item.signals.append("shares only a name with the claim: it is about something else")
            p = _shift(p, "neutral", 0.9)
        elif not chosen and p["neutral"] < 0.5 and shared == 0:
            item.signals.append("shares no word with the claim: too far from it to count")
            p = _shift(p, "neutral", 0.9)
        if attributed and not chosen and p["neutral"] < NEUTRAL_MIN and max(p["supports"], p["refutes"]) < 0.5:
            # a person may say many things: only a clear lean says whether they said this
            item.signals.append(f"says nothing clear of what {attributed.who} is said to have said")
            p = _shift(p, "neutral", 0.9)
        if not chosen:
            neutral = p["neutral"] >= NEUTRAL_MIN
        else:
            neutral = max(p["supports"], p["refutes"]) < LEAN_MIN_CHOSEN or not (shared or about_it)
        if neutral:
            label = "neutral"
        else:  # relevant: the model's lean between the two stances decides
            label = "supports" if p["supports"] >= p["refutes"] else "refutes"
        item.stance = Stance(label)
        item.probability = round(float(p[label]), 4)
    return items


def _elsewhere(claim: str, claim_qs: list, sentence: str, weak: bool, against: bool, others: list[str],
               apart: bool = False, quoted: str | None = None, around: str = "") -> str | None:
    """Why a retrieved sentence whose figures were not set beside the claim's speaks of something
    else, or None. A figure the claim gives for 2024 is not disputed by a sentence about 2025,
    however the model leans; a weak lean from a sentence about another year, or from one that
    never names what the claim counts ("homicides" beside a sentence on remittances) or says
    moved, does not count either, nor any lean from one whose own figures (`apart`) all count
    other things than the claim's and never names what the claim counts, nor from one that
    names none of what the claim counts and says moved. What a speaker's sentence counts is read
    in their words (`quoted`, with their name: "its third-quarter net profit rose 9%" is Walmart de
    México's), not in who they are ("chief economist at Banco Base"); a short
    sentence's with the sentences `around` it ("Most cases are in the states of Jalisco, …" after
    one on dengue)."""
    if weak or claim_qs:
        other_time = signals.other_years(claim, sentence)
        if other_time:
            return other_time
    counts = quoted or sentence  # what a speaker counts is in their words ("…," said X, chief economist)
    if len(signals.words(counts)) <= signals.CONTINUING_MAX:
        counts = f"{counts} {around}"
    if (weak or apart) and claim_qs and (missing := signals.not_counting(claim_qs, counts)):
        return missing
    if claim_qs and signals.not_moving(claim, sentence) and (
            none := signals.not_counting(claim_qs, counts, every=True)):
        return none  # "deportations did rise, to about 190,000" beside "border arrests fell to 8,000"
    if (not_moving := signals.not_moving(claim, sentence)) and (weak or not signals.moves(sentence)):
        # "Shootings rose" beside a sentence that never names shootings; however the model leans,
        # one that names no change at all ("37 candidates were killed" beside "Turnout rose")
        return not_moving
    if not_moving and against and signals.went_the_claims_way_only(claim, sentence):
        # "headline inflation slowed" beside "The price of gasoline fell": what went the claim's
        # way is another thing, so the model's lean against the claim is that thing's
        return f"{not_moving}; what it says went that way is another thing"
    if against and (other := signals.another_went_the_claims_way(claim, sentence)):
        return other  # "Asylum requests in Mexico fell 60%" beside "Border arrests fell to about 8,000"
    return signals.another_thing_moved(claim, sentence, others)  # "core prices rose" beside gasoline's


def _in_their_words(what: str, item: Evidence) -> str | None:
    """signals.said_so on the speaker's quoted words, or else on their whole sentence ("Its
    leader, Jorge Romero, called the election 'a farce' and said …")."""
    around = f"{item.context} {item.title or ''}"
    for words in dict.fromkeys(w for w in (item.quote, item.sentence) if w):
        if so := signals.said_so(what, words, around):
            return so
    return None


def _not_theirs(attributed: signals.Attributed, item: Evidence) -> str | None:
    """Why an archive item says nothing of what the claim says a person said: it quotes
    someone else, or it neither quotes nor names them. None when it may."""
    if item.speaker and item.speaker.name and not signals.same_person(attributed.who, item.speaker.name):
        return f"the claim is of what {attributed.who} said; these are {item.speaker.name}'s words"
    if item.speaker is None and not signals.same_person(attributed.who, item.sentence):
        return f"does not quote or name {attributed.who}"
    return None


def _nearly_the_claim(claim: str, clause: str, item: Evidence) -> bool:
    """Does the clause say nearly all the claim's words, or half of them, with its story's
    headline saying the rest and the words it denies being the claim's ("He said the police had
    not used tear gas", in a story headed "… injured in Mexico City march", of "Police used tear
    gas against the Generation Z marchers", its story naming Generation Z)?"""
    said = signals.overlap(claim, clause)
    if said >= SAME_WORDS:
        return True
    ws = signals.words(clause)
    negated = next((k for k, w in enumerate(ws) if w in signals.NEGATIONS), None)
    return said >= HALF_SAID and negated is not None and \
        signals.overlap(claim, " ".join(ws[negated + 1:negated + 7])) >= TOPICAL and \
        signals.topic_share(claim, f"{clause} {item.title or ''}") >= SAME_WORDS  # what it denies is the claim's


def _opposite_statement(claim: str, clause: str) -> str | None:
    """Does the clause state the claim negated, or with an opposite word (not both)? Said in
    words, or None."""
    negation = signals.negation_mismatch(claim, clause)
    antonym = signals.antonym_mismatch(claim, clause)
    if bool(negation) == bool(antonym) or signals.overlap(claim, clause) < SAME_PROPOSITION \
            or not signals.about_as_long(claim, clause):
        return None
    if antonym and (moved := signals.movement(claim)) and moved.thing and signals.not_moving(claim, clause):
        return None  # "Asylum requests in Mexico fell 60%" is no "Deportations of Mexicans rose"
    return ("same statement negated: counted as disputing it" if negation
            else f"same statement with an opposite word ({antonym.split(': ', 1)[-1]}): counted as disputing it")


def _main_places(item: Evidence) -> list[str]:
    """The places the sentence names outside its asides: "the march, which was called to protest
    the killing of a mayor in Michoacán" happened where its story says, not in Michoacán."""
    main = signals.main_clause(item.sentence)
    return [p for p in item.places if p in main]


def _asked_apart(model, pairs: dict[int, tuple[str, str]]) -> dict[int, dict[str, float]]:
    """The model's reading of each (evidence, claim) pair, by item index."""
    keys = list(pairs)
    return dict(zip(keys, model.predict([pairs[k] for k in keys]))) if keys else {}


def _own_words(item: Evidence) -> bool:
    """Does the item quote words of a speaker that say more than the sentence around them?"""
    return bool(item.quote and item.speaker and len(item.quote.split()) >= 4
                and item.quote.strip(" .,\"“”") != item.sentence.strip(" .,\"“”"))


def _shift(p: dict[str, float], label: str, floor: float) -> dict[str, float]:
    """Raise p[label] to at least `floor`, scaling the others down so they still sum to 1."""
    if p[label] >= floor:
        return p
    rest = sum(v for k, v in p.items() if k != label) or 1.0
    return {k: (floor if k == label else v * (1 - floor) / rest) for k, v in p.items()}
