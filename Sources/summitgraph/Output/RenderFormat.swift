import ArgumentParser
import SummitRender

/// What `render` writes: an image Graphviz draws, or the interactive HTML map.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument {
    case svg, png, pdf, html

    /// The file name extensions each format is known by (`render -o map.png` draws a PNG).
    static let extensions: KeyValuePairs<String, RenderFormat> = ["svg": .svg, "png": .png, "pdf": .pdf, "html": .html, "htm": .html]

    /// The Graphviz output format, `nil` for the HTML map (an SVG wrapped with its data and script).
    var graphviz: Renderer.Format? {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .html: nil
        }
    }
}
