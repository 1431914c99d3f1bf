import ResolutionGraph
import Foundation
print(Probe.paths())
let p = Probe.paths()[0]
print(try FileManager.default.contentsOfDirectory(atPath: p))
print(try FileManager.default.contentsOfDirectory(atPath: p + "/Ontology"))
