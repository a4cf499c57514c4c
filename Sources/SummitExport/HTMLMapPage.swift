/// The interactive map as one self-contained HTML file: Graphviz's SVG inline, the data block
/// (``MapData``), and the project's script and stylesheet (`Map/map.js`, `Map/map.css`, compiled
/// into the binary). Nothing is fetched: no `src`, `href` or `url()` points outside the file.
public enum HTMLMapPage {
    /// The page around `svg` (Graphviz `-Tsvg` output; its XML prolog and doctype are dropped).
    /// - Parameters:
    ///   - title: the page's title, as the map's title says what it shows.
    ///   - data: the JSON text of ``MapData/json(for:options:)`` (already safe inside `<script>`).
    /// - Complexity: O(size of the SVG and the data).
    public static func html(svg: String, data: String, title: String) -> String {
        let drawing = svg.range(of: "<svg").map { String(svg[$0.lowerBound...]) } ?? svg
        let script = String(decoding: PackageResources.map_js, as: UTF8.self)
        let style = String(decoding: PackageResources.map_css, as: UTF8.self)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="summitgraph render --format html">
            <title>\(escaped(title))</title>
            <style>
            \(style)</style>
            </head>
            <body>
            <header>
            <h1>\(escaped(title))</h1>
            <div id="search-box"><input id="search" type="search" placeholder="Search a name (/)" autocomplete="off" aria-label="Search a name"><ul id="matches"></ul></div>
            <label title="Show the neighbours' neighbours too"><input id="depth" type="checkbox"> 2 hops</label>
            <button id="zoom-in" title="Zoom in">+</button><button id="zoom-out" title="Zoom out">−</button><button id="zoom-fit" title="Fit">Fit</button>
            <button id="download-svg">SVG</button><button id="download-png">PNG 3×</button><button id="print">Print</button>
            </header>
            <div id="main">
            <aside id="filters">
            <h2>Edge types (key)</h2><div id="types"></div>
            <h2>Status</h2><div id="statuses"></div>
            <h2>Node kinds</h2><div id="kinds"></div>
            <div id="dates"><h2>Dates</h2>
            <label>from <span id="from-label"></span><input id="from" type="range" aria-label="From"></label>
            <label>to <span id="to-label"></span><input id="to" type="range" aria-label="To"></label>
            </div>
            <label><input id="undated" type="checkbox" checked> undated edges</label>
            </aside>
            <div id="map">
            \(drawing)</div>
            <aside id="panel"></aside>
            </div>
            <script type="application/json" id="summitgraph-data">
            \(data)</script>
            <script>
            \(script.replacingOccurrences(of: "</script", with: "<\\/script"))</script>
            </body>
            </html>

            """
    }

    /// `text` safe as HTML text.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
