extension Unicode.Scalar {
    /// Whether the scalar is alphabetic, as `properties.isAlphabetic` says; ASCII is decided
    /// without the Unicode property tables, which cost more than the rest of reading an English
    /// article (the tokenizer, the language guess and the name table all ask this of every letter).
    @inline(__always) var isLetter: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }

    /// Whether the scalar is upper case, as `properties.isUppercase` says; ASCII without the tables.
    @inline(__always) var isUppercaseLetter: Bool {
        value < 0x80 ? value &- 0x41 < 26 : properties.isUppercase
    }
}
