import SummitGraph

/// The bytes of one bundle file on their way to its sink: gzip-compressed when asked, then
/// counted and hashed exactly as written, for the manifest.
final class CSVPartStream {
    private var hash = SHA256()
    private var gzip: GzipStream?
    private let file: (UnsafeRawBufferPointer) throws -> Void

    /// - Parameter file: receives the bytes as the file holds them; called only until ``finish()``.
    init(gzip: Bool, file: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        self.file = file
        if gzip { self.gzip = try GzipStream(level: 6) { [unowned self] in try emit($0) } }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let gzip { try gzip.write(bytes) } else { try emit(bytes) }
    }

    /// Ends the file.
    /// - Returns: Its size and SHA-256 as written.
    func finish() throws -> (bytes: Int, sha256: String) {
        try gzip?.finish()
        gzip = nil
        let written = Int(hash.count)
        return (written, hash.finalize().description)
    }

    private func emit(_ bytes: UnsafeRawBufferPointer) throws {
        hash.update(bytes)
        try file(bytes)
    }
}
