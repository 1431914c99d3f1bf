/// File names for exports, made from document symbols so that no symbol can escape the output folder.
public enum OutputNaming {
    /// `A/C.3/73/L.7` → `A_C.3_73_L.7`; `S/RES/2698 (2023)` → `S_RES_2698_2023`; `../../etc/passwd` →
    /// `etc_passwd`. Only letters, digits, `.`, `-` and `_` survive; runs of `_` collapse; no leading dot.
    public static func stem(forSymbol symbol: String) -> String {
        var out = ""
        for u in symbol.unicodeScalars {
            switch u {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-":
                out.unicodeScalars.append(u)
            default:
                if !out.hasSuffix("_") { out.append("_") }
            }
        }
        while out.hasPrefix(".") || out.hasPrefix("_") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("_") || out.hasSuffix(".") { out.removeLast() }
        while out.contains("..") { out = out.replacingOccurrences(of: "..", with: ".") }
        if out.count > 120 { out = String(out.prefix(120)) }
        return out.isEmpty ? "document" : out
    }
}
