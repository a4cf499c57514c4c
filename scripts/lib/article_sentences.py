"""An article's sentences as summitgraph's ingester splits them, with their spans.

A port of Sources/SummitIngest/ArticleFile.swift (TextNormaliser), Article.swift (the ` date`
header) and SentenceSplitter.swift, so that a span proposed here is the span `summitgraph ingest`
reports for the same sentence. Spans are Unicode scalar offsets into the file's text decoded from
UTF-8 with nothing dropped (Python str indices of `open(path, encoding="utf-8", newline="")`).
Keep it in step with those files: Tests/SummitIngestTests/SentenceParityTests.swift checks that
it cuts the five seed articles into the ingester's sentences, span for span.
"""

import os
import unicodedata

# Sources/SummitIngest/ArticleFile.swift, TextNormaliser.replacements.
REPLACEMENTS = {
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x02BC: "'",
    0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x00AB: '"', 0x00BB: '"', 0x2033: '"',
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
    0x2026: "...", 0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x200A: " ", 0x202F: " ", 0x3000: " ",
    0x200B: "", 0x200C: "", 0x200D: "", 0xFEFF: "", 0x00AD: "",
}

# Unicode's White_Space property (Swift's `properties.isWhitespace`; str.isspace also takes \x1c-\x1f).
WHITE_SPACE = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}

SHORT_LINE = 8  # SentenceSplitter.shortLine


def is_space(c):
    return c in WHITE_SPACE


def normalise(original):
    """The normalised text and, for each of its characters, the original's start and end offsets."""
    out, starts, ends = [], [], []
    i, n = 0, len(original)
    while i < n:
        c = original[i]
        if ord(c) < 0x80:
            end = i + 1
            if c == "\r":
                end = i + 2 if i + 1 < n and original[i + 1] == "\n" else i + 1
                c = "\n"
            out.append(c); starts.append(i); ends.append(end)
            i = end
            continue
        end = i + 1
        while end < n and unicodedata.combining(original[end]) != 0:
            end += 1
        # Swift appends the piece minus its first Character, which is the whole cluster: nothing.
        form = REPLACEMENTS[ord(c)] if ord(c) in REPLACEMENTS else unicodedata.normalize("NFKC", original[i:end])
        for s in form:
            r = REPLACEMENTS.get(ord(s))
            out.append(r[0] if r else s); starts.append(i); ends.append(end)
        i = end
    return out, starts, ends


def body_start(s):
    """Where the body starts: after a leading ` date YYYY-MM-DD` header, else 0 (Article.header)."""
    i = 0
    while i < len(s) and s[i] in " \t":
        i += 1
    if "".join(s[i:i + 5]) != "date ":
        return 0
    end = i + 5
    while end < len(s) and not is_space(s[end]):
        end += 1
    return end


def load_abbreviations(repository, language="en"):
    path = os.path.join(repository, "Sources", "SummitIngest", "Lexicon", "abbreviations.tsv")
    words, header = set(), None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            row = dict(zip(header, fields))
            if row.get("lang") == language and row.get("abbreviation"):
                words.add(row["abbreviation"].lower())
    return words


class Splitter:
    """SentenceSplitter.swift, line for line."""

    def __init__(self, abbreviations):
        self.abbreviations = abbreviations

    def trim(self, s, a, b):
        while a < b and is_space(s[a]):
            a += 1
        while b > a and is_space(s[b - 1]):
            b -= 1
        return a, b

    def is_bullet(self, s, a, b):
        if a >= b:
            return False
        c = s[a]
        return c in "•·▪" or (c in "*-" and b - a > 1 and s[a + 1] == " ")

    def ends_unit(self, s, a, b):
        last = s[b - 1]
        if last in ".!?:\"')]":
            return True
        if last in ",;":
            return False
        words, in_word = 0, False
        for i in range(a, b):
            space = is_space(s[i])
            if not space and not in_word:
                words += 1
            in_word = not space
        return words < SHORT_LINE

    def starts_sentence(self, s, j, end):
        while j < end and is_space(s[j]):
            j += 1
        if j >= end:
            return True
        c = s[j]
        return c.isupper() or c in "0123456789\"'(•"

    def is_abbreviation(self, s, i, start):
        j = i
        while j > start and not is_space(s[j - 1]) and s[j - 1] not in '("':
            j -= 1
        word = "".join(s[j:i + 1])
        if word.lower() in self.abbreviations:
            return True
        return len(word) == 2 and word[0].isupper()

    def emit(self, s, a, b, result, paragraph):
        a, b = self.trim(s, a, b)
        while self.is_bullet(s, a, b):
            a, b = self.trim(s, a + 1, b)
        start, first, i = a, True, a
        while i < b:
            c = s[i]
            if c in ".!?":
                end = i + 1
                while end < b and s[end] in ".\"')":
                    end += 1
                if end < b and is_space(s[end]) and self.starts_sentence(s, end, b) and \
                        (c != "." or not self.is_abbreviation(s, i, start)):
                    p = self.trim(s, start, end)
                    if p[0] < p[1]:
                        result.append((p, paragraph and first)); first = False
                    start = end
                i = end
                continue
            i += 1
        p = self.trim(s, start, b)
        if p[0] < p[1]:
            result.append((p, paragraph and first))

    def split(self, s, lo, hi):
        """Sentence ranges of s[lo:hi] in the normalised text, and whether each starts a paragraph."""
        result, lines, start = [], [], lo
        for i in range(lo, hi):
            if s[i] == "\n":
                lines.append((start, i)); start = i + 1
        lines.append((start, hi))
        unit, paragraph = None, True
        for n, (la, lb) in enumerate(lines):
            ta, tb = self.trim(s, la, lb)
            if ta == tb:
                if unit is not None:
                    self.emit(s, unit, lines[n - 1][1], result, paragraph); unit = None
                paragraph = True
                continue
            if unit is None:
                unit = ta
            na, nb = self.trim(s, *lines[n + 1]) if n + 1 < len(lines) else (0, 0)
            next_bullet = self.is_bullet(s, na, nb)
            next_continues = na < nb and s[na].islower()
            last = s[tb - 1]
            if (self.ends_unit(s, ta, tb) and (not next_continues or last in ".!?")) or next_bullet or n + 1 == len(lines):
                self.emit(s, unit, tb, result, paragraph)
                unit, paragraph = None, False
        if unit is not None:
            self.emit(s, unit, hi, result, paragraph)
        return result


def sentences(text, abbreviations):
    """[(start, end)] of the sentences of `text` (the file's decoded text), as original offsets."""
    s, starts, ends = normalise(text)
    ranges = Splitter(abbreviations).split(s, body_start(s), len(s))
    return [(starts[a], ends[b - 1]) for (a, b), _ in ranges]


if __name__ == "__main__":
    # python3 scripts/lib/article_sentences.py FILE…: each file's sentence spans, START-END a line
    # (what SentenceParityTests compares with the ingester's).
    import sys
    repository = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    words = load_abbreviations(repository)
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8", newline="") as f:
            for start, end in sentences(f.read(), words):
                print(f"{start}-{end}")
