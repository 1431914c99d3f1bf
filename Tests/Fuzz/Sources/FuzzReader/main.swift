import ResolutionGraph

/// (b) The XML and HTML readers: the first byte picks Akoma Ntoso or HTML, the rest is the document,
/// read through DocumentReader (libxml2 via XMLTree, then AkomaNtosoReader or the HTML text path).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard var text = try? Ingester().ingest(SourceDocument(name: "fuzz.xml", bytes: bytes)) else { return 0 }
    text.format = data[0] & 1 == 0 ? .akomaNtoso : .html
    _ = try? DocumentReader().read(text)
    return 0
}
