import Foundation
import SummitGraph
@testable import SummitImport
import Testing

/// The value in `text`, or the error's `line:column: message; fix` without the file name.
private func parse(_ bytes: [UInt8]) -> Result<JSONValue, ImportError> {
    Result { () throws(ImportError) in
        do throws(GraphError) { return try JSONParser.parse(bytes, file: "t.json") } catch { throw ImportError(error) }
    }
}

private func failure(_ text: String) -> String { failure(Array(text.utf8)) }

private func failure(_ bytes: [UInt8]) -> String {
    switch parse(bytes) {
    case .success(let value): "accepted: \(value)"
    case .failure(let error): String(error.description.dropFirst("t.json:".count))
    }
}

/// `JSONValue` as Foundation's `JSONDecoder` made it before ``JSONParser``, for numbers.
private enum FoundationNumber: Decodable {
    case text(String)
    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int64.self) { self = .text(String(i)) } else { self = .text(String(try c.decode(Double.self))) }
    }
}

@Suite("JSONParser: RFC 8259, strictly, with positions")
struct JSONParserTests {
    @Test func validDocuments() throws {
        let text = #"{"a": [1, -2.5, true, false, null, "x"], "b": {}, "c": [], "d": [[], {}], "": ""}"#
        #expect(try parse(Array(text.utf8)).get() == .object([
            "a": .array([.number("1"), .number("-2.5"), .bool(true), .bool(false), .null, .string("x")]),
            "b": .object([:]), "c": .array([]), "d": .array([.array([]), .object([:])]), "": .string(""),
        ]))
        for (text, value) in [(" \t\r\n[]\n ", JSONValue.array([])), ("{}", .object([:])), ("\"x\"", .string("x")), ("0", .number("0")),
                              ("null", .null), ("true", .bool(true))] {
            #expect(try parse(Array(text.utf8)).get() == value, "\(text.debugDescription)")
        }
    }

    @Test func escapesSurrogatePairsAndUTF8() throws {
        let text = #"["\" \\ \/ \b \f \n \r \t \u00e9 \u20AC \u0000", "\ud83d\ude00\uD834\uDD1E", "😀 徳仁 é", "\u007f"]"#
        #expect(try parse(Array(text.utf8)).get() == .array([
            .string("\" \\ / \u{08} \u{0C} \n \r \t é € \u{0}"), .string("😀𝄞"), .string("😀 徳仁 é"), .string("\u{7F}"),
        ]))
    }

    @Test func aByteOrderMarkIsSkippedAndNotCounted() throws {
        #expect(try parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).get() == .array([.number("1")]))
        #expect(failure([0xEF, 0xBB, 0xBF] + Array("[1,]".utf8)).hasPrefix("1:3: error: not valid JSON: trailing comma before ']'"))
        #expect(failure("[\u{FEFF}1]").hasPrefix("1:2: error: not valid JSON: expected a value, found U+FEFF"), "only at the start")
    }

    /// Every number keeps the text Foundation's `JSONDecoder` gave it, so that no export changes.
    @Test(arguments: ["0", "-0", "7", "-12", "1.0", "1e3", "-0.0", "0e0", "9223372036854775807", "9223372036854775808",
                      "-9223372036854775808", "-9223372036854775809", "1.5", "0.1", "-1.5e-3", "1e-7", "12345678901234567890",
                      "1.0e2", "1E2", "1e+2", "100000000000000000000.0", "5e-324", "2.5e-324", "1e-400", "3.0000000000000001",
                      "0.30000000000000004", "1.7976931348623157e308", "9007199254740992", "9007199254740993", "9007199254740993.0",
                      "1e15", "1e16", "1e18", "1e19", "1e22", "123.456e1", "2.5", "1e300", "-4.2e-10", "0.5e1", "25e-1"])
    func numbersAreSpelledAsBefore(_ number: String) throws {
        let before = try JSONDecoder().decode([FoundationNumber].self, from: Data("[\(number)]".utf8))
        guard case .text(let expected) = before[0] else { return }
        #expect(try parse(Array(number.utf8)).get() == .number(number), "the parser keeps the literal")
        #expect(try parse(Array(number.utf8)).get().text == expected)
    }

    @Test(arguments: [
        // What Foundation accepted and RFC 8259 does not.
        ("[1,2,]", "1:5: error: not valid JSON: trailing comma before ']'; remove it"),
        (#"{"a": 1,}"#, "1:8: error: not valid JSON: trailing comma before '}'; remove it"),
        ("[1,\n  ]", "1:3: error: not valid JSON: trailing comma before ']'; remove it"),
        // Numbers.
        ("[01]", "1:2: error: not valid JSON: number with a leading zero; write 7, not 07; quote it if it is a name or code"),
        ("[-01]", "1:2: error: not valid JSON: number with a leading zero; write 7, not 07; quote it if it is a name or code"),
        ("[+1]", "1:2: error: not valid JSON: a number starting with '+'; remove the '+'"),
        ("[.5]", "1:2: error: not valid JSON: a number starting with '.'; write 0.5, not .5"),
        ("[1.]", "1:4: error: not valid JSON: a digit must follow '.' in a number, not ']'; write 0.5, 1.0 or 1e5, for example"),
        ("[1e]", "1:4: error: not valid JSON: a digit must follow the exponent in a number, not ']'; write 0.5, 1.0 or 1e5, for example"),
        ("[-]", "1:3: error: not valid JSON: a digit must follow '-' in a number, not ']'; write 0.5, 1.0 or 1e5, for example"),
        ("[NaN]", "1:2: error: not valid JSON: NaN or Infinity; JSON has no such numbers; write null, or the value as a string"),
        ("[-Infinity]", "1:2: error: not valid JSON: NaN or Infinity; JSON has no such numbers; write null, or the value as a string"),
        ("[1e400]", "1:2: error: number out of range; a number must fit a 64-bit float; quote it as a string"),
        // Strings.
        (#"["\ud800"]"#, #"1:3: error: not valid JSON: lone surrogate \uD800 in a string; a high surrogate (\uD800–\uDBFF) must be followed by a low one (\uDC00–\uDFFF); write the character itself"#),
        (#"["ab\udc00"]"#, #"1:5: error: not valid JSON: lone surrogate \uDC00 in a string; a high surrogate (\uD800–\uDBFF) must be followed by a low one (\uDC00–\uDFFF); write the character itself"#),
        (#"["\ud800\u0041"]"#, #"1:3: error: not valid JSON: lone surrogate \uD800 in a string; a high surrogate (\uD800–\uDBFF) must be followed by a low one (\uDC00–\uDFFF); write the character itself"#),
        ("[\"a\tb\"]", #"1:4: error: not valid JSON: control character U+0009 in a string; write it as \t"#),
        ("[\"a\nb\"]", #"1:4: error: not valid JSON: control character U+000A in a string; write it as \n"#),
        ("[\"\u{1B}\"]", #"1:3: error: not valid JSON: control character U+001B in a string; write it as \u001B"#),
        (#"["\x"]"#, #"1:3: error: not valid JSON: invalid escape: a backslash followed by 'x'; the escapes are \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        (#"["\u12G4"]"#, #"1:3: error: not valid JSON: \u must be followed by four hex digits; write \u00e9, for example"#),
        ("['a']", "1:2: error: not valid JSON: a string in single quotes; use double quotes"),
        // Structure.
        ("[1] x", "1:5: error: not valid JSON: text after the value, starting with 'x'; a file holds one value; remove what follows it"),
        ("[1] // c", "1:5: error: not valid JSON: a comment; remove it; JSON has no comments"),
        ("/* c */ [1]", "1:1: error: not valid JSON: a comment; remove it; JSON has no comments"),
        ("[1 2]", "1:4: error: not valid JSON: expected ',' or ']' after an array element, found '2'; separate items with commas"),
        (#"{"a" 1}"#, "1:6: error: not valid JSON: expected ':' after the key, found '1'; check the brackets, commas and quotes there"),
        ("{a: 1}", "1:2: error: not valid JSON: expected a key in double quotes, found 'a'; put keys in double quotes"),
        ("[True]", "1:2: error: not valid JSON: expected a value, found 'True'; true, false and null are lower case; strings need double quotes"),
        ("[tru]", "1:2: error: not valid JSON: expected a value, found 'tru'; true, false and null are lower case; strings need double quotes"),
        ("[,1]", "1:2: error: not valid JSON: expected a value, found ','; check the brackets, commas and quotes there"),
        (#"{"a": 1, "a": 2}"#, #"1:10: error: key "a" appears twice in this object; keep one"#),
        // The end of the file.
        ("", "1:1: error: the file holds no JSON value; check that the file is complete"),
        ("[1, 2", "1:6: error: not valid JSON: the file ends inside the array opened at 1:1; close it with ']', or check that the file is complete"),
        ("{\"a\":\n", "2:1: error: not valid JSON: the file ends inside the object opened at 1:1; close it with '}', or check that the file is complete"),
        (#"{"a": "b"#, #"1:9: error: not valid JSON: the file ends inside the string opened at 1:7; close it with '"'"#),
        // Columns count Unicode scalars; lines end at LF.
        (#"["é", "😀", ]"#, "1:10: error: not valid JSON: trailing comma before ']'; remove it"),
        ("{\r\n  \"a\": [\n    1,\n  ]\n}", "3:6: error: not valid JSON: trailing comma before ']'; remove it"),
    ])
    func rejections(_ text: String, _ expected: String) {
        #expect(failure(text) == expected)
    }

    @Test func invalidUTF8IsRefusedWhereItStarts() {
        let cases: [([UInt8], String)] = [
            (Array("[\"ab".utf8) + [0xFF] + Array("\"]".utf8), "1:5"), (Array("[\"é".utf8) + [0xC3] + Array("\"]".utf8), "1:4"),
            (Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8), "1:3"), (Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8), "1:3"),
            ([0x5B, 0xFF, 0x5D], "1:2"), ([0xFF, 0xFE, 0x5B, 0x00], "1:1"),
        ]
        for (bytes, place) in cases {
            #expect(failure(bytes) == "\(place): error: invalid UTF-8; save the file as UTF-8", "\(bytes)")
        }
    }

    @Test func nestingStopsAtTheLimit() throws {
        let limit = JSONParser.maximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect((try? parse(Array(deepest.utf8)).get()) != nil)
        let message = "arrays and objects nested more than 512 deep; flatten the data (at most 512 levels are read)"
        #expect(failure("[" + deepest + "]") == "1:513: error: " + message)
        #expect(failure(String(repeating: "{\"a\":[", count: 100_000)) == "1:\(256 * 6 + 1): error: " + message)
    }

    @Test func readersAskWhereEachValueBegins() throws {
        let text = "{\"nodes\": [\n  {\"id\": \"é\"},  {\"id\": 2},\n\t[]\n], \"x\": 1}"
        var places: [JSONParser.Position] = [], keys: [String] = []
        try Array(text.utf8).withUnsafeBufferPointer { buffer throws(GraphError) in
            var parser = JSONParser(buffer, file: "t.json")
            try parser.forEachMember { (parser: inout JSONParser, key: String) throws(GraphError) in
                keys.append(key)
                guard parser.peek() == UInt8(ascii: "[") else {
                    places.append(parser.position())
                    _ = try parser.value()
                    return
                }
                try parser.forEachElement { (parser: inout JSONParser) throws(GraphError) in
                    places.append(parser.position())
                    _ = try parser.value()
                }
            }
            try parser.finish()
        }
        #expect(keys == ["nodes", "x"])
        #expect(places.map { "\($0.line):\($0.column)" } == ["2:3", "2:17", "3:2", "4:9"])
    }

    @Test(arguments: [
        ("{\"nodes\": [{\"id\": \"a\"},\n  \"b\"], \"edges\": []}", #"2:3: error: node #2 is not an object with an "id"; give every node an "id""#),
        ("\u{FEFF}{\"graph\": {\"sources\": 5}, \"nodes\": [], \"edges\": []}", "1:23: error: graph 'sources' is not a JSON list of objects"),
        (#"{"nodes": [], "edges": 3}"#, #"1:24: error: "edges" is not a list"#),
        (#"{"nodes": {}, "edges": []}"#, #"1:11: error: no "nodes" list: not a node-link graph; export with networkx.node_link_data(G, edges="edges")"#),
        (" [1]", #"1:2: error: no "nodes" list: not a node-link graph; export with networkx.node_link_data(G, edges="edges")"#),
        ("{\"nodes\": [{\"id\": \"a\"}],\n\"links\": [{\"source\": \"a\", \"target\": \"a\"},\n\t{\"target\": \"a\"}]}",
         #"3:2: error: edge #2 has no "source"; give every edge the ids of the nodes it joins"#),
    ])
    func nodeLinkProblemsAreLocatedAtTheirValue(_ text: String, _ expected: String) {
        do {
            _ = try GraphImporter.load(data: Data(text.utf8), name: "x.json")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description == "x.json:" + expected)
        }
    }

    @Test func aNodeLinkFileWithAByteOrderMarkReads() throws {
        let text = "\u{FEFF}" + #"{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "type": "met"}]}"#
        let (graph, _) = try GraphImporter.load(data: Data(text.utf8), name: "x.json")
        #expect(graph.nodeCount == 2 && graph.edgeCount == 1)
    }

    @Test func listTextQuotesAsJSONEncoderDid() throws {
        var all = ""
        for value in 0..<0x3000 { if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) } }
        for text in [all, "😀 🇯🇵 \u{2028}\u{FEFF}", "a/b \"q\" \\", ""] {
            #expect(JSONValue.quote(text) == String(decoding: try JSONEncoder().encode(text), as: UTF8.self))
        }
    }
}
