import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs `gazette serve` as a user would and talks to it over loopback with raw requests,
/// so no client library normalizes the paths under test.
@Suite("gazette serve", .serialized)
struct ServeCommandTests {
    /// A served copy of the golden site, polling for changes every 0.1 s.
    static func server() throws -> ServedSite {
        try ServedSite(try CLI.makeSite(), extraArguments: ["--interval", "0.1"])
    }

    @Test("serves the built site and its pages carry the reload script")
    func servesSite() throws {
        let server = try Self.server()
        let home = try HTTP.get(server.port, "/")
        #expect(home.status == 200)
        #expect(home.body.contains("<title>Golden Gazette</title>"))
        #expect(home.body.contains("/__gazette/status"))
        #expect(try HTTP.get(server.port, "/articles").status == 301)
        #expect(try HTTP.get(server.port, "/assets/style.css").body.contains("--accent"))
        #expect(try HTTP.get(server.port, "/no/such/page/").status == 404)
    }

    @Test("never serves a file outside the output folder", arguments: [
        "/../site.yml", "/../../etc/passwd", "/%2e%2e/site.yml", "/%2E%2E%2Fsite.yml", "/articles/..%2f..%2fsite.yml",
        "/./../site.yml", "/%00", "/..\\site.yml", "/outside/site.yml",
    ])
    func refusesTraversal(target: String) throws {
        let server = try Self.server()
        try FileManager.default.createSymbolicLink(at: server.site.appendingPathComponent("Public/outside"), withDestinationURL: server.site)
        let response = try HTTP.get(server.port, target)
        #expect(response.status == 404)
        #expect(!response.body.contains("page_size"), "site.yml leaked")
    }

    @Test("rebuilds after a change, and shows a failed build while serving the last good site")
    func rebuildsOnChange() throws {
        let server = try Self.server()
        let before = try HTTP.get(server.port, "/__gazette/status").body
        let article = server.site.appendingPathComponent("Content/notes/undated.md")
        try (try String(contentsOf: article, encoding: .utf8) + "\nA new closing line.\n").write(to: article, atomically: true, encoding: .utf8)
        #expect(HTTP.waitFor(server.port, "/articles/a-note-without-front-matter/") { $0.contains("A new closing line.") })
        #expect(HTTP.waitFor(server.port) { !$0.contains(before) && $0.contains("\"error\":null") }, "open pages learn of the new build")

        try "---\ndate: 2024-02-30\n---\n".write(to: server.site.appendingPathComponent("Content/notes/bad.md"), atomically: true, encoding: .utf8)
        #expect(HTTP.waitFor(server.port) { $0.contains("Content/notes/bad.md:2:7: error") || $0.contains("Content\\/notes\\/bad.md:2:7: error") })
        #expect(try HTTP.get(server.port, "/").status == 200, "the last good site is still served")
    }
}

/// A minimal HTTP/1.1 client on a raw socket.
enum HTTP {
    struct Response {
        var status: Int
        var body: String
    }

    static func get(_ port: UInt16, _ target: String) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
        let request = Array("GET \(target) HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[..<count]
        }
        let text = String(decoding: data, as: UTF8.self)
        let status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return Response(status: status, body: body)
    }

    /// Polls `target` (the status endpoint unless told) for up to ten seconds until `condition`
    /// holds on its body.
    static func waitFor(_ port: UInt16, _ target: String = "/__gazette/status", _ condition: (String) -> Bool) -> Bool {
        for _ in 0..<100 {
            if let body = try? get(port, target).body, condition(body) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}
