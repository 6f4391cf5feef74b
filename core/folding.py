"""
Tajik letters folded to the Russian letters people type for them.

On a Russian phone keyboard there is no ғ, ӣ, қ, ӯ, ҳ or ҷ: people write "хунар"
for "ҳунар", and ҷ as "ч" or, as Russian spells it, "дж" ("джаз" for "ҷаз"). Search
folds both the indexed text (each page's `word_forms`) and the query, so either
spelling finds the other.
"""

import re

TAJIK_TO_RUSSIAN = str.maketrans("ғӣқӯҳҷҒӢҚӮҲҶ", "гикухчГИКУХЧ")
RUSSIAN_J = re.compile("дж", re.IGNORECASE)


def fold(text):
    return RUSSIAN_J.sub("ч", text.translate(TAJIK_TO_RUSSIAN))
