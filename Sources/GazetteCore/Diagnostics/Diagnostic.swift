/// A problem found in a user's file, with its position, reported compiler-style.
///
/// Errors are data: every stage returns them instead of throwing at the first one, so a
/// build reports all problems of a run, sorted by path.
public struct Diagnostic: Error, Equatable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// Path of the file, relative to the site root ("Content/politics/001.txt").
    public var path: String
    /// 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in characters, or 0 when unknown.
    public var column: Int
    public var severity: Severity
    public var message: String
    /// An optional hint on how to fix it, printed on its own `note:` line.
    public var note: String?

    public init(path: String, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String, note: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.note = note
    }

    public static func warning(_ path: String, line: Int = 0, column: Int = 0, _ message: String, note: String? = nil) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .warning, message: message, note: note)
    }

    public static func error(_ path: String, line: Int = 0, column: Int = 0, _ message: String, note: String? = nil) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .error, message: message, note: note)
    }

    /// `path:line:col: error: message`, then `path:line:col: note: hint` when there is a note.
    public var description: String {
        var location = path
        if line > 0 {
            location += ":\(line)"
            location += ":\(max(column, 1))"
        }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let note { text += "\n\(location): note: \(note)" }
        return text
    }

    /// Sorted by path, then position, then message, so reports are stable run after run.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.message) < (b.path, b.line, b.column, b.message)
    }
}

/// A failed build: every error of the run (and the warnings seen before it).
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }
}
