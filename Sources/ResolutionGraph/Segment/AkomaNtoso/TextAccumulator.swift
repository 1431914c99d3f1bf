/// Builds a paragraph's clean text from the pieces of markup it is made of: normalizes characters,
/// collapses white space, and counts Unicode scalars so that a footnote marker's offset is exact.
struct TextAccumulator {
    private(set) var scalars = String.UnicodeScalarView()
    private(set) var count = 0
    private var pendingSpace = false

    mutating func append(_ raw: String) {
        for u in TextNormalizer.normalize(Substring(raw)).unicodeScalars {
            if u == " " {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                // No space before closing punctuation that followed a footnote or a tag boundary.
                scalars.append(" ")
                count += 1
                pendingSpace = false
            }
            scalars.append(u)
            count += 1
        }
    }

    /// Marks that a space should separate what comes next (between block elements).
    mutating func breakWord() {
        if count > 0 { pendingSpace = true }
    }

    var text: String { String(scalars) }
}
