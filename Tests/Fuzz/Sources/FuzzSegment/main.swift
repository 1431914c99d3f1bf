import ResolutionGraph

/// (a) Ingest + Segment of plain text: any bytes go through the Ingester (decoding, binary check,
/// normalization, line splitting) and, when they decode, the PDF-text Segmenter. A thrown
/// ResolutionGraphError is a clean refusal; only a crash, a hang or a sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard var text = try? Ingester().ingest(SourceDocument(name: "fuzz.txt", bytes: bytes)) else { return 0 }
    text.format = .plainText // always exercise the text segmenter, whatever the detected format
    _ = try? Segmenter().segment(text)
    return 0
}
