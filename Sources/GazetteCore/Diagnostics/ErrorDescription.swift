import Foundation

/// One line a user can read for an error from the file system or Foundation: the system's
/// reason ("Permission denied", "No space left on device"), never the `NSError` dump
/// (`Error Domain=NSCocoaErrorDomain Code=513 ... UserInfo={...}`) that `"\(error)"` prints.
public enum ErrorDescription {
    public static func of(_ error: any Error) -> String {
        let error = error as NSError
        // Foundation wraps the POSIX error that says what went wrong; the innermost one is the reason.
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error {
            return of(underlying)
        }
        if error.domain == NSPOSIXErrorDomain, let reason = strerror(Int32(error.code)) {
            return String(cString: reason)
        }
        if error.domain == NSCocoaErrorDomain || error.domain == NSPOSIXErrorDomain {
            return error.localizedDescription
        }
        return "\(error as any Error)"
    }
}
