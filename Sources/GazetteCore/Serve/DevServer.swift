import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server for previewing a site: serves the files of one folder, and
/// nothing outside it, to a browser on the same machine.
///
/// - Only GET and HEAD; one request per connection.
/// - The request path goes through `RequestPath` (no `..`, no encoded dots), and the
///   resolved file must still lie inside the folder after following symbolic links.
/// - HTML pages get a small script that polls `/__gazette/status` twenty times a second (a
///   tiny answer from memory): it reloads the page within 0.05 s of a new build or preview,
///   and shows the last build error over the page while there is one. (A long poll would
///   answer sooner but holds a request open, which stops headless browsers' virtual time.)
/// - Pages previewed while a rebuild runs (`showPreview`) are served from memory first.
public final class DevServer: @unchecked Sendable {
    public let folder: URL
    private let lock = NSLock()
    private var generation = 0
    private var buildError: String?
    private var previews: [String: [UInt8]] = [:]
    private var listener: Int32 = -1

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// Records a finished build: a new generation reloads open pages; an error is shown on them.
    /// Records a finished build: a new generation reloads open pages; an error is shown on
    /// them. Previews are dropped: the output now has the exact pages, or the last good ones.
    public func buildFinished(error: String?) {
        lock.lock()
        if error == nil { generation += 1 }
        buildError = error
        previews = [:]
        lock.unlock()
    }

    /// Serves `files` (paths relative to the folder) from memory until the next build
    /// finishes, and reloads the open pages.
    public func showPreview(_ files: [OutputFile]) {
        guard !files.isEmpty else { return }
        lock.lock()
        for file in files { previews[file.path] = file.bytes }
        generation += 1
        lock.unlock()
    }

    /// Binds and starts accepting connections on a background thread.
    public func start(host: String, port: UInt16) throws {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw ServeError("cannot create a socket") }
        var yes: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(socketFD)
            throw ServeError("'\(host)' is not an IPv4 address")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socketFD, 64) == 0 else {
            close(socketFD)
            throw ServeError("cannot listen on \(host):\(port): \(String(cString: strerror(errno)))")
        }
        listener = socketFD
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { if errno == EINTR { continue } else { return } }
            DispatchQueue.global().async { [self] in
                handle(connection)
                close(connection)
            }
        }
    }

    private func handle(_ connection: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let head = readHead(connection) else { return }
        let response = respond(toHead: head)
        send(connection, status: response.status, type: response.type, body: response.body,
             length: response.length, location: response.location)
    }

    /// The response to a whole request head (request line and headers) as a client sent it:
    /// 400 for a malformed request line, 405 for a method other than GET and HEAD. `length`
    /// is the body's length even for HEAD, whose body is empty. Pure apart from reading files;
    /// the `serve-request` fuzz target drives it.
    func respond(toHead head: String) -> (status: String, type: String, body: [UInt8], length: Int, location: String?) {
        func plain(_ status: String, _ text: String) -> (String, String, [UInt8], Int, String?) {
            (status, "text/plain; charset=utf-8", Array(text.utf8), text.utf8.count, nil)
        }
        let parts = head.split(separator: "\r\n").first?.split(separator: " ") ?? []
        guard parts.count == 3 else { return plain("400 Bad Request", "Bad request\n") }
        let method = parts[0], target = String(parts[1])
        guard method == "GET" || method == "HEAD" else { return plain("405 Method Not Allowed", "Only GET and HEAD\n") }
        let response = respond(to: target)
        return (response.status, response.type, method == "HEAD" ? [] : response.body, response.body.count, response.location)
    }

    /// The response to a GET of `target`; pure apart from reading files, for tests.
    func respond(to target: String) -> (status: String, type: String, body: [UInt8], location: String?) {
        if target.hasPrefix("/__gazette/status") {
            lock.lock()
            let status = ["generation": generation, "error": buildError as Any] as [String: Any]
            lock.unlock()
            let json = (try? JSONSerialization.data(withJSONObject: status, options: [.sortedKeys])) ?? Data("{}".utf8)
            return ("200 OK", "application/json", [UInt8](json), nil)
        }
        guard let relative = RequestPath.resolve(target) else { return notFound() }
        lock.lock()
        let preview = previews[relative]
        lock.unlock()
        if let preview { return ("200 OK", "text/html; charset=utf-8", withReloadScript(preview), nil) }
        let root = folder.resolvingSymlinksInPath().path
        let file = folder.appendingPathComponent(relative).resolvingSymlinksInPath().path
        guard file.hasPrefix(root + "/") else { return notFound() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { return notFound() }
        if isDirectory.boolValue {
            let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
            return ("301 Moved Permanently", "text/plain", Array("Moved\n".utf8), path + "/")
        }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound() }
        let type = RequestPath.contentType(relative)
        return ("200 OK", type, type.hasPrefix("text/html") ? withReloadScript([UInt8](data)) : [UInt8](data), nil)
    }

    private func notFound() -> (status: String, type: String, body: [UInt8], location: String?) {
        let page = FileManager.default.contents(atPath: folder.appendingPathComponent("404.html").path)
        return ("404 Not Found", "text/html; charset=utf-8", withReloadScript(page.map { [UInt8]($0) } ?? Array("<h1>Not found</h1>".utf8)), nil)
    }

    private func withReloadScript(_ html: [UInt8]) -> [UInt8] {
        lock.lock()
        let current = generation
        lock.unlock()
        let script = Array(Self.reloadScript.replacingOccurrences(of: "GENERATION", with: String(current)).utf8)
        let closing = Array("</body>".utf8)
        if let index = html.lastRange(of: closing) { return Array(html[..<index]) + script + Array(html[index...]) }
        return html + script
    }

    /// Polls the server; reloads on a new build or preview; shows the build error over the page.
    static let reloadScript = """
    <script>(function(){var seen=GENERATION,box=null;function show(t){if(!box){box=document.createElement("pre");box.setAttribute("role","alert");box.style.cssText="position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#7f1d1d;color:#fff;font:13px/1.4 monospace;z-index:99999;white-space:pre-wrap";document.body.appendChild(box)}box.textContent="Gazette: the last build failed; showing the last good site.\\n\\n"+t}function poll(){fetch("/__gazette/status",{cache:"no-store"}).then(function(r){return r.json()}).then(function(s){if(s.generation!==seen){location.reload();return}if(s.error){show(s.error)}else if(box){box.remove();box=null}setTimeout(poll,50)}).catch(function(){setTimeout(poll,1500)})}setTimeout(poll,50)})();</script>
    """

    private func readHead(_ connection: Int32) -> String? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 16_384 {
            let count = recv(connection, &buffer, buffer.count, 0)
            if count <= 0 { return nil }
            data += buffer[..<count]
            if data.lastRange(of: Array("\r\n\r\n".utf8)) != nil { break }
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func send(_ connection: Int32, status: String, type: String, body: [UInt8], length: Int, location: String?) {
        var head = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(length)\r\n"
        head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
        if let location { head += "Location: \(location)\r\n" }
        let bytes = Array((head + "\r\n").utf8) + body
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return }
            offset += written
        }
    }
}

/// A server that could not start.
public struct ServeError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

extension Array where Element == UInt8 {
    /// Start of the last occurrence of `needle`.
    func lastRange(of needle: [UInt8]) -> Int? {
        guard needle.count <= count else { return nil }
        var index = count - needle.count
        while index >= 0 {
            if self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
