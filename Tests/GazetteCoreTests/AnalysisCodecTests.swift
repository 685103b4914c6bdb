import Foundation
import Testing
@testable import GazetteCore
@testable import GazetteExtraction

/// The build cache's encoding gives back exactly what was stored, and rejects damage.
@Suite("Analysis cache encoding")
struct AnalysisCodecTests {
    static func entries() throws -> [CachedAnalysis] {
        let input = try TestSupport.input(site: TestSupport.goldenSite)
        return input.articles.map { file in
            let parse = ArticleParser.parse(file)
            return CachedAnalysis(parse: parse, digest: parse.article.map { AnalysedArticle.analyse($0, config: SiteConfig()).digest })
        }
    }

    @Test("round trip: everything but the prose of an analysed article, which is not needed again")
    func roundTrip() throws {
        for entry in try Self.entries() {
            let bytes = AnalysisCodec.encode(entry)
            let decoded = try AnalysisCodec.decode(bytes, range: bytes.indices)
            var expected = entry.parse.article
            expected?.paragraphs = []
            #expect(decoded.parse.article == expected)
            #expect(decoded.digest == entry.digest)
            #expect(decoded.parse.diagnostics == entry.parse.diagnostics)
            #expect(decoded.parse.removedLines.map(\.text) == entry.parse.removedLines.map(\.text))

            let unanalysed = CachedAnalysis(parse: entry.parse, digest: nil)
            let plain = AnalysisCodec.encode(unanalysed)
            #expect(try AnalysisCodec.decode(plain, range: plain.indices).parse.article == entry.parse.article, "the prose comes back when it will be analysed")
        }
    }

    @Test("a cut or altered entry is an error, never a different value")
    func damage() throws {
        let entry = try #require(try Self.entries().first)
        let bytes = AnalysisCodec.encode(entry)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
            #expect(throws: ByteReader.Damaged.self) { try AnalysisCodec.decode(bytes, range: 0..<cut) }
        }
    }
}
