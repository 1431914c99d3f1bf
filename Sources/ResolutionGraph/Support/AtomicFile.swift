import Foundation

/// Writes a file so that readers only ever see the old complete file or the new complete one: the
/// content goes to a temporary file in the same folder, which is renamed into place on success and
/// removed on failure.
///
/// Temporary files are named `.<name>.<pid>.<random>.tmp`. An interrupted run never leaves a half file
/// under a final name (rename is atomic). What it can leave is the temporary file itself:
/// - on SIGINT, SIGTERM or SIGHUP, once ``removeTemporaryFilesOnSignals(_:)`` is installed (the command
///   line does), the handler unlinks every temporary file in flight, then dies of the signal as usual;
/// - on SIGKILL (or a crash) nothing can run, so the file stays: ``removeStaleTemporaryFiles(in:)``
///   removes those of processes that no longer exist (the command line calls it before writing).
public enum AtomicFile {
    /// Calls `body` with a temporary path beside `path`, then renames it to `path`.
    public static func write(to path: String, _ body: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ResolutionGraphError.output(path, reason: "the folder \(folder) does not exist")
        }
        let temp = folder + "/." + url.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let slot = InFlight.register(temp)
        defer { InFlight.unregister(slot) }
        do {
            try body(temp)
            if rename(temp, path) != 0 {
                throw ResolutionGraphError.output(path, reason: String(cString: strerror(errno)))
            }
        } catch ResolutionGraphError.output(let file, let reason) where file == temp {
            unlink(temp)
            // Name the file the user asked for, not the temporary one.
            throw ResolutionGraphError.output(path, reason: reason)
        } catch {
            unlink(temp)
            throw error
        }
    }

    /// Installs handlers for `signals` that unlink the temporary files being written, restore the
    /// default action and re-raise the signal (so the exit status still says which signal ended the run).
    ///
    /// Also ignores SIGXFSZ: a file over the size limit (`ulimit -f`) then fails its write with EFBIG, an
    /// ordinary output error that removes the temporary file, instead of killing the process mid-write.
    public static func removeTemporaryFilesOnSignals(_ signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        InFlight.prepare() // allocate outside the handler
        signal(SIGXFSZ, SIG_IGN)
        for s in signals {
            var action = sigaction()
            #if os(Linux)
            action.__sigaction_handler.sa_handler = { signo in
                InFlight.unlinkAll()
                signal(signo, SIG_DFL)
                raise(signo)
            }
            #else
            action.__sigaction_u.__sa_handler = { signo in
                InFlight.unlinkAll()
                signal(signo, SIG_DFL)
                raise(signo)
            }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(s, &action, nil)
        }
        // A parent may have started us with these signals blocked (posix_spawn from a libdispatch worker
        // thread passes on its mask, which blocks them): unblock them, or they would never arrive.
        var set = sigset_t()
        sigemptyset(&set)
        for s in signals { sigaddset(&set, s) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Removes `.<name>.<pid>.<random>.tmp` files in `folder` left by processes that no longer exist
    /// (a run killed with SIGKILL); returns how many were removed. Files of live processes are kept.
    @discardableResult
    public static func removeStaleTemporaryFiles(in folder: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            // .<name>.<pid>.<random>.tmp
            let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 4, UInt32(parts[parts.count - 1]) != nil,
                  let pid = Int32(parts[parts.count - 2]), pid > 0 else { continue }
            if pid == getpid() { continue }
            if kill(pid, 0) == -1 && errno == ESRCH, unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    /// The temporary paths being written, in fixed buffers the signal handler can read without locking
    /// or allocating (async-signal-safe: it only reads memory and calls `unlink`). A slot is marked in
    /// use only after its path is copied in, and rewritten only while marked free, so the handler never
    /// reads a half-copied path; nothing is ever freed, so it never reads freed memory.
    enum InFlight {
        static let capacity = 64
        static let pathCapacity = 4096
        nonisolated(unsafe) static let buffers: UnsafeMutablePointer<CChar> = {
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * pathCapacity)
            p.initialize(repeating: 0, count: capacity * pathCapacity)
            return p
        }()
        nonisolated(unsafe) static let inUse: UnsafeMutablePointer<Int> = {
            let p = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
            p.initialize(repeating: 0, count: capacity)
            return p
        }()
        static let lock = NSLock()

        /// Allocates the table (call before installing the handler).
        static func prepare() { _ = buffers; _ = inUse }

        /// Records `path`; returns its slot, or nil when the table is full or the path too long (the
        /// path is then simply not cleaned on a signal).
        static func register(_ path: String) -> Int? {
            let bytes = Array(path.utf8)
            guard bytes.count < pathCapacity, !bytes.contains(0) else { return nil }
            prepare()
            lock.lock()
            defer { lock.unlock() }
            for i in 0..<capacity where inUse[i] == 0 {
                let slot = buffers + i * pathCapacity
                for (k, b) in bytes.enumerated() { slot[k] = CChar(bitPattern: b) }
                slot[bytes.count] = 0
                inUse[i] = 1
                return i
            }
            return nil
        }

        static func unregister(_ slot: Int?) {
            guard let slot else { return }
            lock.lock()
            inUse[slot] = 0
            lock.unlock()
        }

        static func unlinkAll() {
            for i in 0..<capacity where inUse[i] != 0 { unlink(buffers + i * pathCapacity) }
        }
    }
}
