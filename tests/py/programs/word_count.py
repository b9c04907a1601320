# word frequency counter over a text literal, with normalization and ranking
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

def normalize(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha():
            out += ch
    return out

counts = {}
for line in TEXT.split("\n"):
    for raw in line.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
for word, n in ranked[:8]:
    print(f"{word:>12} {n:3d} {'#' * n}")
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
