import Foundation
@testable import SummitImport
import Testing

@Suite("GraphML the bulk reader leaves to the general reader, which reads or refuses it as before")
struct GraphMLBulkFallbackTests {
    static let head = """
        <graphml><key id="k" for="node" attr.name="kind"/><key id="t" for="edge" attr.name="type"/>\
        <key id="s" for="edge" attr.name="status"/><key id="d" for="edge" attr.name="date"/><graph>
        """
    static let tail = "</graph></graphml>"
    static func document(_ body: String) -> String { head + body + tail }

    /// Shapes read here and there alike.
    @Test(arguments: [
        #"<node id="a"/><node id="b"/><edge source="a" target="b" id="0"/><edge source="a" target="b" id="0"/><edge source="a" target="b" id="a-b-0"/>"#,
        #"<node id="a"/><edge source="a" target="a" id="e1"/><edge source="a" target="a"/><edge source="a" target="a"/>"#,
        #"<node id="a"/><edge source="a" target="a"/><edge source="a" target="a" id="e1"/>"#,
        #"<node id="a"><data key="k"/></node>"#,
        #"<node id="a"><data key="k">&amp;&#x301;x</data></node>"#,  // a combining mark after a reference
        #"<node id="a"/><edge source="a" target="a"><data key="t">met</data><data key="t">x<!-- split -->y</data></edge>"#,
        #"<node id="a&#x00000041;"/>"#,
        #"<node id="é"/><node id="b"/><edge source="é" target="b" id="é"/><edge source="b" target="é" id="é"/>"#,
        // Ids with a `-` among per-pair keys: the slugs made so far are indexed before each lookup.
        #"<node id="a"/><node id="b"/>"# + (0..<40).map { i in
            #"<edge source="a" target="b" id="\#(i)"/><edge source="b" target="a" id="\#(i)"/><edge source="a" target="a" id="x-\#(i)"/>"#
        }.joined() + #"<edge source="a" target="b" id="b-a-3"/><edge source="a" target="b" id="x-7"/>"#,
        #"<node id="a"/><edge source="a" target="a"><data key="s">maybe</data></edge>"#,  // a status the schema does not declare, kept
    ])
    func regularShapes(_ body: String) {
        #expect(GraphMLBulkReaderTests.bulkTakes(Self.document(body)))
        GraphMLBulkReaderTests.expectSame(Self.document(body))
    }

    /// Shapes left to the general reader: refused, or read in a way not done in bulk.
    @Test(arguments: [
        #"<node id="a"/><node id="b"/><edge source="a" target="b" id="0"/><edge source="a" target="b" id="0"/><edge source="a" target="b" id="0"/>"#,
        #"<node id="a"/><edge source="a" target="b"/>"#,  // a dangling edge
        #"<node id="a"/><edge source="a" target="a"><data key="d">2025-02-30</data></edge>"#,
        #"<node><data key="k">x</data></node>"#,  // no id
        #"<node id="a"/><node id="a"/>"#,
        #"<node id="a" id="b"/>"#,
        #"<node id="a"><port name="p"/></node>"#,
        #"<desc>a graph</desc><node id="a"/>"#,
        #"<node id="a"><data key="k"><![CDATA[actor]]></data></node>"#,
        #"<node id="a"><data key="x">actor</data></node>"#,  // an undeclared key
        "<node id=\"\u{E9}\"/><node id=\"e\u{301}\"/><edge source=\"\u{E9}\" target=\"\u{E9}\"/>",  // canonically equal ids
        "<node id=\"a\"/><edge source=\"a\" target=\"a\" id=\"\u{E9}\"/><edge source=\"a\" target=\"a\" id=\"e\u{301}\"/>",
        "<node id=\"K\"/><node id=\"\u{212A}\"/><edge source=\"K\" target=\"K\"/>",  // KELVIN SIGN is K
        #"<node id="a"></edge>"#,
        #"<node id="a"/><graph></graph>"#,
        "<node id=\"a\"><data key=\"k\">x&\u{301}amp;</data></node>",
        #"<node id="a"><data key="k">&nbsp;</data></node>"#,
        #"<node id="a&#x000000041;"/>"#,  // the ';' beyond the scanner's 12 characters
        #"<node id="a&#+65;"/>"#,
        #"<node id="a&#xD800;"/>"#,
        "<node id=\"a\tb\"/>",
        "<node id=\"a\"><data key=\"k\">" + String(repeating: "x", count: 65 << 10) + "</data></node>",
        #"<node id="a"/><edge target="a"/>"#,
        "<node id=\"a\"" + (0..<40).map { " a\($0)=\"\($0)\"" }.joined() + "/>",  // more attributes than compared here
    ])
    func irregularShapes(_ body: String) {
        #expect(!GraphMLBulkReaderTests.bulkTakes(Self.document(body)))
        GraphMLBulkReaderTests.expectSame(Self.document(body))
    }

    /// Many keys, with short ids and long ones, some declared twice (the last declaration wins).
    @Test func manyKeys() {
        let keys = (0..<300).map { #"<key id="\#($0 % 2 == 0 ? "d\($0)" : "a long key id \($0)")" attr.name="n\#($0 % 150)"/>"# }.joined()
        let text = "<graphml>" + keys + #"<key id="d4" attr.name="kind"/><graph><node id="a">"#
            + (0..<300).map { #"<data key="\#($0 % 2 == 0 ? "d\($0)" : "a long key id \($0)")">v\#($0)</data>"# }.joined()
            + "</node></graph></graphml>"
        #expect(GraphMLBulkReaderTests.bulkTakes(text))
        GraphMLBulkReaderTests.expectSame(text)
    }

    /// Nodes declared after edges that join them: read alike whichever reader takes them (the
    /// bulk one looks ends up a batch of edges at a time).
    @Test(arguments: [1, 300])
    func nodesAfterTheirEdges(_ edges: Int) {
        GraphMLBulkReaderTests.expectSame(Self.document(String(repeating: #"<edge source="a" target="b"/>"#, count: edges) + #"<node id="a"/><node id="b"/>"#))
    }

    /// Documents with no graph, or an empty one.
    @Test(arguments: ["<graphml/>", "<?xml?><graphml><graph/></graphml>", "\u{FEFF}<graphml>\n<graph>\n</graph>\n</graphml>\n"])
    func emptyDocuments(_ text: String) {
        #expect(GraphMLBulkReaderTests.bulkTakes(text))
        GraphMLBulkReaderTests.expectSame(text)
    }

    /// Whole documents left to the general reader.
    @Test(arguments: [
        "",
        "<graph/>",
        "<!DOCTYPE graphml><graphml/>",
        "<graphml><graph></graph>",  // unclosed: the scanner does not mind
        "<graphml></graphml><node id=\"z\"/>",
        "<graphml><key id=\"src\" attr.name=\"sources\"/><graph><data key=\"src\">[]</data></graph></graphml>",
        "<graphml><key id=\"st\" attr.name=\"subtype\"/><graph><node id=\"a\"><data key=\"st\">x</data></node></graph></graphml>",
        "<graphml><key id=\"p\" attr.name=\"place\"/><graph><node id=\"a\"/><edge source=\"a\" target=\"a\"><data key=\"p\">a</data></edge></graph></graphml>",
        "<graphml><key id=\"k\" attr.name=\"kind\"/><graph><node id=\"a\"><data key=\"k\">x\r\ny</data></node></graph></graphml>",
    ])
    func irregularDocuments(_ text: String) {
        #expect(!GraphMLBulkReaderTests.bulkTakes(text))
        GraphMLBulkReaderTests.expectSame(text)
    }
}
