# Dict- and string-heavy work: word frequencies over pseudo-random generated text (split, strip, lower,
# dict counting, get/setdefault, sorting the top words, bigram counts).
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "pe", "qua", "zor", "an", "el", "is", "om", "ut"]
PUNCT = ",.;:!?"


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    for _ in range(size):
        parts = [SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3))]
        words.append("".join(parts))
    return words


def make_text(rng, vocabulary, nwords):
    out = []
    line = []
    for i in range(nwords):
        # Zipf-like skew: small indexes are much more likely.
        w = vocabulary[rng.next(1 + rng.next(len(vocabulary)))]
        if rng.next(10) == 0:
            w = w.capitalize()
        if rng.next(12) == 0:
            w += PUNCT[rng.next(len(PUNCT))]
        line.append(w)
        if len(line) == 12:
            out.append(" ".join(line))
            line = []
    out.append(" ".join(line))
    return "\n".join(out)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(PUNCT).lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def bigrams(text):
    pairs = {}
    words = [w.strip(PUNCT).lower() for w in text.split()]
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    by_first = {}
    for key, n in pairs.items():
        first = key[:key.index(" ")]
        by_first.setdefault(first, []).append(n)
    return len(pairs), max(len(v) for v in by_first.values())


def main(nwords):
    rng = Rng(42)
    vocabulary = make_vocabulary(rng, 2000)
    text = make_text(rng, vocabulary, nwords)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print("chars", len(text), "distinct", len(counts), "total", sum(counts.values()))
    for word, n in top:
        print(f"{word:>12} {n:6d}")
    print("bigrams", bigrams(text))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
