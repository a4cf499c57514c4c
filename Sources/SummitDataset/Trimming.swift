/// Whether Foundation's `CharacterSet.whitespaces` holds `scalar`: a tab, a space separator
/// (Unicode category Zs), or the zero-width space, which swift-corelibs-foundation counts too
/// (checked over every scalar).
func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
}

/// `text` without its leading and trailing spaces and tabs, as
/// `trimmingCharacters(in: .whitespaces)` trims it, without a round trip through `NSString`.
/// - Complexity: O(*n*); a field with nothing to trim is one copy.
func trimmingSpaces(_ text: Substring) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
          let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(text[first...last])
}
