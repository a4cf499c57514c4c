/// The node or edge the bulk GraphML reader is in: its `id`, `source` and `target` and its
/// `<data>` values by name number. A value stays where the file holds it, unless references had
/// to be replaced in it (or it came in pieces around a comment): it is then in a buffer reused
/// from record to record.
struct GraphMLRecord {
    /// Where a value is: a range of the file, or of ``decoded``.
    struct Text {
        var range: Range<Int>
        var isDecoded: Bool

        static let empty = Text(range: 0..<0, isDecoded: false)
    }

    /// The file.
    let base: UnsafeRawBufferPointer
    /// The values that are not as the file spells them, end to end.
    private(set) var decoded: [UInt8] = []
    var id: Text?
    var source: Text?
    var target: Text?
    /// The value of each name, by number; the last one given wins, as in the general reader.
    private(set) var values: [Text?] = []
    /// The numbers of the names with a value, in the order first given.
    private(set) var present: [Int] = []

    init(_ base: UnsafeRawBufferPointer) {
        self.base = base
    }

    /// Empties the record for the next one, in a file that has declared `names` names so far.
    /// - Complexity: O(names given a value in the last record), amortised.
    mutating func reset(names: Int) {
        if !decoded.isEmpty { decoded.removeAll(keepingCapacity: true) }
        (id, source, target) = (nil, nil, nil)
        for number in present { values[number] = nil }
        if !present.isEmpty { present.removeAll(keepingCapacity: true) }
        if values.count < names { values += repeatElement(nil, count: names - values.count) }
    }

    /// The bytes of `text`, given those of ``decoded``.
    func bytes(_ text: Text, decoded: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        Self.bytes(text, file: base, decoded: decoded)
    }

    /// The bytes of `text`, given those of the file and of the buffer of decoded values.
    static func bytes(_ text: Text, file: UnsafeRawBufferPointer, decoded: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: (text.isDecoded ? decoded : file)[text.range])
    }

    /// Range `range` of the file as text, references replaced; `nil` for a reference the bulk
    /// reader leaves to the general one.
    /// - Complexity: O(`range.count`).
    mutating func text(_ range: Range<Int>) -> Text? {
        guard XMLReferences.hasReference(base, range) else { return Text(range: range, isDecoded: false) }
        let start = decoded.count
        guard XMLReferences.decode(base, range, into: &decoded) else { return nil }
        return Text(range: start..<decoded.count, isDecoded: true)
    }

    /// `text` and then range `range` of the file, as one text (the pieces of a value).
    /// - Complexity: O(length of both).
    mutating func text(_ text: Text, then range: Range<Int>) -> Text? {
        var start = decoded.count
        if text.isDecoded, text.range.upperBound == decoded.count {
            start = text.range.lowerBound
        } else if text.isDecoded {
            for i in text.range { decoded.append(decoded[i]) }
        } else {
            decoded.append(contentsOf: UnsafeRawBufferPointer(rebasing: base[text.range]))
        }
        guard XMLReferences.decode(base, range, into: &decoded) else { return nil }
        return Text(range: start..<decoded.count, isDecoded: true)
    }

    /// An attribute value (`id`, `source`, …) as the general reader keeps it, or `nil` for one it
    /// would read differently (a TAB, LF or CR becomes a space there) or refuse.
    mutating func attribute(_ range: Range<Int>) -> Text? {
        for byte in UnsafeRawBufferPointer(rebasing: base[range]) where byte == 0x09 || byte == 0x0A || byte == 0x0D { return nil }
        guard let text = text(range), text.range.count <= GraphAssembler.maximumValueBytes else { return nil }
        return text
    }

    /// Gives name `number` the value `text`.
    /// - Returns: `false` when the value is longer than the assembler accepts.
    mutating func setValue(_ number: Int, _ text: Text) -> Bool {
        guard text.range.count <= GraphAssembler.maximumValueBytes else { return false }
        if values[number] == nil { present.append(number) }
        values[number] = text
        return true
    }
}
