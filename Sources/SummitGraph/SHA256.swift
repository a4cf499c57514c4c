/// A SHA-256 digest (FIPS 180-4): 32 bytes, written as 64 lower-case hex digits, as Python's
/// `hashlib.sha256(data).hexdigest()` writes it.
public struct SHA256Digest: Hashable, Sendable, CustomStringConvertible {
    /// The digest's 32 bytes, as four big-endian words.
    public let words: (UInt64, UInt64, UInt64, UInt64)

    public init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

    /// The digest written as `hex`: exactly 64 hex digits, lower case; `nil` for anything else.
    public init?<S: StringProtocol>(hex: S) {
        let units = Array(hex.utf8)
        guard units.count == 64 else { return nil }
        var parsed: [UInt64] = []
        for word in 0..<4 {
            var value: UInt64 = 0
            for unit in units[(word * 16)..<(word * 16 + 16)] {
                switch unit {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt64(unit - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt64(unit - UInt8(ascii: "a") + 10)
                default: return nil
                }
            }
            parsed.append(value)
        }
        words = (parsed[0], parsed[1], parsed[2], parsed[3])
    }

    /// The 64 lower-case hex digits.
    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for word in [words.0, words.1, words.2, words.3] {
            for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((word >> UInt64(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    public func hash(into hasher: inout Hasher) {
        for word in [words.0, words.1, words.2, words.3] { hasher.combine(word) }
    }
}

/// SHA-256 (FIPS 180-4), written here so that the model needs no cryptography package: it
/// fingerprints article sentences, it protects nothing.
public enum SHA256 {
    /// The digest of `bytes`.
    /// - Complexity: O(*n*) in the number of bytes.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> SHA256Digest where Bytes.Element == UInt8 {
        var state = initialState
        var block = [UInt8](repeating: 0, count: 64)
        var filled = 0
        var length: UInt64 = 0
        for byte in bytes {
            block[filled] = byte
            filled += 1
            length &+= 1
            if filled == 64 {
                compress(&state, block)
                filled = 0
            }
        }
        // Padding: a 1 bit, zeros up to 56 bytes in the last block, then the length in bits.
        block[filled] = 0x80
        filled += 1
        if filled > 56 {
            for i in filled..<64 { block[i] = 0 }
            compress(&state, block)
            filled = 0
        }
        for i in filled..<56 { block[i] = 0 }
        let bits = length &* 8
        for i in 0..<8 { block[56 + i] = UInt8(truncatingIfNeeded: bits >> UInt64(56 - 8 * i)) }
        compress(&state, block)
        func word(_ i: Int) -> UInt64 { UInt64(state[i]) << 32 | UInt64(state[i + 1]) }
        return SHA256Digest(words: (word(0), word(2), word(4), word(6)))
    }

    /// The digest of `text`'s UTF-8.
    public static func hash(_ text: String) -> SHA256Digest { hash(text.utf8) }

    private static let initialState: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// One round of the compression function on a 64-byte block.
    private static func compress(_ state: inout [UInt32], _ block: [UInt8]) {
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
        var w = [UInt32](repeating: 0, count: 64)
        for i in 0..<16 {
            w[i] = UInt32(block[4 * i]) << 24 | UInt32(block[4 * i + 1]) << 16 | UInt32(block[4 * i + 2]) << 8 | UInt32(block[4 * i + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ roundConstants[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        for (i, value) in [a, b, c, d, e, f, g, h].enumerated() { state[i] &+= value }
    }
}
