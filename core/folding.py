"""
Tajik letters folded to the Russian letters people type for them.

On a Russian phone keyboard there is no ғ, ӣ, қ, ӯ, ҳ or ҷ: people write "хунар"
for "ҳунар". Search folds both the indexed text (each page's `word_forms`) and the
query, so either spelling finds the other.
"""

TAJIK_TO_RUSSIAN = str.maketrans("ғӣқӯҳҷҒӢҚӮҲҶ", "гикухчГИКУХЧ")


def fold(text):
    return text.translate(TAJIK_TO_RUSSIAN)
