"""Parse repairs: the small model's misreadings that hide who holds a stance."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from parley.models import ArticleMeta
from parley.nlp.parse_repairs import repair_attachments
from parley.nlp.pipeline import MODEL, Extractor, load_nlp
from parley.packs import load_pack

# "Trump" read as a common noun and "proposed" as an adjective of "Kyiv": the model's own parse
MISREAD = "Trump proposed Kyiv cede the rest of the Donbas."


def _parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A doc with the parse given row by row (word, head, dep, tag, pos), as the model gave it
    on a real text; lemmas are the lower-cased words."""
    words, heads, deps, tags, pos = (list(column) for column in zip(*rows, strict=True))
    lemmas = [w.lower() for w in words]
    return Doc(
        load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas
    )


def test_the_bare_model_misreads_the_mandative_verb() -> None:
    doc = spacy.load(MODEL)(MISREAD)
    assert doc[1].dep_ == "amod"  # if the model stops misreading, the repair is moot


def test_the_mandative_verb_becomes_the_root() -> None:
    doc = load_nlp()(MISREAD)
    assert (doc[1].dep_, doc[0].dep_, doc[0].head.i, doc[3].dep_, doc[3].head.i) == (
        "ROOT",
        "nsubj",
        1,
        "ccomp",
        1,
    )
    assert [s.text for s in doc.sents] == [MISREAD]


def test_a_real_participle_is_left_alone() -> None:
    doc = load_nlp()("The proposed deal was signed.")
    assert doc[1].dep_ == "amod"


def test_the_proposer_holds_the_stance() -> None:
    result = Extractor(load_pack("ukraine")).extract_text(MISREAD, ArticleMeta())
    assert {(p.actor, p.issue, p.stance) for p in result.positions} == {
        ("USA", "territory", "support")
    }


# the model takes "a truce" for a second object of "told" and leaves "prolong" without a subject
TOLD = "Putin told Witkoff a truce would only prolong the war."


def test_the_bare_model_misreads_what_was_told() -> None:
    doc = spacy.load(MODEL)(TOLD)
    assert (doc[4].dep_, doc[4].head.i) == ("dobj", 1)


def test_the_told_clause_gets_its_subject_back() -> None:
    doc = load_nlp()(TOLD)
    assert (doc[4].dep_, doc[4].head.i, doc[7].dep_) == ("nsubj", 7, "ccomp")
    plain = load_nlp()("Zelensky told Trump he wanted more air defence.")
    assert [t.dep_ for t in plain][:4] == ["nsubj", "ROOT", "dobj", "nsubj"]


def test_what_was_told_is_the_teller_s_verdict() -> None:
    result = Extractor(load_pack("ukraine")).extract_text(TOLD, ArticleMeta())
    assert {(p.actor, p.issue, p.stance) for p in result.positions} == {
        ("RUS", "ceasefire", "oppose")
    }


def test_a_hyphen_after_an_abbreviation_splits_like_after_a_word() -> None:
    doc = load_nlp()("They held a round of U.S.-brokered talks, not E.U.-led ones.")
    assert [t.text for t in doc[5:8]] == ["U.S.", "-", "brokered"]
    assert "E.U." in [t.text for t in doc]
    result = Extractor(load_pack("ukraine")).extract_text(
        "Kyiv joined the U.S.-brokered peace talks.", ArticleMeta()
    )
    assert ("USA", "peace_plan", "support") in {
        (p.actor, p.issue, p.stance) for p in result.positions
    }


def test_off_the_table_is_hung_back_on_its_verb() -> None:
    text = "Trump has taken the prospect of Kyiv joining the alliance off the table."
    doc = load_nlp()(text)
    off = next(t for t in doc if t.lower_ == "off")
    assert off.head.lemma_ == "take"
    plain = load_nlp()("Officials took the question off the table.")
    assert next(t for t in plain if t.lower_ == "off").head.lemma_ == "take"


def test_a_clause_after_when_pressed_is_the_speaker_s() -> None:
    doc = load_nlp()("He confirmed when pressed that Kyiv had dropped the demand.")
    assert next(t for t in doc if t.lower_ == "dropped").head.lower_ == "confirmed"


def test_de_escalation_is_one_token() -> None:
    doc = load_nlp()("They urged De-escalation, then de-escalating steps.")
    assert "De-escalation" in [t.text for t in doc]
    assert "de-escalating" in [t.text for t in doc]


def test_a_finite_conjunct_goes_with_the_finite_verb() -> None:
    doc = load_nlp()("Zelensky refuses to give up land and demands binding guarantees.")
    demands = next(t for t in doc if t.lower_ == "demands")
    assert demands.head.lower_ == "refuses"


def test_a_present_tense_conjunct_shares_no_modal() -> None:
    doc = load_nlp()(
        "The draft suggests Kyiv would drop its NATO bid, though it may seek EU membership, "
        "and calls for a full truce."
    )
    calls = next(t for t in doc if t.lower_ == "calls")
    assert calls.head.lower_ == "suggests"


def test_co_verbs_are_one_token_with_the_verb_s_lemma() -> None:
    doc = load_nlp()("Poland and Ukraine co-hosted the conference.")
    [co] = [t for t in doc if t.lower_.startswith("co-")]
    assert (co.text, co.lemma_, co.dep_) == ("co-hosted", "host", "ROOT")


def test_a_demanded_verb_list_stays_under_the_demanded_clause() -> None:
    """ "is demanding that Kyiv cede X, remain neutral": the model may join "remain" to
    "demanding" (the parse below, as it came out on a real article); it belongs with "cede"."""
    rows = [  # word, head, dep, tag, pos
        ("Putin", 2, "nsubj", "NNP", "PROPN"),
        ("is", 2, "aux", "VBZ", "AUX"),
        ("demanding", 2, "ROOT", "VBG", "VERB"),
        ("that", 5, "mark", "IN", "SCONJ"),
        ("Kyiv", 5, "nsubj", "NNP", "PROPN"),
        ("cede", 2, "ccomp", "VB", "VERB"),
        ("Donbas", 5, "dobj", "NNP", "PROPN"),
        (",", 5, "punct", ",", "PUNCT"),
        ("remain", 2, "conj", "VB", "VERB"),
        ("neutral", 8, "acomp", "JJ", "ADJ"),
        (".", 2, "punct", ".", "PUNCT"),
    ]
    doc = repair_attachments(_parsed(rows))
    assert doc[8].head.text == "cede"


def test_the_clause_after_while_is_the_root() -> None:
    doc = load_nlp()(
        "While Moscow has insisted on a withdrawal, Zelensky has remained firm in his refusal."
    )
    assert next(t for t in doc if t.dep_ == "ROOT").lower_ == "remained"
    plain = load_nlp()("While in Paris, Zelensky met Macron.")
    assert next(t for t in plain if t.dep_ == "ROOT").lower_ == "met"


def test_a_content_clause_goes_back_to_its_noun() -> None:
    doc = load_nlp()(
        "He also repeated his criticism of Moscow's demand that Ukraine withdraw from the "
        "remaining 20 percent of its eastern Donetsk region."
    )
    withdraw = next(t for t in doc if t.lower_ == "withdraw")
    assert (withdraw.dep_, withdraw.head.lower_) == ("acl", "demand")
    assert next(t for t in doc if t.lower_ == "that").dep_ == "mark"


def test_a_name_before_a_verb_read_as_a_noun_is_its_subject() -> None:
    doc = load_nlp()("Ukraine advocates for a ceasefire along the current front lines.")
    assert (doc[0].dep_, doc[0].head.lower_) == ("nsubj", "advocates")


def test_a_name_compounded_on_a_subordinate_verb_is_its_subject() -> None:
    """ "... as US pushes for a deal": the model may hang "US" on "pushes" as a compound (the
    parse below, as it came out on a real headline); it is the verb's subject."""
    rows = [  # word, head, dep, tag, pos
        ("Envoys", 1, "nsubj", "NNS", "NOUN"),
        ("meet", 1, "ROOT", "VBP", "VERB"),
        ("as", 4, "mark", "IN", "SCONJ"),
        ("US", 4, "compound", "NNP", "PROPN"),
        ("pushes", 1, "advcl", "VBZ", "VERB"),
        ("for", 4, "prep", "IN", "ADP"),
        ("deal", 5, "pobj", "NN", "NOUN"),
    ]
    doc = repair_attachments(_parsed(rows))
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "pushes")


def test_a_headline_verb_read_as_the_names_object_is_the_root() -> None:
    """ "Trump presses for ceasefire": "Trump" tagged the verb, "presses" its plural object."""
    doc = load_nlp()("Trump presses for ceasefire")
    assert (doc[1].dep_, doc[0].dep_, doc[0].head.i) == ("ROOT", "nsubj", 1)
    assert (doc[2].head.i, doc[3].head.i) == (1, 2)


def test_a_headline_verb_read_as_the_subject_of_its_object_is_the_root() -> None:
    """ "Putin backs truce": "truce" the root, "backs" its subject; the verb is the root."""
    doc = load_nlp()("Putin backs truce")
    assert (doc[1].dep_, doc[2].dep_, doc[2].head.i) == ("ROOT", "dobj", 1)
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 1)


def test_a_for_to_clause_goes_back_to_its_noun() -> None:
    """ "soften a US proposal for Ukrainian troops to leave": the model may hang "leave" on
    "soften" (the parse below, as it came out on a real article); it spells out the proposal."""
    rows = [  # word, head, dep, tag, pos
        ("Kyiv", 1, "nsubj", "NNP", "PROPN"),
        ("hopes", 1, "ROOT", "VBZ", "VERB"),
        ("to", 3, "aux", "TO", "PART"),
        ("soften", 1, "xcomp", "VB", "VERB"),
        ("a", 6, "det", "DT", "DET"),
        ("US", 6, "compound", "NNP", "PROPN"),
        ("proposal", 3, "dobj", "NN", "NOUN"),
        ("for", 11, "mark", "IN", "SCONJ"),
        ("Ukrainian", 9, "amod", "JJ", "ADJ"),
        ("troops", 11, "nsubj", "NNS", "NOUN"),
        ("to", 11, "aux", "TO", "PART"),
        ("leave", 3, "advcl", "VB", "VERB"),
        ("Donbas", 11, "dobj", "NNP", "PROPN"),
    ]
    doc = repair_attachments(_parsed(rows))
    assert (doc[11].dep_, doc[11].head.text) == ("acl", "proposal")


def test_a_verbless_headline_gets_its_verb_back() -> None:
    """ "Hungary vetoes Ukraine accession talks": the model made every word a modifier of
    "talks"; the verb after the name heads the headline, retagged a verb."""
    doc = load_nlp()("Hungary vetoes Ukraine accession talks")
    verb = doc[1]
    assert (verb.dep_, verb.pos_, doc[0].dep_, doc[4].head.i) == ("ROOT", "VERB", "nsubj", 1)


def test_a_headline_adjective_takes_the_name_as_subject() -> None:
    """ "Kyiv ready for talks" ("Kyiv" an adverb of "ready") and "Moscow wary of X" ("wary" a
    modifier of the root "Moscow"): the adjective heads the headline, the name its subject."""
    ready = load_nlp()("Kyiv ready for talks with Moscow")
    assert (ready[0].dep_, ready[0].head.i) == ("nsubj", 1)
    wary = load_nlp()("Moscow wary of European peacekeepers")
    assert (wary[1].dep_, wary[0].dep_, wary[2].head.i) == ("ROOT", "nsubj", 1)


def test_the_clause_of_a_hopeful_adjective_goes_back_to_it() -> None:
    """ "said he was optimistic a deal could be reached": the model hangs "reached" on "said"
    (a second thing said); it is what the speaker is optimistic about."""
    doc = load_nlp()("Rubio said he was optimistic a deal could be reached soon.")
    assert (doc[9].lower_, doc[9].head.lower_) == ("reached", "optimistic")
    plain = load_nlp()("Rubio said he was tired and a deal could be reached soon.")
    assert plain[10].head.lower_ != "tired"  # no hopeful adjective: left as it is


def test_a_reported_copula_less_headline_gets_its_adjective_back() -> None:
    """ "Moscow wary of X, Peskov says": the model makes "wary" a modifier of "Moscow" and the
    name a loose dependant of "says"; the adjective is what was said, the name its subject."""
    doc = load_nlp()("Moscow wary of European peacekeepers, Peskov says")
    assert (doc[1].dep_, doc[1].head.lower_, doc[0].dep_, doc[0].head.lower_) == (
        "ccomp",
        "says",
        "nsubj",
        "wary",
    )


def test_a_past_tense_verb_read_as_an_adjective_after_a_name_is_the_root() -> None:
    """ "Trump halted weapons deliveries": the model reads "Trump" as the root (or a modifier
    of the object) and the verb as an adjective of its object; the verb heads the sentence."""
    halted = load_nlp()("Trump halted weapons deliveries to Kyiv last month.")
    assert (halted[1].dep_, halted[0].dep_, halted[3].head.i, halted[7].head.i) == (
        "ROOT",
        "nsubj",
        1,
        1,
    )
    aid = load_nlp()("Trump suspended military aid to Ukraine in March.")
    assert (aid[1].dep_, aid[3].dep_, aid[3].head.i) == ("ROOT", "dobj", 1)
    plain = load_nlp()("Russia rejects US proposed plan.")
    assert (plain[3].dep_, plain[1].dep_) == ("amod", "ROOT")  # a real participle stays
    pressured = load_nlp()("Trump pressured Zelensky to cede the Donbas.")
    assert (pressured[1].dep_, pressured[1].lemma_) == ("ROOT", "pressure")  # tagged adjective


def test_a_headline_name_read_as_an_adjective_of_its_verb_is_its_subject() -> None:
    """ "Orban vows to block X": the model reads "Orban" as an adjective of "vows"."""
    doc = load_nlp()("Orban vows to block Ukraine's EU bid")
    assert (doc[0].dep_, doc[0].head.i, doc[1].pos_) == ("nsubj", 1, "VERB")


def test_a_headline_verb_read_inside_a_name_heads_the_headline() -> None:
    """ "Trump presses Kyiv to give up Donbas": the model reads "Trump presses Kyiv" as one
    name, the subject of "give up"; the verb heads it, with its object and its clause."""
    doc = load_nlp()("Trump presses Kyiv to give up Donbas")
    assert (doc[1].dep_, doc[0].dep_, doc[2].dep_, doc[4].head.i) == ("ROOT", "nsubj", "dobj", 1)


def test_a_for_phrase_goes_back_to_its_content_noun() -> None:
    """ "pushed back on the US proposal for a truce": the model hangs "for a truce" on the
    verb; it says what the proposal is for."""
    doc = load_nlp()("The Kremlin pushed back on the US proposal for a 30-day truce.")
    assert (doc[8].lower_, doc[8].head.lower_) == ("for", "proposal")


def test_a_participle_with_its_agent_after_remain_is_a_passive() -> None:
    """ "X remains rejected by Kyiv": the model reads the participle as the adjective of
    "remains"; it is the passive verb, with X its subject, so the agent holds the stance."""
    doc = load_nlp()("The plan for a buffer zone remains rejected by Kyiv.")
    verb = next(t for t in doc if t.lower_ == "rejected")
    assert (verb.dep_, doc[1].dep_, doc[1].head.i, doc[6].dep_) == (
        "ROOT",
        "nsubjpass",
        verb.i,
        "auxpass",
    )
    plain = load_nlp()("Moscow remains opposed to a truce.")
    assert (plain[1].dep_, plain[2].dep_) == ("ROOT", "acomp")  # no agent: the adjective stays
    found = Extractor(load_pack("ukraine")).extract_text(
        "NATO membership for Ukraine still remains opposed by Hungary."
    )
    assert {(p.actor, p.issue, p.stance) for p in found.positions} == {
        ("HUN", "nato_membership", "oppose")
    }


def test_a_participle_after_want_and_its_noun_is_passive() -> None:
    """ "wants the sanctions on its banks eased": the model reads "eased" as a past-tense verb
    with "sanctions" its subject; they are what is to be eased."""
    doc = load_nlp()("Moscow wants the curbs on its state banks eased.")
    eased = doc[8]
    assert (eased.tag_, doc[3].dep_) == ("VBN", "nsubjpass")
    found = Extractor(load_pack("ukraine")).extract_text(
        "Moscow wants the sanctions on its state banks eased."
    )
    assert {(p.actor, p.issue, p.stance) for p in found.positions} == {
        ("RUS", "sanctions", "oppose")
    }
    plain = load_nlp()("Kyiv wants Washington to send more missiles.")
    assert plain[4].tag_ == "VB"  # an infinitive clause is left alone


def test_a_second_reported_clause_joined_to_the_verb_of_saying_goes_on_the_first() -> None:
    """ "X said A but B must ...": the model joins B to "said"; B is reported too."""
    doc = load_nlp()("Sybiha said Kyiv was ready to talk but Moscow must first accept a truce.")
    accept = next(t for t in doc if t.lower_ == "accept")
    assert (accept.dep_, accept.head.lower_) == ("conj", "was")


def test_a_from_phrase_goes_back_to_the_reaction_noun() -> None:
    """ "the draft drew criticism from Kyiv": the model hangs "from Kyiv" on the verb; it
    says whose criticism it is."""
    doc = load_nlp()("The draft drew sharp criticism from Kyiv and Brussels.")
    assert (doc[5].lower_, doc[5].head.lower_) == ("from", "criticism")


def test_a_relative_clause_keeps_its_second_verb() -> None:
    """ "the draft, which surfaced and was panned, could be a basis": the model makes "panned"
    the clause of "draft", leaving "could be" without a subject."""
    text = (
        "The Kremlin said on Monday that the draft, which surfaced last week and was widely "
        "panned as lopsided, could be a good basis for talks."
    )
    bare = spacy.load(MODEL)(text)
    assert bare[7].head.lower_ == "panned"  # if the model stops misreading, the repair is moot
    doc = load_nlp()(text)
    assert (doc[7].dep_, doc[7].head.lower_) == ("nsubj", "be")
    assert (doc[16].dep_, doc[16].head.lower_) == ("conj", "surfaced")


def test_not_before_a_second_noun_negates_it() -> None:
    """ "wants a peace deal, not a quick ceasefire": the "not" goes on the ceasefire."""
    doc = load_nlp()("Moscow wants a durable peace deal, not a quick ceasefire, Ryabkov said.")
    assert (doc[7].lower_, doc[7].head.lower_) == ("not", "ceasefire")
    plain = load_nlp()("Moscow does not want a ceasefire.")
    assert plain[2].head.lower_ == "want"
