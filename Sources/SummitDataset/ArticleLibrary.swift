import Foundation
import SummitGraph

/// Where a dataset's article files are (the `file` column of `sources.tsv` names them), and
/// what they say at a recorded location. Articles are read once each, and never stored.
public struct ArticleLibrary: Sendable {
    /// The environment variable that names the articles folder.
    public static let environmentVariable = "SUMMITGRAPH_ARTICLES"
    /// The largest article file read, in bytes.
    public static let maximumFileSize = 64 << 20

    /// What named the folder.
    public enum Origin: String, Hashable, Sendable {
        case option = "--articles"
        case environment = "$SUMMITGRAPH_ARTICLES"
        case datapackage = "the 'articles' key of datapackage.json"
        case datasetFolder = "the dataset folder"
    }

    /// What an article holds at a recorded location.
    public enum Quote: Hashable, Sendable {
        /// The sentence, its hash checked.
        case sentence(String)
        case articleNotFound(path: String)
        /// Not UTF-8 text, or too large.
        case articleUnreadable(path: String, reason: String)
        /// The text at the span no longer has the recorded hash.
        case articleChanged(path: String)
        /// The span reaches past the article's end.
        case outsideArticle(path: String, length: Int)
    }

    public let folder: String
    public let origin: Origin
    private var texts: [String: Result<ArticleText, QuoteFailure>] = [:]

    enum QuoteFailure: Error { case missing, unreadable(String) }

    /// The articles of the dataset at `dataset` (a folder, or a graph file): `articles` (the
    /// `--articles` option), else `$SUMMITGRAPH_ARTICLES`, else the folder the dataset's
    /// `datapackage.json` names under `articles` (relative to the dataset folder), else the
    /// dataset folder itself (a graph file's folder).
    public init(dataset: String, articles: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        var isFolder: ObjCBool = false
        let datasetFolder = FileManager.default.fileExists(atPath: dataset, isDirectory: &isFolder) && !isFolder.boolValue
            ? (dataset as NSString).deletingLastPathComponent : dataset
        if let articles, !articles.isEmpty {
            (folder, origin) = (articles, .option)
        } else if let named = environment[Self.environmentVariable], !named.isEmpty {
            (folder, origin) = (named, .environment)
        } else if let named = Self.declaredFolder(in: datasetFolder) {
            (folder, origin) = (named.hasPrefix("/") ? named : (datasetFolder as NSString).appendingPathComponent(named), .datapackage)
        } else {
            (folder, origin) = (datasetFolder.isEmpty ? "." : datasetFolder, .datasetFolder)
        }
    }

    /// The `articles` string of `folder/datapackage.json`, if it has one.
    private static func declaredFolder(in folder: String) -> String? {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent("datapackage.json")),
              let package = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return (package["articles"] as? String).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where `source`'s article file is.
    public func path(of source: Source) -> String {
        source.file.hasPrefix("/") ? source.file : (folder as NSString).appendingPathComponent(source.file)
    }

    /// `folder`, and what named it, for messages: `../shared/seeds (the 'articles' key of datapackage.json)`.
    public var whereLooked: String { "\(folder) (\(origin.rawValue))" }

    /// Whether `source`'s article file is there.
    public func hasArticle(_ source: Source) -> Bool { FileManager.default.fileExists(atPath: path(of: source)) }

    /// What `source`'s article says at `location`.
    /// - Complexity: O(size of the article) the first time it is read, O(length of the span) after.
    public mutating func quote(_ location: SentenceLocation, from source: Source) -> Quote {
        let path = path(of: source)
        switch text(at: path) {
        case .failure(.missing): return .articleNotFound(path: path)
        case .failure(.unreadable(let reason)): return .articleUnreadable(path: path, reason: reason)
        case .success(let text):
            switch text.sentence(at: location) {
            case .found(let sentence): return .sentence(sentence)
            case .changed: return .articleChanged(path: path)
            case .outside(let length): return .outsideArticle(path: path, length: length)
            }
        }
    }

    /// The article at `path`, read once.
    mutating func text(at path: String) -> Result<ArticleText, QuoteFailure> {
        if let known = texts[path] { return known }
        let result: Result<ArticleText, QuoteFailure>
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) || isFolder.boolValue {
            result = .failure(.missing)
        } else if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Self.maximumFileSize {
            result = .failure(.unreadable("larger than \(Self.maximumFileSize >> 20) MiB"))
        } else if let data = FileManager.default.contents(atPath: path) {
            result = ArticleText(utf8: data).map { .success($0) } ?? .failure(.unreadable("not UTF-8 text"))
        } else {
            result = .failure(.unreadable("cannot be read"))
        }
        texts[path] = result
        return result
    }
}
