import Foundation
public enum BundledResources { public static var bundle: Bundle { Bundle.module } }
