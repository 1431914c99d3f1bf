// SwiftPM links an executable on Linux with `--defsym main=FuzzSegment_main`, a symbol that
// `-parse-as-library` (needed so no Swift `main` competes with libFuzzer's) never emits. Define it
// here and hand control to libFuzzer's driver, which then calls LLVMFuzzerTestOneInput.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzSegment_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, { data, size in fuzz(data, size) })
}
