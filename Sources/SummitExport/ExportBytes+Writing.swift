extension ExportBytes {
    /// What a column writer (`body`, which appends and returns its losses) writes, kept in
    /// memory as an ``ExportResult`` of one file.
    static func inMemory(capacity: Int, _ body: (inout ExportBytes) throws -> [String]) -> ExportResult {
        var out = ExportBytes(capacity: capacity)
        let losses = (try? body(&out)) ?? []  // memory does not throw
        return ExportResult(bytes: [.init(name: "", bytes: (try? out.finish()) ?? [])], losses: losses)
    }

    /// What a column writer writes, handed to `sink` a MiB or so at a time.
    /// - Returns: The writer's losses.
    /// - Throws: What `sink` throws.
    static func streamed(to sink: (UnsafeRawBufferPointer) throws -> Void,
                         _ body: (inout ExportBytes) throws -> [String]) throws -> [String] {
        try withoutActuallyEscaping(sink) { sink in
            var out = ExportBytes(sink: sink)  // lives only in this call
            let losses = try body(&out)
            _ = try out.finish()
            return losses
        }
    }
}
