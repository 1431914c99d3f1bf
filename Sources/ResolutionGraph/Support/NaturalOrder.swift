/// Orders strings so that runs of digits compare as numbers: `pp2` < `pp10`, `op5a` < `op12`.
public enum NaturalOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        // On the contiguous UTF-8 bytes, digit runs compared in place (no copies: graph building sorts
        // hundreds of thousands of keys with it).
        var x = a, y = b
        let answer: Bool? = x.withUTF8 { ua in y.withUTF8 { ub in less(ua, ub) } }
        return answer ?? (a < b)
    }

    /// nil when the two are equal as natural numbers and text (`op05` and `op5`): the caller falls back to `<`.
    private static func less(_ ua: UnsafeBufferPointer<UInt8>, _ ub: UnsafeBufferPointer<UInt8>) -> Bool? {
        var p = 0, q = 0
        while p < ua.count, q < ub.count {
            let cx = ua[p], cy = ub[q]
            if isDigit(cx) && isDigit(cy) {
                var pe = p, qe = q
                while pe < ua.count, isDigit(ua[pe]) { pe += 1 }
                while qe < ub.count, isDigit(ub[qe]) { qe += 1 }
                // Leading zeros do not count (one digit is kept).
                var ps = p, qs = q
                while ps < pe - 1, ua[ps] == 0x30 { ps += 1 }
                while qs < qe - 1, ub[qs] == 0x30 { qs += 1 }
                let la = pe - ps, lb = qe - qs
                if la != lb { return la < lb }
                for k in 0..<la where ua[ps + k] != ub[qs + k] { return ua[ps + k] < ub[qs + k] }
                p = pe
                q = qe
                continue
            }
            if cx != cy { return cx < cy }
            p += 1
            q += 1
        }
        if p == ua.count && q == ub.count { return nil }
        return p == ua.count
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
