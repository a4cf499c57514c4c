import CZlib

/// gzip (RFC 1952) compression by the system's zlib, fed in pieces, handing the compressed bytes
/// to a sink as they come. The header carries no name and no time (mtime 0), so the same input and
/// zlib give the same bytes; Spark, Hadoop, neo4j-admin and Python's `gzip` read it.
final class GzipStream {
    /// Why zlib refused: its code and message.
    struct Failure: Error, CustomStringConvertible {
        let code: Int32
        let message: String
        var description: String { "zlib failed (\(code)): \(message)" }
    }

    private var stream = z_stream()
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private let sink: (UnsafeRawBufferPointer) throws -> Void
    private var open = true

    /// - Parameter level: 1 (fastest) to 9 (smallest); zlib's default is 6.
    init(level: Int32, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws(Failure) {
        self.sink = sink
        // windowBits 15 + 16: a gzip wrapper instead of zlib's; memLevel 8 is zlib's default.
        let code = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard code == Z_OK else { throw Failure(code: code, message: "deflateInit2 refused level \(level)") }
    }

    deinit { if open { deflateEnd(&stream) } }

    /// Compresses `bytes`; hands on whatever compressed output is ready.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(bytes.count)
        try run(flush: Z_NO_FLUSH)
    }

    /// Writes the rest and the gzip trailer (CRC-32 and length).
    func finish() throws {
        stream.next_in = nil
        stream.avail_in = 0
        try run(flush: Z_FINISH)
        deflateEnd(&stream)
        open = false
    }

    private func run(flush: Int32) throws {
        repeat {
            let (code, produced) = output.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let code = deflate(&stream, flush)
                return (code, out.count - Int(stream.avail_out))
            }
            guard code == Z_OK || code == Z_STREAM_END || code == Z_BUF_ERROR else {
                throw Failure(code: code, message: stream.msg.map { String(cString: $0) } ?? "deflate failed")
            }
            if produced > 0 { try output.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) } }
            if flush == Z_FINISH ? code == Z_STREAM_END : stream.avail_out != 0 { return }
        } while true
    }
}
