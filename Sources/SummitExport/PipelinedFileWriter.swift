import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes chunks to a file descriptor on a second thread, so that a streaming export renders
/// the next chunk while the kernel copies the last one: the time is the slower of the two, not
/// their sum. Two buffers are reused in turn, so memory stays at two chunks whatever the size.
public final class PipelinedFileWriter: Sendable {
    /// Why a write failed: the system's message (`strerror`).
    public struct WriteError: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    private let descriptor: Int32
    private let queue = DispatchQueue(label: "summitgraph.export.write")
    private let slots = DispatchSemaphore(value: 2)
    private let state = Mutex<(free: [[UInt8]], failure: WriteError?)>(([], nil))

    /// Writes to `descriptor`, which the caller opens and closes.
    public init(descriptor: Int32) { self.descriptor = descriptor }

    /// Queues a copy of `bytes`; waits while two chunks are still being written.
    /// - Throws: ``WriteError`` if an earlier chunk could not be written.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure = state.withLock({ $0.failure }) { throw failure }
        slots.wait()
        var buffer = state.withLock { $0.free.popLast() } ?? []
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: bytes)
        queue.async { [self, buffer] in
            let failure = buffer.withUnsafeBytes { Self.writeAll($0, to: descriptor) }
            state.withLock {
                $0.free.append(buffer)
                if $0.failure == nil { $0.failure = failure }
            }
            slots.signal()
        }
    }

    /// Waits until every queued chunk is written.
    /// - Throws: ``WriteError`` if one could not be.
    public func finish() throws {
        queue.sync {}
        if let failure = state.withLock({ $0.failure }) { throw failure }
    }

    /// Writes all of `bytes` now, on this thread, retrying after a signal and after a short write.
    /// - Returns: Why it failed, or `nil`.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> WriteError? {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return WriteError(reason: String(cString: strerror(errno)))
            }
            offset += written
        }
        return nil
    }
}
