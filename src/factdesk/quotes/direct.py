"""Direct quotes: tie quoted spans to the cue beside them, in every common news order.

`"…," said X.` / `"…," X said.` / `X said: "…"` / `"We are," he said, "ready."`. A quoted
span that opens a sentence after an attributed quote, in the same or the next paragraph,
with no cue between, continues that speaker. Nicknames (`Ismael "El Mayo" Zambada`) and
titles of works are never speech.
"""
from __future__ import annotations

import bisect
import re

from factdesk.nlp.datelines import DATELINE_DASH
from factdesk.quotes.marks import Marked
from factdesk.quotes.mentions import joins_word
from factdesk.quotes.spans import Cue

NEXT_MARK_START = re.compile("[\"“”«„‘’'`]")
GAP = re.compile(r"[\s,;:—–-]*")  # what may stand between a quote and its cue
WORK_CUES = {
    "book", "film", "movie", "song", "album", "show", "series", "titled", "entitled", "called",
    "dubbed", "nicknamed", "named", "novel", "article", "documentary", "column", "headline",
    "op-ed", "essay", "podcast", "program", "programme", "slogan", "hashtag", "as",
}


def token_range(doc, m: Marked) -> tuple[int, int]:
    """Token bounds of the words inside a marked span."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def link(doc, text: str, marks: list[Marked], cues: list[Cue], taken: set[int]) -> dict[int, int]:
    """mark index -> cue index, for quotes written next to their cue (`taken` marks skipped)."""
    linked: dict[int, int] = {mi: -1 for mi in taken}
    clauses = [_clause(doc, c) for c in cues]
    closes = [m.close_mark for m in marks]
    opens = [m.open_mark for m in marks]
    framed = _framed(text, marks, cues)
    # "…," said X  /  "…," X said: the cue follows the quote
    for ci, (a, b) in enumerate(clauses):
        if cues[ci].source_start is None:  # '…," repeating a charge': nobody here to say it
            continue
        mi = bisect.bisect_right(closes, a) - 1
        split = mi >= 0 and "," in text[marks[mi].end - 1:closes[mi] + 1]  # '"When you …," Ernst said, "you …"'
        reports = mi >= 0 and _reports_clause(doc, cues[ci], marks if split else [])
        if mi >= 0 and mi not in linked and mi not in framed and not reports:
            if _gap_before_ok(text, marks[mi], text[closes[mi] : a], a, b):
                linked[mi] = ci
    # X said: "…"  and the second half of "We are," he said, "ready."
    for ci, (a, b) in enumerate(clauses):
        mi = bisect.bisect_left(opens, b)
        if mi < len(marks) and mi not in linked:
            if _gap_after_ok(doc, text, b, opens[mi], cues[ci], marks[mi]):
                linked[mi] = ci
    return {mi: ci for mi, ci in linked.items() if ci >= 0}


THAT = re.compile(r"\bthat\b[\s,:]*$")
LEAD_IN_WORDS = 12  # "Limbaugh added:" on a line of its own, at most this many words


def block_after(text: str, cue: Cue) -> tuple[int, int] | None:
    """'Limbaugh added:' alone on its line, then a paragraph without quote marks: that
    paragraph (a block quote, as pages set speeches and posts) is what the cue reports."""
    line_start = text.rfind("\n", 0, cue.start) + 1
    line_end = text.find("\n", cue.end)
    if line_end < 0:
        return None
    lead = text[line_start:line_end].rstrip()
    if not lead.endswith(":") or len(lead.split()) > LEAD_IN_WORDS or lead.count(":") > 1:
        return None
    start = line_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    block = text[start:end].rstrip()
    if not block or NEXT_MARK_START.match(block) or len(block.split()) < 4:
        return None
    return start, start + len(block)


def that_before(text: str, cue_end: int, open_mark: int) -> int | None:
    """Where the 'that' of 'said that "…"' starts, when only it stands before the quote."""
    gap = text[cue_end:open_mark]
    if len(gap) > 120 or "\n" in gap:
        return None
    hit = THAT.search(gap)
    return cue_end + hit.start() if hit else None


def _framed(text: str, marks: list[Marked], cues: list[Cue]) -> set[int]:
    """Marks opened by an earlier cue's 'that' ('X declared that "…," officials responded'):
    what follows them is a reaction, not their speaker."""
    ends = sorted(c.end for c in cues)
    out = set()
    for mi, m in enumerate(marks):
        k = bisect.bisect_right(ends, m.open_mark) - 1
        if k >= 0 and that_before(text, ends[k], m.open_mark) is not None:
            out.add(mi)
    return out


def _gap_before_ok(text: str, m: Marked, gap: str, clause_start: int, clause_end: int) -> bool:
    """'"…," said X' links; '"…." Experts say' starts a new statement."""
    if not GAP.fullmatch(gap) or "\n" in gap:  # a new paragraph opens with a new speaker
        return False
    if re.search(r"[,:;—–-]", gap):
        return True
    last = text[m.end - 1] if m.end > m.start else ""
    if last in ",—–-":
        return True
    if last in "?!" and clause_start < len(text) and text[clause_start].islower():
        return True
    if last in "?!" and re.match(r"\s*,", text[clause_end : clause_end + 3]):
        return True  # '"… votes?" Trump said, looking out on the crowd.'
    # '"… to fail?" Vitter demanded.': the cue clause is the whole next sentence
    return re.match(r"\s*[.;]", text[clause_end : clause_end + 3]) is not None


def _reports_clause(doc, cue: Cue, marks: list[Marked]) -> bool:
    """'…," Trump tweeted that Machado was "disgusting"': the clause after the cue is the content
    (not a clause inside `marks`, the second half of the quote: '"When you change …," Ernst said,
    "you change the rate."')."""
    head = doc[cue.head]
    return any(c.dep_ == "ccomp" and c.i > head.i and len(list(c.subtree)) >= 3 and not _broken_word(c)
               and not any(m.start <= c.idx < m.end for m in marks)
               and not (cue.source_start is not None and c.left_edge.i <= cue.source_start <= c.right_edge.i)
               for c in head.children)  # ('said Oversight ranking Democrat Elijah Cummings': the speaker)


def _broken_word(token) -> bool:
    """Is the token the end of a word the tokenizer broke at its hyphen ("co-founded"), which the
    parse may hang from a cue as a clause of its own?"""
    return joins_word(token.doc, token.i - 1)


def _clause(doc, cue: Cue) -> tuple[int, int]:
    a, b = cue.start, cue.end
    if cue.source_start is not None:
        a = min(a, doc[cue.source_start].idx)
        last = doc[cue.source_end - 1]
        b = max(b, last.idx + len(last.text))
    return a, b


def _gap_after_ok(doc, text: str, a: int, b: int, cue: Cue, m: Marked) -> bool:
    gap = text[a:b]
    if GAP.fullmatch(gap):  # 'X said: "…"', but 'called "a parallel power"' is a phrase
        return bool(re.search(r"[,:—–-]", gap)) or sentence_like(doc, text, m)
    if re.search(r"[.!?\"“”]", gap) or not re.search(r"[:,]\s*$", gap):
        return False
    span = doc.char_span(a, b, alignment_mode="expand")
    head = doc[cue.head]
    return span is not None and len(span) <= 8 and all(
        t.is_punct or t.is_space or t == head or head.is_ancestor(t) for t in span
    )


def starts_sentence(text: str, m: Marked) -> bool:
    """True when nothing but punctuation precedes the quote in its sentence or paragraph."""
    before = text[max(0, m.open_mark - 400) : m.open_mark]
    stripped = before.rstrip(" \t\u00a0")
    if not stripped or stripped.endswith("\n"):
        return True
    tail = stripped.rstrip("\"”’'»)")
    return tail[-1:] in (".", "!", "?", ":", "—") or (tail != stripped and tail[-1:] in ",")


def sentence_like(doc, text: str, m: Marked) -> bool:
    """A full quoted statement rather than a phrase."""
    a, b = token_range(doc, m)
    words = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    return has_verb and len(words) >= 4 and (starts_sentence(text, m) or words[0].text[:1].isupper())


def is_name_or_title(doc, m: Marked) -> bool:
    """Nicknames inside a name and titles of works: never speech."""
    a, b = token_range(doc, m)
    if b <= a:
        return True
    words = [t for t in doc[a:b] if not t.is_punct]
    before = next((doc[i] for i in range(a - 1, -1, -1) if not (doc[i].is_punct or doc[i].is_space)),
                  None)
    after = next((doc[i] for i in range(b, len(doc)) if not (doc[i].is_punct or doc[i].is_space)), None)
    if len(words) <= 4 and before is not None and after is not None:
        capitalized = all(w.text[:1].isupper() or w.is_stop for w in words)
        if capitalized and before.pos_ == "PROPN" and after.pos_ == "PROPN":
            return True
    titled = words and all(w.text[:1].isupper() or w.is_stop for w in words) and words[0].text[:1].isupper()
    if titled and len(words) <= 6 and after is not None and after.lower_ in WORK_CUES - {"as", "called"}:
        return True  # 'the BBC's "HARDtalk" program', 'her "Living History" book'
    if before is not None and before.lower_ in WORK_CUES and words and all(
        w.text[:1].isupper() or w.is_stop for w in words
    ) and words[0].text[:1].isupper():
        return True
    return False


DASHES = "―—–"
# labels that open a line but name no speaker: "Contact: Office of Public Affairs", "Note: …"
NOT_SPEAKERS = {
    "note", "update", "updated", "editor", "editor's", "photo", "source", "sources", "correction",
    "clarification", "related", "read", "watch", "video", "image", "caption", "credit", "q", "a",
    "warning", "tags", "topics", "see", "listen", "disclosure", "disclaimer", "contact", "media",
    "email", "e-mail", "phone", "tel", "fax", "web", "website", "follow", "subscribe", "share",
    "posted", "published", "filed", "location", "reporting", "editing", "writing", "additional",
    "advertisement", "sponsored", "more",
    "claim", "rating", "verdict", "ruling", "our", "conclusion", "bottom", "summary", "context",
    "fact", "facts", "what", "why", "how", "background",  # a fact-check's box: "Rating: Mostly true"
    "fact-check", "factcheck", "analysis", "opinion", "explainer", "editorial", "exclusive",
    "breaking", "commentary", "perspective",  # a headline's kicker: "Fact-check: Did …?"
    "the", "so", "but", "and", "also", "now", "then",  # "The Latest: …", "So: American Christians …"
    "name", "age", "city", "job", "pay", "twitter", "instagram", "facebook", "tiktok",  # a profile's fields
}
LINE_NAME = re.compile(  # "WALLACE: Let's start …", 'Rep. Trey Gowdy (R-S.C.):"I have …' at the start of a line
    r"[ \t]*[\"“”«]?[ \t]*((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*(?:[ \t]*\([^()\n]{1,30}\))?)"
    r"[ \t]*:(?:[ \t]+(?=\S)|(?=[\"“«]))"
)
QUOTED_LABEL = re.compile(  # 'Former secretary of state Hillary Clinton: "…"', 'HEADLINE - HuffPollster: “…'
    r"(?:[^\n]*?[ \t][-–—][ \t]+)?([A-Z][\w.'’]*(?:[ \t]+[\w.'’][\w.'’-]*){0,8})[ \t]*:[ \t]*(?=[\"“«])"
)
QUOTED_LABEL_ENTS = ("PERSON", "ORG")


def names_someone(label: str, text: str) -> bool:
    """A label in capitals used once is a speaker when it is a full name ("JAKE TAPPER") or the
    surname of someone the text names ("TAPPER" after "JAKE TAPPER", "FALLIN" after "Gov. Mary
    Fallin"); a factbox's "GROWTH:" or "JOBS:" is neither."""
    if len(label.split()) > 1:
        return True
    surname = f"(?:{re.escape(label)}|{re.escape(label[:1] + label[1:].lower())})"  # "JAKE TAPPER", "Mary Fallin"
    return re.search(rf"[A-ZÀ-Ý][\w.'’-]*[ \t]+{surname}\b", text) is not None


def _topic(label: str, text: str) -> bool:
    """A label in capitals on one line only that names nobody: a factbox's "GROWTH:"."""
    once = len(re.findall(rf"^[ \t]*{re.escape(label)}[ \t]*:", text, re.M)) == 1
    return label.isupper() and once and not names_someone(label, text)


def signed_quotes(doc, text: str, marks: list[Marked]) -> list[tuple[Cue, int, int, int | None]]:
    """Quotes signed by punctuation: `"…" ― Name` and transcript lines `NAME: …`.

    Returns (cue, content start, content end, mark index or None).
    """
    out = []
    for mi, m in enumerate(marks):
        k = m.close_mark
        while k < len(text) and text[k] in " \t\u00a0,":
            k += 1
        if k < len(text) and text[k] in DASHES:
            name = _name_after(doc, text, k + 1)
            if name is not None:
                dash = doc.char_span(k, k + 1, alignment_mode="expand")
                head = dash.start if dash is not None else name[0]
                cue = Cue(head, k, k + 1, 0.9, name[1] - 1, name[0], name[1])
                out.append((cue, m.start, m.end, mi))
    for line in re.finditer(r"[^\n]+", text):
        stamp = DATELINE_DASH.match(line.group())  # a live blog's "10:15 a.m. — Sheinbaum: …"
        at = line.start() + (stamp.end() if stamp else 0)
        hit = LINE_NAME.match(text, at, line.end()) or _quoted_label(doc, text, at, line.end())
        if not hit or hit.group(1).split()[0].strip(".").lower() in NOT_SPEAKERS or _topic(hit.group(1), text):
            continue  # "Contact: …", a factbox's "GROWTH: …"
        a, b = hit.start(1), hit.end(1)
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") and t.pos_ != "PROPN" for t in span):
            continue
        if all(t.ent_type_ in ("GPE", "LOC", "DATE") for t in span):
            continue  # a list by place or date: "South Carolina: Andrew Collins, Antjuan Seawright, …"
        if _a_list_of_names(doc, hit.end(), line.end()):
            continue  # "Nuevo León: Samuel García, Adrián de la Garza, Mariana Rodríguez."
        colon = hit.end() - 1
        while text[colon] != ":":
            colon -= 1
        start = hit.end()
        end = line.end()
        while end > start and (text[end - 1].isspace() or text[end - 1] in "\"”"):
            end -= 1
        inside = next((mi for mi, m in enumerate(marks) if m.start <= start < m.end), None)
        opened = next((mi for mi, m in enumerate(marks) if start < m.start <= start + 2 and m.end <= end), None)
        if inside is None and opened is not None:  # 'Sheinbaum: "The people have spoken." The …':
            start, end, inside = marks[opened].start, marks[opened].end, opened  # the quote she signs
        cue = Cue(doc.char_span(colon, colon + 1, alignment_mode="expand").start, colon, colon + 1, 0.8,
                  span.end - 1, span.start, span.end)
        out.append((cue, start, end, inside))
    return out


def _quoted_label(doc, text: str, start: int, end: int):
    """A line that opens with a person or body described in lower case, or after a headline and a
    dash, then a colon and a quote: 'Former secretary of state Hillary Rodham Clinton: "We …"',
    'Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters …'. The label must end
    in a name (a person or an organization the parse knows, or a proper noun). Returns the match,
    or None."""
    hit = QUOTED_LABEL.match(text, start, end)
    if not hit:
        return None
    label = doc.char_span(hit.start(1), hit.end(1), alignment_mode="expand")
    if label is None or not (label[-1].ent_type_ in QUOTED_LABEL_ENTS or label[-1].pos_ == "PROPN"):
        return None
    return hit


def _a_list_of_names(doc, start: int, end: int) -> bool:
    """Are the words from `start` to `end` names and commas only ("Samuel García, Adrián de la
    Garza"), with no word of what anyone said?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return any(t.text == "," for t in span) and all(
        t.pos_ == "PROPN" or t.lower_ in ("and", "de", "la", "del", "y") for t in words)


def _name_after(doc, text: str, k: int) -> tuple[int, int] | None:
    """Token bounds of a name written right after a dash, up to the end of the line."""
    end = text.find("\n", k)
    end = len(text) if end < 0 else end
    chunk = text[k:end].strip(" \t\u00a0.,")
    if not chunk or len(chunk) > 60:
        return None
    a = text.index(chunk, k)
    span = doc.char_span(a, a + len(chunk), alignment_mode="expand")
    if span is None or not all(t.text[:1].isupper() or t.is_punct for t in span if not t.is_space):
        return None
    return span.start, span.end
