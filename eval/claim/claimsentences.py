"""The sentence splitter both claim-set drawing scripts use (pick-dev.py, sample-heldout.py): one
place, so the two rules cannot drift apart where they mean the same. Each script passes its own
boundary pattern, as written before its set was annotated."""


def sentences(text, boundary):
    """(start, end) of each sentence of text, split at the matches of boundary (a compiled
    pattern), white space trimmed at both ends; a match that starts with a line break ends the
    sentence before it, any other keeps its closing punctuation and quote."""
    start = 0
    for m in boundary.finditer(text):
        yield trimmed(text, start, m.start() if text[m.start()] == "\n" else m.start() + len(m.group(0).rstrip()))
        start = m.end()
    yield trimmed(text, start, len(text))


def trimmed(text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
