/// Orders strings so that runs of digits compare as numbers: `pp2` < `pp10`, `op5a` < `op12`.
public enum NaturalOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        var i = a.utf8.makeIterator(), j = b.utf8.makeIterator()
        var x = i.next(), y = j.next()
        while let cx = x, let cy = y {
            if isDigit(cx) && isDigit(cy) {
                var na = [UInt8](), nb = [UInt8]()
                while let c = x, isDigit(c) { na.append(c); x = i.next() }
                while let c = y, isDigit(c) { nb.append(c); y = j.next() }
                while na.count > 1, na.first == 0x30 { na.removeFirst() }
                while nb.count > 1, nb.first == 0x30 { nb.removeFirst() }
                if na.count != nb.count { return na.count < nb.count }
                if na != nb { return na.lexicographicallyPrecedes(nb) }
                continue
            }
            if cx != cy { return cx < cy }
            x = i.next()
            y = j.next()
        }
        if x == nil && y == nil { return a < b }
        return x == nil
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
