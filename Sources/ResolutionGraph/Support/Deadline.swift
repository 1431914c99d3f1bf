/// The time limit of one document: checked between stages (every stage is linear in the document's
/// length, so a document that is merely long finishes its stage soon after the limit).
struct Deadline: Sendable {
    private let start = ContinuousClock.now
    private let limit: Duration?
    private let seconds: Double
    private let name: String

    init(seconds: Double?, name: String) {
        self.seconds = seconds ?? 0
        self.limit = seconds.map { .nanoseconds(Int64(($0 * 1e9).rounded(.up))) }
        self.name = name
    }

    /// Throws ``ResolutionGraphError/tooSlow(_:seconds:stage:)`` when the limit is spent.
    func check(_ stage: @autoclosure () -> String) throws {
        guard let limit, ContinuousClock.now - start > limit else { return }
        throw ResolutionGraphError.tooSlow(name, seconds: seconds, stage: stage())
    }
}
