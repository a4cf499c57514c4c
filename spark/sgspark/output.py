"""Answers written as the summitgraph CLI writes them, byte for byte where the values are equal.

JSON: what Swift's JSONEncoder writes with [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]:
two-space indentation, `"key" : value`, UTF-8 as is, a final line break; absent members omitted.
Floats are the shortest text that reads back the same number, as Swift's and Python's both are.
TSV: a header line, then one row a line; tabs and line breaks inside fields become spaces.
"""
import json
import unicodedata

# What Swift's Character.isNewline counts as a line break, besides the tab the TSV writer also replaces.
_BREAKS = {"\t", "\n", "\x0b", "\x0c", "\r", "\x85", "\u2028", "\u2029"}


def json_text(value):
    return _encode(value, 0) + "\n"


def _encode(value, level):
    pad = "  " * (level + 1)
    if isinstance(value, dict):
        if not value:
            return "{\n\n" + "  " * level + "}"  # Swift's JSONEncoder writes empty containers on three lines
        members = (pad + json.dumps(k, ensure_ascii=False) + " : " + _encode(v, level + 1) for k, v in sorted(value.items()))
        return "{\n" + ",\n".join(members) + "\n" + "  " * level + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[\n\n" + "  " * level + "]"
        return "[\n" + ",\n".join(pad + _encode(v, level + 1) for v in value) + "\n" + "  " * level + "]"
    if isinstance(value, float):
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text  # Swift writes 0.0 as 0 and 100.0 as 100
    return json.dumps(value, ensure_ascii=False)


def tsv_text(header, rows):
    def clean(field):
        field = str(field)
        if not any(c in _BREAKS for c in field):
            return field
        return "".join(" " if c in _BREAKS else c for c in field.replace("\r\n", " "))
    return "".join("\t".join(clean(f) for f in row) + "\n" for row in [header] + rows)


def number(value):
    """A float as Swift's `String(Double)` writes it (the shortest round-trip digits)."""
    return repr(float(value))


def fold(name):
    """NameKey: the form names are compared in, as summitgraph folds them. ASCII names exactly as
    summitgraph does (lower case, runs of anything but letters and digits as one space); others by
    Unicode compatibility decomposition without combining marks, then case folding, which is what
    Foundation's case-, diacritic- and width-insensitive folding does for the scripts in the data."""
    if name.isascii():
        words, word = [], []
        for c in name:
            if "a" <= c <= "z" or "0" <= c <= "9":
                word.append(c)
            elif "A" <= c <= "Z":
                word.append(c.lower())
            elif word:
                words.append("".join(word))
                word = []
        if word:
            words.append("".join(word))
        return " ".join(words)
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words, word = [], []
    for c in stripped:
        if c.isalnum():
            word.append(c)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return unicodedata.normalize("NFC", " ".join(words))


def node_reference(node):
    """NodeReference: id, name, kind, and subtype when there is one."""
    ref = {"id": node["id"], "name": node["name"], "kind": node["kind"]}
    if node.get("subtype"):
        ref["subtype"] = node["subtype"]
    return ref
