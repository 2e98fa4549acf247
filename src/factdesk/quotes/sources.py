"""A reporter's source list: the article's quotes grouped by who said them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from factdesk.models import Quote, QuoteKind
from factdesk.quotes.descriptions import INDEFINITE

PRONOUNS = {"he", "she", "they", "i", "we", "you", "him", "her", "them", "it"}


@dataclass
class Source:
    name: str  # canonical name, or the mention as written when unresolved
    role: str | None
    kind: str  # person | organization | other
    quotes: list[Quote] = field(default_factory=list)
    resolved: bool = True  # False when a person is known only by the mention ("a source")

    @property
    def note(self) -> str:
        """What a reader should know about an unnamed source: a pronoun nobody fits is
        unresolved; "a senior US official" is an unnamed source, as the article wrote it."""
        if self.resolved:
            return ""
        return "unresolved" if self.name.lower() in PRONOUNS else "unnamed"


def source_list(quotes: list[Quote]) -> tuple[list[Source], list[Quote]]:
    """(sources in order of first appearance, quotes with no speaker). Scare quotes are left out."""
    sources: dict[str, Source] = {}
    unattributed: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.kind == QuoteKind.SCARE:
            continue
        speaker = quote.speaker
        if speaker is None:
            unattributed.append(quote)
            continue
        key, role = speaker.name, speaker.role
        if key is None:  # "a U.S. official who spoke on condition of anonymity": who, then why
            key, clause = described(speaker.mention)
            # "the official" the quote stage traced to "a senior Mexican security official": one source
            key = next((k for k in sources if role and _bare(k) == role.lower()), key)
            role = role or clause
        source = sources.get(key.lower())
        if source is None:
            resolved = speaker.name is not None or speaker.kind != "person"  # "court records"
            source = Source(key, role, speaker.kind, resolved=resolved)
            sources[key.lower()] = source
        elif source.role is None and role and _bare(source.name) != role.lower():
            source.role = role
        source.quotes.append(quote)
    return list(sources.values()), unattributed


_INDEFINITE = re.compile(rf"^(?:{'|'.join(sorted(INDEFINITE))})\s+")


def _bare(description: str) -> str:
    """'a senior Mexican security official' -> 'senior mexican security official'."""
    return _INDEFINITE.sub("", description.lower())


RELATIVE = re.compile(r"\s+(?:who|whom|which|that)\s+", re.IGNORECASE)


def described(mention: str) -> tuple[str, str | None]:
    """('a U.S. official', 'who spoke on condition of anonymity …') from the whole mention."""
    cut = RELATIVE.search(mention)
    if cut is None or cut.start() == 0:
        return mention, None
    return mention[:cut.start()].rstrip(" ,"), mention[cut.start():].strip()
