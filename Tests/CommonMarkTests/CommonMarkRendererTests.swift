import Testing
@testable import CommonMark

@Suite("cmark wrapper")
struct CommonMarkRendererTests {
    @Test("renders emphasis and paragraphs")
    func rendersMarkdown() {
        #expect(CommonMarkRenderer.html("Hello *world*") == "<p>Hello <em>world</em></p>\n")
    }

    @Test("turns straight quotes and dashes into typographic ones")
    func smartPunctuation() {
        #expect(CommonMarkRenderer.html("\"Yes\" -- it's") == "<p>\u{201C}Yes\u{201D} \u{2013} it\u{2019}s</p>\n")
    }

    @Test("omits raw HTML and javascript: links by default")
    func omitsRawHTML() {
        let html = CommonMarkRenderer.html("<script>alert(1)</script>\n\nA <b>bold</b> [link](javascript:alert(1))")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test("lets raw HTML through only when asked")
    func unsafeOption() {
        let html = CommonMarkRenderer.html("A <b>bold</b> word", options: [.unsafeRawHTML])
        #expect(html == "<p>A <b>bold</b> word</p>\n")
    }

    @Test("replaces invalid UTF-8 instead of crashing")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" au lait".utf8)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(CommonMarkRenderer.html(text) == "<p>caf\u{FFFD} au lait</p>\n")
    }

    @Test("renders an empty document as nothing")
    func emptyDocument() {
        #expect(CommonMarkRenderer.html("") == "")
    }

    @Test("gives the prose of paragraphs and headings without markup, with their lines")
    func textBlocks() {
        let blocks = CommonMarkRenderer.textBlocks("# Title\n\nSome *emphasis* and `code`\nover two lines.\n\n```\nskipped\n```\n\n- an item\n")
        #expect(blocks == [
            TextBlock(kind: .heading, text: "Title", line: 1),
            TextBlock(kind: .paragraph, text: "Some emphasis and code over two lines.", line: 3),
            TextBlock(kind: .paragraph, text: "an item", line: 10),
        ])
    }
}
