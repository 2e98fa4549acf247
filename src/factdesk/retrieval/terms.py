"""The words of a query worth matching: function words match every sentence and say nothing."""
from __future__ import annotations

import re

from factdesk.nlp.names import BODIES

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
STOPWORDS = set("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says also el la los las de del y en que un una por con
para es se su al lo
""".split())


def query_terms(query: str) -> list[str]:
    """Content words of the query, lower-cased, in order, once each (with the words of a body's
    initials or short name, nlp.names.BODIES: "IMF" finds "the International Monetary Fund")."""
    words = [w for w in _WORD.findall(query.lower()) if len(w) > 1 and w not in STOPWORDS]
    words += [w for a in _WORD.findall(query) if a in BODIES for w in BODIES[a].split()]
    return list(dict.fromkeys(words))
