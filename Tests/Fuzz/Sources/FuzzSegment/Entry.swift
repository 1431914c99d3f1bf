import FuzzDriver

/// The `FuzzSegment_main` symbol SwiftPM's link expects (see FuzzDriver.swift).
@_cdecl("FuzzSegment_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
