"""Repairs of parses the small English model gets wrong in a way that hides who holds a stance.

Registered as spaCy components (added to the pipeline by ``parley.nlp.pipeline.load_nlp``), so
every later step, in this process or a worker, sees the repaired tree. Each repair is narrow:
it fires on one misparse and leaves the plain reading alone (``tests/test_parse_repairs.py``
shows both). Besides the two verb repairs, ``repair_attachments`` re-hangs words the model
attached to the wrong head: "taken X off the table", a clause after "when pressed", a
coordinated verb of the wrong form, a content clause after "demand" (or a "for X to Y" clause,
or a "for X" phrase, after "proposal"), the gerund of "objects to Ukraine joining NATO", a name
read as a noun modifier of its verb ("Ukraine advocates for ..."), a headline's verb read as a
noun ("Trump presses for ceasefire", "Putin backs truce", "Hungary vetoes Ukraine accession
talks", "Trump presses Kyiv to ..." read as one name; retagged a verb), a past-tense verb read
as an adjective of its object after a name ("Trump halted weapons deliveries"), the adjective
of a headline with no copula ("Kyiv ready for talks", also reported: "Moscow wary of X, Peskov
says"), the main clause after "While A ..., B ...", a second reported clause the model joined to
the verb of saying ("said Kyiv was ready but Moscow must first accept a truce"), a "from X"
phrase back on its reaction noun ("the draft drew criticism from Kyiv"), the second verb of a
relative clause the model made the clause of its noun ("the draft, which surfaced and was panned,
could be a basis"), the "not" of "A, not B" on B ("a peace deal, not a quick ceasefire"), and
two participles made passive: one with its agent after "remain" ("membership remains opposed by
Hungary") and one after "want" and its noun ("wants the sanctions on its banks eased").

Example::

    nlp = load_nlp()
    doc = nlp("Trump insisted Ukraine make territorial concessions.")
    doc[1].dep_   # 'ROOT' (the model had tagged "insisted" an adjective of "Ukraine")
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token

__all__ = [
    "ATTACHMENT_REPAIR",
    "DRAWING",
    "EXPECTANT",
    "MANDATIVE_REPAIR",
    "MANDATIVE_VERBS",
    "REACTIONS",
    "TELLING_REPAIR",
    "TELLING_VERBS",
    "repair_attachments",
    "repair_mandative",
    "repair_telling",
]

MANDATIVE_REPAIR = "parley_mandative_repair"
TELLING_REPAIR = "parley_telling_repair"
ATTACHMENT_REPAIR = "parley_attachment_repair"

# Verbs that take a bare subjunctive clause without "that": "insisted Ukraine make concessions".
MANDATIVE_VERBS = frozenset(
    ["insist", "demand", "propose", "urge", "suggest", "recommend", "request", "ask", "require"]
)


def _misread_mandative(verb: Token) -> Token | None:
    """The clause verb when ``verb`` is a mandative verb the model read as an adjective of the
    next clause's subject ("Trump [insisted Ukraine] make ..."), else None."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return None
    if verb.lemma_.lower() not in MANDATIVE_VERBS:
        return None
    noun, clause = verb.head, verb.head.head
    if noun.dep_ != "nsubj" or noun.i <= verb.i or clause.dep_ != "ROOT":
        return None
    if clause.pos_ != "VERB" or clause.tag_ not in ("VB", "VBP"):
        return None  # "the proposed deal was signed": a real participle
    return clause


def _subject_before(verb: Token) -> Token | None:
    """The noun before the verb that the model hung on it (as subject or, taking the verb for
    an adjective, as a modifier: "[Trump] proposed Kyiv cede ...")."""
    return next(
        (
            c
            for c in [*verb.children, *verb.head.children]
            if c.i < verb.i
            and (
                c.dep_ == "nsubj"
                or (c.dep_ in ("nmod", "compound") and c.pos_ in ("PROPN", "NOUN"))
            )
        ),
        None,
    )


@Language.component(MANDATIVE_REPAIR)
def repair_mandative(doc: Doc) -> Doc:
    """Make the mandative verb the root and its clause the complement, so that its subject
    holds what the clause asks for."""
    for verb in doc:
        clause = _misread_mandative(verb)
        subject = _subject_before(verb) if clause is not None else None
        if clause is None or subject is None:
            continue
        subject.head = verb
        subject.dep_ = "nsubj"
        verb.head = verb
        verb.dep_ = "ROOT"
        clause.head = verb
        clause.dep_ = "ccomp"
    return doc


# Verbs of telling someone something: "told Trump [a truce would only prolong the war]".
TELLING_VERBS = frozenset(
    ["tell", "warn", "assure", "inform", "remind", "promise", "advise", "notify", "reassure"]
)


def _misread_told_subject(verb: Token) -> tuple[Token, Token] | None:
    """(noun, clause) when the model took the subject of the clause reported after "told X"
    for a second object of the verb ("told Trump [a ceasefire] would prolong the war")."""
    if verb.lemma_.lower() not in TELLING_VERBS:
        return None
    if not any(
        c.dep_ == "dative" or (c.dep_ == "dobj" and c.i == verb.i + 1) for c in verb.children
    ):
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for noun in nouns:
        for clause in clauses:
            if noun.right_edge.i + 1 != clause.left_edge.i:
                continue  # the clause must begin right after the noun phrase
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
                continue
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
                return noun, clause
    return None


@Language.component(TELLING_REPAIR)
def repair_telling(doc: Doc) -> Doc:
    """Give the reported clause back its subject, so that it is what was said, not told."""
    for verb in doc:
        found = _misread_told_subject(verb)
        if found is not None:
            noun, clause = found
            noun.head = clause
            noun.dep_ = "nsubj"
    return doc


# Verbs of the idiom "take (keep) X off the table": ruling X out of the talks.
_TABLE_VERBS = frozenset(["take", "keep"])


def _stranded_table_particle(prep: Token) -> Token | None:
    """The verb of the idiom when the model hung its "off the table" on a word inside the
    object ("taken [the prospect of Ukraine joining NATO] off the table"), else None."""
    if prep.lower_ != "off" or prep.dep_ != "prep":
        return None
    if not any(c.dep_ == "pobj" and c.lemma_.lower() == "table" for c in prep.children):
        return None
    if prep.head.lemma_.lower() in _TABLE_VERBS:
        return None
    tok = prep.head
    for _ in range(5):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TABLE_VERBS:
            return tok.head
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


# Participles of a question put to the speaker: "confirmed, when pressed, that ...".
_PROMPTED = frozenset(["press", "ask", "question", "challenge", "quiz", "push"])


def _prompted_clause(clause: Token) -> Token | None:
    """The speaker's verb when the model hung the reported clause on an aside like "when
    pressed" ("He confirmed when [pressed that Trump had ...]"), else None."""
    aside = clause.head
    if clause.dep_ != "ccomp" or aside.dep_ != "advcl" or aside.tag_ != "VBN":
        return None
    if aside.lemma_.lower() not in _PROMPTED or aside.i > clause.i:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in ("when", "if") for c in aside.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in aside.children):
        return None
    return aside.head


_FINITE = frozenset(["VBZ", "VBD"])


_SAYING = frozenset(["say", "tell", "add", "insist", "stress", "argue", "warn", "write"])
_CLAUSE_MODALS = frozenset(["must", "should", "will", "would", "wo", "could", "can", "ca"])


def _reported_conjunct(conj: Token) -> Token | None:
    """The reported clause a second clause goes on when the model joined it to the verb of
    saying: "Zelensky said Kyiv was ready to talk but Moscow must first agree to a truce" (the
    second clause is Zelensky's too)."""
    head = conj.head
    if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or head.lemma_ not in _SAYING:
        return None
    if not any(c.dep_ == "nsubj" for c in conj.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _CLAUSE_MODALS for c in conj.children):
        return None
    said = [c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < conj.i]
    return said[-1] if said else None


def _misjoined_conjunct(conj: Token) -> Token | None:
    """The verb a coordinated verb belongs with when the model joined it to a verb of another
    form: "refuses to cede land and demands guarantees" ("demands" goes with "refuses", not
    "cede"; so "opposes sending troops but backs X"); "requiring Kyiv to cede land, cut its
    army" ("cut" goes with "cede", not with a finite verb far above)."""
    if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.head.i > conj.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None
    head = conj.head
    if conj.tag_ in _FINITE and head.tag_ in ("VB", "VBG") and head.dep_ == "xcomp":
        governor = head.head
        if governor.tag_ == conj.tag_ and governor.i < head.i:
            return governor
    if (
        conj.tag_ in ("VBZ", "VBP")
        and head.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    ):
        # "the plan suggests Kyiv would forgo X, though it may pursue Y, and calls for Z":
        # a present-tense verb shares no modal; it goes with the nearest verb of its own form
        for governor in list(head.ancestors)[:3]:
            if governor.tag_ == conj.tag_ and governor.pos_ == "VERB":
                return governor
    base = conj.tag_ == "VB" or conj.lower_ == conj.lemma_.lower()  # ("cut" may be read VBD)
    if base and head.tag_ in ("VBN", "VBD", "VBZ", "VBG"):
        between = [
            t
            for t in _between(head, conj)
            if t.tag_ == "VB" and t.pos_ == "VERB" and t.dep_ in ("xcomp", "ccomp")
        ]
        if between and head.is_ancestor(between[-1]):
            return between[-1]
    return None


def _between(head: Token, conj: Token) -> list[Token]:
    """The words strictly between ``head`` and ``conj``."""
    return list(conj.doc[head.i + 1 : conj.i])


# Nouns whose "that" clause states their content: "Moscow's demand that Kyiv withdraw".
_CONTENT_NOUNS = frozenset(
    [
        "demand",
        "proposal",
        "insistence",
        "call",
        "condition",
        "idea",
        "notion",
        "claim",
        "position",
        "suggestion",
        "request",
        "requirement",
        "assurance",
        "promise",
        "pledge",
        "ultimatum",
    ]
)


def _stray_content_clause(clause: Token) -> tuple[Token, Token] | None:
    """(noun, "that") when the model hung the content clause of "criticism of Moscow's demand
    that Kyiv withdraw" on the main verb and took its "that" for an object."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.head.i > clause.i:
        return None
    that = next((c for c in clause.children if c.lower_ == "that" and c.i < clause.i), None)
    if that is None or that.dep_ == "mark" or that.i == 0:
        return None
    noun = clause.doc[that.i - 1]
    if noun.lemma_.lower() not in _CONTENT_NOUNS or noun.pos_ != "NOUN":
        return None
    if not any(
        c.dep_ in ("nsubj", "nsubjpass") and that.i < c.i < clause.i for c in clause.children
    ):
        return None
    return noun, that


def _stray_for_clause(clause: Token) -> Token | None:
    """The noun whose "for X to Y" clause the model hung on the verb before it ("soften a US
    proposal for Ukrainian forces to withdraw": "withdraw" an adverbial of "soften")."""
    if clause.dep_ not in ("advcl", "xcomp", "ccomp") or clause.head.i > clause.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    if mark is None or mark.i == 0 or mark.i > clause.i:
        return None
    noun = clause.doc[mark.i - 1]
    if noun.lemma_.lower() not in _CONTENT_NOUNS or noun.pos_ != "NOUN":
        return None
    if noun.head.i != clause.head.i or not any(
        c.dep_ == "nsubj" and mark.i < c.i < clause.i for c in clause.children
    ):
        return None
    return noun


def _stray_for_phrase(prep: Token) -> Token | None:
    """The noun whose "for X" the model hung on the verb above it ("pushed back on the US
    proposal [for a truce]": "for a truce" an adjunct of "pushed"), else None."""
    if prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.pos_ != "VERB" or prep.i == 0:
        return None
    noun = prep.doc[prep.i - 1]
    if noun.lemma_.lower() not in _CONTENT_NOUNS or noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == prep.head.i:
        return noun  # ("pushed back on the proposal for X"; not "proposed it for a vote")
    return None


# Verbs by which a thing meets a reaction: "the plan drew criticism (won backing) from X".
DRAWING = frozenset(
    ["draw", "attract", "face", "receive", "win", "meet", "garner", "earn", "gain", "get",
     "spark", "trigger", "provoke"]
)  # fmt: skip
REACTIONS = frozenset(
    ["criticism", "opposition", "condemnation", "rejection", "pushback", "objection",
     "resistance", "support", "backing", "praise", "approval", "endorsement", "backlash",
     "outrage", "outcry"]
)  # fmt: skip


def _stray_source_phrase(prep: Token) -> Token | None:
    """The reaction noun whose "from X" the model hung on the verb ("the draft drew criticism
    [from Kyiv]": "from Kyiv" an adjunct of "drew"), else None."""
    if prep.dep_ != "prep" or prep.lower_ != "from" or prep.head.lemma_.lower() not in DRAWING:
        return None
    return next(
        (
            c
            for c in prep.head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in REACTIONS and c.i < prep.i
        ),
        None,
    )


# Adjectives of expectation that take a clause without "that": "hopeful [a truce will hold]".
EXPECTANT = frozenset(["optimistic", "hopeful", "confident"])


def _stray_expectation(clause: Token) -> Token | None:
    """The adjective whose clause the model hung on the reporting verb above it ("said he was
    optimistic [a deal could be reached]": "reached" a second object of "said"), else None."""
    if clause.dep_ != "ccomp" or clause.left_edge.i == 0:
        return None
    adjective = clause.doc[clause.left_edge.i - 1]
    if adjective.lower_ not in EXPECTANT or adjective.dep_ != "acomp":
        return None
    if adjective.head.dep_ != "ccomp" or adjective.head.head.i != clause.head.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return adjective


# Verbs whose preposition takes a clause with its own subject: "objects to [Ukraine joining]".
_GERUND_TAKERS = frozenset(
    [("object", "to"), ("agree", "to"), ("consent", "to"), ("insist", "on"), ("count", "on"),
     ("rely", "on"), ("depend", "on"), ("hinge", "on"), ("warn", "against"), ("argue", "for"),
     ("argue", "against"), ("push", "for"), ("press", "for"), ("call", "for")]
)  # fmt: skip


def _stray_gerund(gerund: Token) -> tuple[Token, Token] | None:
    """(preposition, subject) when the model hung the gerund of "objects to [Ukraine joining
    NATO]" on the verb, leaving "Ukraine" the preposition's object, else None."""
    if gerund.dep_ != "advcl" or gerund.tag_ != "VBG" or gerund.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "mark", "aux") for c in gerund.children):
        return None
    subject = gerund.doc[gerund.i - 1]
    prep = subject.head
    if subject.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != gerund.head.i:
        return None
    if (prep.head.lemma_.lower(), prep.lower_) not in _GERUND_TAKERS:
        return None  # "arrived in Paris seeking support": Paris is no subject
    if subject.left_edge.i != prep.i + 1:
        return None
    return prep, subject


# Verbs in the third person the model may read as a plural noun after a name ("Ukraine
# advocates for X" read as "Ukraine advocates", people who advocate).
_NOUN_LIKE_VERBS = frozenset(
    [
        "advocates",
        "backs",
        "supports",
        "wants",
        "seeks",
        "rejects",
        "opposes",
        "favours",
        "favors",
        "pushes",
        "presses",
        "urges",
        "demands",
        "insists",
        "calls",
        "proposes",
        "welcomes",
        "refuses",
        "vetoes",
        "blocks",
        "halts",
        "suspends",
        "pledges",
        "vows",
        "offers",
        "floats",
        "slams",
        "hails",
        "accepts",
        "agrees",
        "signals",
        "unveils",
        "threatens",
    ]
)


def _verb_read_as_noun(verb: Token) -> Token | None:
    """The name the model took for a modifier of the verb after it, read as a plural noun
    ("[Ukraine] advocates for a ceasefire", "as [US] pushes for a deal"), else None."""
    if verb.lower_ not in _NOUN_LIKE_VERBS or not (verb.dep_ == "ROOT" or verb.pos_ == "VERB"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    name = next(
        (c for c in verb.children if c.dep_ in ("compound", "amod") and c.i == verb.i - 1), None
    )
    if name is None or not (
        name.pos_ == "PROPN" or (name.i == verb.sent.start and _headline_name(name))
    ):
        return None  # ("Orban vows ...": "Orban" read as an adjective of "vows")
    return name


def _name_read_as_root(root: Token) -> Token | None:
    """The verb of a headline the model made the object of the name before it ("[Trump]
    pushes for ceasefire", "Trump" the root and "pushes" its object), else None."""
    if root.dep_ != "ROOT" or root.i + 1 >= len(root.doc):
        return None
    if root.pos_ != "PROPN" and not (root.is_title and root.i == root.sent.start):
        return None  # "Trump" first in a headline is often tagged the verb "trump"
    verb = root.nbor(1)
    if verb.head.i != root.i or verb.lower_ not in _NOUN_LIKE_VERBS:
        return None
    if verb.dep_ not in ("dobj", "appos", "npadvmod") or any(
        c.dep_ == "det" for c in verb.children
    ):
        return None
    return verb


def _object_read_as_root(root: Token) -> tuple[Token, Token] | None:
    """The verb and its subject in a verbless headline the model made the object the root
    ("[Putin] [backs] truce": "truce" the root with "backs" its subject), else None."""
    if root.dep_ != "ROOT" or not (root.pos_ in ("NOUN", "PROPN") or root.tag_ == "VBP"):
        return None  # a bare noun after a verb is often tagged a present-tense verb ("truce")
    for verb in root.lefts:
        if verb.lower_ not in _NOUN_LIKE_VERBS or verb.dep_ not in ("nsubj", "compound"):
            continue
        name = verb.doc[verb.i - 1] if verb.i > root.sent.start else None
        if name is not None and name.pos_ == "PROPN" and name.head.i == verb.i:
            return verb, name
    return None


def _verb_read_as_participle(verb: Token) -> tuple[Token, Token] | None:
    """(name, object) for a past-tense verb the model made an adjective of its object, after a
    name it read as a noun ("Trump [imposed] limits on X": "Trump" the root, "limits" its
    object; "Trump [suspended] military aid": "aid" the root), else None."""
    if verb.dep_ != "amod" or verb.i == verb.sent.start:
        return None
    if verb.tag_ not in ("VBD", "VBN") and not (verb.tag_ == "JJ" and verb.lower_.endswith("ed")):
        return None
    name, noun = verb.doc[verb.i - 1], verb.head
    if not name.text[:1].isupper() or noun.i < verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if name.pos_ != "PROPN" and not (name.i == name.sent.start and name.pos_ in ("NOUN", "ADJ")):
        return None  # "Trump" first in a sentence is often tagged a noun or an adjective
    root = verb.sent.root
    if root.i == name.i and noun.head.i == name.i and noun.dep_ == "dobj":
        return name, noun
    if root.i == noun.i and name.head.i in (noun.i, verb.i):
        return name, noun
    return None


def _verb_read_in_a_name(sent: Span) -> tuple[Token, Token, Token] | None:
    """(verb, name, object) of a headline "[Trump] [presses] [Kyiv] to give up X" that the
    model read as one name, "Trump presses Kyiv", the subject of "give up", else None."""
    root = sent.root
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children):
        return None
    obj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if obj is None:
        return None
    name = next((c for c in obj.children if c.dep_ == "compound" and c.i == sent.start), None)
    if name is None or name.i + 2 != obj.i or not _headline_name(name):
        return None
    verb = name.nbor(1)
    if verb.lower_ not in _NOUN_LIKE_VERBS or verb.head.i != name.i:
        return None
    return verb, name, obj


def _headline_name(tok: Token) -> bool:
    """A capitalised first word that may be a name, whatever the model tagged it ("Hungary" an
    adjective, "Kyiv" an adverb, "Zelensky" an interjection): not a function word."""
    return tok.text[:1].isupper() and tok.pos_ not in (
        "DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "AUX", "PART", "PUNCT"
    )  # fmt: skip


def _verbless_headline(sent: Span) -> tuple[Token, Token] | None:
    """(verb, name) for a headline the model read with no verb at all ("[Hungary] [vetoes]
    Ukraine accession talks", every word a noun modifier of "talks"), else None."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 3 or not _headline_name(words[0]):
        return None
    name, verb = words[0], words[1]
    if verb.i != name.i + 1 or verb.lower_ not in _NOUN_LIKE_VERBS or verb.dep_ == "ROOT":
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in words if t.i != verb.i):
        return None
    return verb, name


def _headline_adjective(sent: Span) -> tuple[Token, Token] | None:
    """(adjective, name) for a headline with the copula left out ("Kyiv ready for talks",
    "Moscow wary of European peacekeepers") that the model hung the wrong way round, else None.
    """
    root = sent.root
    first = sent[0]
    if not _headline_name(first) or (first.i == root.i and root.i + 1 >= sent.end):
        return None
    if root.pos_ == "ADJ" and first.head.i == root.i:
        if first.dep_ in ("advmod", "npadvmod", "nmod", "compound"):
            return root, first  # "[Kyiv] ready for talks": the name a modifier of the adjective
        return None
    if first.i != root.i:
        return None
    adjective = root.nbor(1)
    if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.i != root.i:
        return None
    complements = [c for c in [*adjective.children, *root.rights] if c.i > adjective.i]
    if not any(c.dep_ in ("prep", "xcomp", "advcl") for c in complements):
        return None  # "Poland unwilling": no complement, so no stance to hang
    return adjective, first


def _reported_headline_adjective(sent: Span) -> tuple[Token, Token] | None:
    """(adjective, name) for "Kyiv open to energy truce, Zelensky says": a copula-less headline
    reported after a comma, which the model hangs as a modifier of the name, and the name as a
    loose dependant of "says"; else None."""
    root, first = sent.root, sent[0]
    if first.i == root.i or not _headline_name(first) or first.head.i != root.i:
        return None
    if root.pos_ != "VERB" or root.i < first.i + 3 or root.nbor(-1).dep_ != "nsubj":
        return None
    adjective = first.nbor(1)
    if adjective.pos_ != "ADJ" or adjective.dep_ != "amod" or adjective.head.i != first.i:
        return None
    if not any(c.dep_ in ("prep", "xcomp") for c in adjective.children):
        return None
    comma = adjective.right_edge.i + 1
    if comma >= root.i or sent.doc[comma].text != ",":
        return None
    return adjective, first


# Subordinators of a clause set against the main one: "While Moscow insists on X, Kyiv ...".
_CONCESSIVE = frozenset(["while", "although", "though", "whereas"])


def _concessive_root(root: Token) -> Token | None:
    """The real main clause when the model made the subordinate clause of "While A insisted
    that X, B has refused Y" the root and hung B's clause on it as A's complement."""
    if root.dep_ != "ROOT" or not any(
        c.dep_ == "mark" and c.lower_ in _CONCESSIVE and c.i == root.sent.start
        for c in root.children
    ):
        return None
    for clause in root.children:
        if clause.dep_ != "ccomp" or clause.i < root.i:
            continue
        subjects = [
            c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i
        ]
        if not subjects:
            continue
        subj = subjects[-1]
        start = subj.left_edge.i
        if start > 0 and clause.doc[start - 1].text == ",":
            return clause
    return None


def _as_verb(tok: Token, tag: str = "VBZ") -> None:
    """Retag a headline's third-person verb the model read as a plural noun (or a past-tense
    verb it read as an adjective; the pipeline lemmatises it again)."""
    if tok.pos_ != "VERB":
        tok.pos_, tok.tag_ = "VERB", tag
        if tag == "VBD":
            tok.morph = MorphAnalysis(tok.vocab, {"Tense": "Past", "VerbForm": "Fin"})


def _reroot(root: Token, clause: Token, dep: str = "advcl") -> None:
    clause.head = clause
    clause.dep_ = "ROOT"
    root.head = clause
    root.dep_ = dep


@Language.component(ATTACHMENT_REPAIR)
def repair_attachments(doc: Doc) -> Doc:
    """Hang "off the table" back on its verb, so that the idiom rules out the whole object, a
    clause reported after "when pressed" on the speaker's verb, a coordinated verb on the verb
    of its own form, a stray gerund, "for X to Y" or "that" clause on the word it completes;
    make a headline's verb read as a noun the head of its clause, and the main clause after
    "While A ..., B ..." the root (the module docstring lists each with an example)."""
    for tok in doc:
        verb = (
            _stranded_table_particle(tok)
            or _prompted_clause(tok)
            or _misjoined_conjunct(tok)
            or _reported_conjunct(tok)
        )
        if verb is not None and _may_hang(tok, verb):
            tok.head = verb
    for tok in doc:
        gerund = _stray_gerund(tok)
        if gerund is not None and _may_hang(tok, gerund[0]):
            tok.head, tok.dep_ = gerund[0], "pcomp"
            gerund[1].head, gerund[1].dep_ = tok, "nsubj"
        noun = _stray_for_clause(tok)
        if noun is not None and _may_hang(tok, noun):
            tok.head, tok.dep_ = noun, "acl"
        asked = _stray_for_phrase(tok) or _stray_source_phrase(tok)
        if asked is not None and _may_hang(tok, asked):
            tok.head = asked
        hopeful = _stray_expectation(tok)
        if hopeful is not None and _may_hang(tok, hopeful):
            tok.head = hopeful
        stray = _stray_content_clause(tok)
        if stray is not None and _may_hang(tok, stray[0]):
            noun, that = stray
            tok.head, tok.dep_ = noun, "acl"
            that.head, that.dep_ = tok, "mark"
    for tok in doc:
        relative = _relative_conjunct(tok)
        if relative is not None and _may_hang(relative[1], relative[2]):
            clause, noun, own = relative
            noun.head, noun.dep_ = own, "nsubj"  # first, so that the verb can leave it
            tok.head, tok.dep_ = clause, "conj"
        contrasted = _contrasted_appositive(tok)
        if contrasted is not None and _may_hang(tok, contrasted):
            tok.head = contrasted
    for tok in doc:
        name = _verb_read_as_noun(tok)
        if name is not None:
            name.dep_ = "nsubj"
            _as_verb(tok)
    for sent in doc.sents:
        verb = _name_read_as_root(sent.root)
        if verb is not None:
            name = sent.root
            _reroot(name, verb, "nsubj")
            _as_verb(verb)
            for child in [c for c in name.children if c.i > verb.i]:
                child.head = verb  # "for ceasefire" goes with the verb, not the name
        read = _object_read_as_root(sent.root) or _verbless_headline(sent)
        if read is not None:
            verb, name = read
            _reroot(sent.root, verb, "dobj")
            name.head, name.dep_ = verb, "nsubj"
            _as_verb(verb)
        said = _headline_adjective(sent)
        if said is not None:
            adjective, name = said
            if name.i == sent.root.i:
                _reroot(name, adjective, "nsubj")
                for child in [c for c in name.children if c.i > adjective.i]:
                    child.head = adjective  # "[Moscow] wary [of X]": the complement is its
            else:
                name.dep_ = "nsubj"
        reported = _reported_headline_adjective(sent)
        if reported is not None:
            adjective, name = reported
            adjective.head, adjective.dep_ = sent.root, "ccomp"
            name.head, name.dep_ = adjective, "nsubj"
        misread = next((r for t in sent if (r := _verb_read_as_participle(t))), None)
        if misread is not None:
            name, noun = misread
            verb, old = name.doc[name.i + 1], sent.root
            moved = [c for c in old.children if c.i < name.i or old.i == name.i]
            _reroot(old, verb, "nsubj" if old.i == name.i else "dobj")
            name.head, name.dep_, noun.head, noun.dep_ = verb, "nsubj", verb, "dobj"
            _as_verb(verb, "VBD")
            for child in moved:
                if child.i not in (noun.i, verb.i):
                    child.head = verb  # "On Friday, [Trump] ...", "[Trump] ... last month"
        pressed = _verb_read_in_a_name(sent)
        if pressed is not None:
            verb, name, obj = pressed
            _reroot(sent.root, verb, "xcomp")
            name.head, name.dep_, obj.head, obj.dep_ = verb, "nsubj", verb, "dobj"
            _as_verb(verb)
        main = _concessive_root(sent.root)
        if main is not None:
            _reroot(sent.root, main)
    for tok in doc:
        if _stative_passive(tok):
            _make_passive(tok)
        subject = _small_clause_participle(tok)
        if subject is not None:
            tok.tag_ = "VBN"
            subject.dep_ = "nsubjpass"
    return doc


def _relative_conjunct(verb: Token) -> tuple[Token, Token, Token] | None:
    """ "the plan, which emerged last week and was criticized as X, could be a basis": the
    model made the second verb of the relative clause the clause of the plan, leaving "could
    be" without a subject. Returns (the relative clause's verb, the noun, its own verb)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ccomp", "conj"):
        return None
    noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.i > verb.i:
        return None
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i < verb.i), None)
    if clause is None or not any(c.dep_ == "cc" and c.i < verb.i for c in clause.children):
        return None
    if any(c.dep_ == "conj" for c in clause.children):
        return None
    main = next(
        (
            t
            for t in verb.doc[verb.i + 1 : verb.sent.end]
            if t.head.i == verb.head.i
            and t.dep_ == verb.dep_
            and t.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in t.children)
            and any(c.dep_ == "aux" for c in t.children)
        ),
        None,
    )
    return None if main is None else (clause, noun, main)


def _contrasted_appositive(neg: Token) -> Token | None:
    """ "wants a peace deal, not a quick ceasefire": the "not" that the model hung on the first
    noun (or on a modifier of the second) negates the second. Returns that second noun."""
    if neg.dep_ != "neg" or neg.i < 2 or neg.nbor(-1).text != ",":
        return None
    for tok in neg.doc[neg.i + 1 : neg.i + 7]:
        if tok.dep_ in ("appos", "conj") and tok.pos_ in ("NOUN", "PROPN"):
            first = tok.head
            misplaced = neg.head.i == first.i or (tok.i != neg.head.i and tok.is_ancestor(neg.head))
            noun_first = first.i < neg.i and first.pos_ in ("NOUN", "PROPN")
            return tok if misplaced and noun_first else None
        if tok.pos_ in ("VERB", "AUX", "PUNCT") and tok.tag_ != "HYPH" and tok.dep_ != "amod":
            return None
    return None


_WANTING = frozenset(["want", "wish", "need", "see", "prefer", "like"])


def _small_clause_participle(tok: Token) -> Token | None:
    """ "Moscow wants the sanctions on its banks eased": the participle read as a past-tense
    verb with the sanctions its subject; they are what is to be eased. Returns that noun."""
    if tok.dep_ != "ccomp" or tok.tag_ != "VBD" or tok.head.lemma_.lower() not in _WANTING:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in tok.children):
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and tok.head.i < c.i < tok.i
        ),
        None,
    )


def _stative_passive(tok: Token) -> bool:
    """ "membership remains opposed by Washington": a participle with its agent, parsed as the
    adjective of "remain"; it is a passive verb like "is opposed by Washington"."""
    return (
        tok.dep_ == "acomp"
        and tok.tag_ == "VBN"
        and tok.head.lemma_.lower() in ("remain", "stay")
        and any(c.dep_ == "agent" for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.head.children)
    )


def _make_passive(participle: Token) -> None:
    """Make the participle the verb of its clause, its copula an auxiliary of the passive."""
    copula = participle.head
    if copula.dep_ == "ROOT":
        _reroot(copula, participle, "auxpass")
    else:
        participle.head, participle.dep_ = copula.head, copula.dep_
        copula.head, copula.dep_ = participle, "auxpass"
    for child in [c for c in copula.children if c.i != participle.i]:
        child.head = participle
        if child.dep_ == "nsubj":
            child.dep_ = "nsubjpass"


def _may_hang(tok: Token, head: Token) -> bool:
    """A new head outside the word's own subtree and sentence: no cycle, no crossing."""
    return head.i != tok.i and not tok.is_ancestor(head) and head.sent.start == tok.sent.start
