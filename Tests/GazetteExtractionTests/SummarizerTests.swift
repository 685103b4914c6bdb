import Testing
@testable import GazetteExtraction

@Suite("Summarizer")
struct SummarizerTests {
    /// Splits `paragraphs` and summarizes them, returning the chosen sentences' text.
    private func summary(_ paragraphs: [String], count: Int = 3, actors: [Actor] = [],
                         figures: [Figure] = []) -> [String] {
        let sentences = SentenceSplitter.split(paragraphs: paragraphs)
        let chosen = Summarizer.summarize(sentences: sentences, actors: actors, figures: figures, count: count)
        return chosen.map { sentences[$0].text }
    }

    @Test("keeps the claims of the literate examples", arguments: LiterateExample.load("summary-suitability.txt"))
    func literate(_ example: LiterateExample) {
        let chosen = summary(example.input.split(separator: "\n").map(String.init))
        #expect(chosen.count == 3)
        for line in example.expected {
            if line.hasPrefix("included: ") {
                #expect(chosen.contains(String(line.dropFirst(10))), "\(line)")
            } else if line.hasPrefix("excluded: ") {
                #expect(!chosen.contains(String(line.dropFirst(10))), "\(line)")
            } else {
                Issue.record("unknown claim \(line)")
            }
        }
    }

    @Test("finds the literate examples")
    func loadsFixtures() {
        #expect(LiterateExample.load("summary-suitability.txt").count >= 3)
    }

    /// Sentences on varied topics, none a near-duplicate of another.
    private func variedParagraphs(_ count: Int) -> [String] {
        let topics = ["oil", "bank", "rail", "vote", "school", "hospital", "film", "match", "court", "storm",
                      "market", "police", "farm", "bridge"]
        return (0..<count).map { i in
            // Offsets 0, 1 and 3 differ pairwise, so two sentences share at most one topic.
            "The \(topics[i % 14]) story, beside the \(topics[(i + 1) % 14]) story and the \(topics[(i + 3) % 14]) story."
        }
    }

    @Test("returns count indices, ascending and distinct")
    func ascendingIndices() {
        let sentences = SentenceSplitter.split(paragraphs: variedParagraphs(12))
        for count in [1, 3, 5] {
            let chosen = Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: count)
            #expect(chosen.count == count)
            #expect(chosen == chosen.sorted())
            #expect(Set(chosen).count == chosen.count)
        }
    }

    @Test("returns fewer sentences rather than near-duplicates")
    func noNearDuplicates() {
        let paragraphs = (0..<8).map { "Sentence \($0) talks about the budget deficit and the budget plans of the minister." }
        let sentences = SentenceSplitter.split(paragraphs: paragraphs)
        #expect(Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: 3).count == 1)
    }

    @Test("returns nothing for no sentences or a count of zero")
    func emptyInputs() {
        #expect(Summarizer.summarize(sentences: [], actors: [], figures: [], count: 3).isEmpty)
        let sentences = SentenceSplitter.split(paragraphs: ["Oil prices rose sharply on Monday in London."])
        #expect(Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: 0).isEmpty)
        #expect(Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: 3) == [0])
    }

    @Test("falls back to the lead when no sentence stands alone")
    func fragmentsOnly() {
        let chosen = summary(["Rail strike", "Talks fail", "Unions angry"], count: 2)
        #expect(chosen == ["Rail strike", "Talks fail"])
    }

    @Test("prefers the sentence the article is about over an aside")
    func centralOverAside() {
        let chosen = summary([
            "Oil prices rose to a record high as supplies from the Gulf fell.",
            "The weather in the capital was mild for the time of year, forecasters noted.",
            "Traders said oil supplies were tight and prices could rise further.",
            "Oil producers said supplies would recover and prices would fall.",
            "Analysts expect oil prices to stay high while Gulf supplies are short.",
        ], count: 2)
        #expect(!chosen.contains("The weather in the capital was mild for the time of year, forecasters noted."))
    }

    @Test("prefers a sentence that stands alone to one that opens with But")
    func penalizesDependentOpeners() {
        let chosen = summary([
            "Rail passengers face higher fares from January.",
            "Unions said the fare rise was too steep for commuters.",
            "But ministers said the rail fare rise was needed to fund new trains on busy routes.",
            "Ministers said the rail fare rise was needed to fund new trains on busy routes.",
        ], count: 1)
        #expect(chosen == ["Ministers said the rail fare rise was needed to fund new trains on busy routes."])
    }

    @Test("breaks a tie in favour of the sentence naming a main actor")
    func actorsBreakTies() {
        var paragraphs = ["The carmaker is based in Germany.", "Sales of cars slowed last year, it reported.",
                          "Its shares had fallen for months.", "Analysts praised the strong results.",
                          "Rivals saw weaker demand.", "The firm employs many workers."]
        paragraphs.append("Shares of the carmaker rose after the carmaker reported strong sales in Europe.")
        paragraphs.append("Shares of the carmaker rose after the carmaker reported strong sales in Asia.")
        let sentences = SentenceSplitter.split(paragraphs: paragraphs)
        let europe = 6, asia = 7
        let without = Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: 1)
        #expect(without == [europe])
        let asiaActor = Actor(name: "Asia", kind: .place, aliases: ["Asia"], mentions: 1, sentences: [asia], salience: 1)
        let with = Summarizer.summarize(sentences: sentences, actors: [asiaActor], figures: [], count: 1)
        #expect(with == [asia])
    }

    @Test("is deterministic")
    func deterministic() {
        let sentences = SentenceSplitter.split(paragraphs: variedParagraphs(30))
        let first = Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: 3)
        for _ in 0..<5 {
            #expect(Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: 3) == first)
        }
    }

    @Test("handles articles longer than the ranked limit")
    func longArticles() {
        let sentences = SentenceSplitter.split(paragraphs: variedParagraphs(CentralityRanker.limit + 40))
        let chosen = Summarizer.summarize(sentences: sentences, actors: [], figures: [], count: 3)
        #expect(chosen.count == 3)
        #expect(chosen.allSatisfy { $0 < sentences.count })
    }
}

@Suite("Sentence profile")
struct SentenceProfileTests {
    @Test("compares sentences by content words, ignoring case, stopwords and repeats")
    func similarity() {
        let texts = ["The Profits of the firm rose.", "profits at firm ROSE, firm said", "Rain fell in Paris.",
                     "Rain fell on the firm."]
        let words = ArticleWords(texts.enumerated().map { Sentence(index: $0, paragraph: $0, text: $1, utf8Range: 0..<$1.utf8.count) })
        let (n, w) = CentralityRanker.similarities(words)  // the matrix the walk runs on
        #expect(n == 4)
        #expect(abs(w[0 * n + 1] - 1) < 1e-6)
        #expect(w[1 * n + 0] == w[0 * n + 1])
        #expect(w[0 * n + 2] == 0)
        // "firm" of three terms, "firm" of three terms: 1 / sqrt(3 * 3).
        #expect(abs(w[0 * n + 3] - 1 / 3) < 1e-6)
        #expect((0..<n).allSatisfy { w[$0 * n + $0] == 0 })
    }

    @Test("marks page furniture only in short sentences")
    func junkPhrases() {
        let lexicon = SummaryLexicon.shared
        #expect(SentenceProfile("Please enable JavaScript in your browser settings.", lexicon: lexicon).hasJunkPhrase)
        #expect(SentenceProfile("Sign up for our daily newsletter", lexicon: lexicon).hasJunkPhrase)
        #expect(!SentenceProfile("JavaScript was enabled by default in the new browser.", lexicon: lexicon).hasJunkPhrase)
        let long = "Readers who subscribe to the paper's digital edition rose by a third last year, the publisher said, "
            + "as more people paid for news online after years in which most of the industry gave it away free."
        #expect(!SentenceProfile(long, lexicon: lexicon).hasJunkPhrase)
    }

    @Test("looks up word ids with their tags")
    func wordIdSet() {
        let ids = (0..<300).map { WordHasher.id("word\($0)") }
        let set = WordIdSet(tagged: ids.enumerated().map { ($0.element, UInt8($0.offset % 2 + 1)) } + [(0, 4)])
        #expect(ids.enumerated().allSatisfy { set.tag(of: $0.element) == UInt8($0.offset % 2 + 1) })
        #expect(set.tag(of: 0) == 4)
        #expect(!set.contains(WordHasher.id("absent")))
        #expect(WordIdSet([UInt64]()).isEmpty)
    }

    @Test("reads how a sentence opens and ends")
    func shape() {
        let lexicon = SummaryLexicon.shared
        let quote = SentenceProfile("“Is it over?” he asked", lexicon: lexicon)
        #expect(quote.opensWithQuote)
        #expect(!quote.hasFinalPunctuation)
        let question = SentenceProfile("Is it over?\"", lexicon: lexicon)
        #expect(question.isQuestion && question.hasFinalPunctuation)
        #expect(SentenceProfile("Café prices – up 5%.", lexicon: lexicon).wordCount == 4)
        #expect(SentenceProfile("I think the game will come too soon,\" he said.", lexicon: lexicon).continuesQuote)
        #expect(SentenceProfile("It ends here.” Then he left.", lexicon: lexicon).continuesQuote)
        #expect(!SentenceProfile("\"It is over,\" he said.", lexicon: lexicon).continuesQuote)
        #expect(!SentenceProfile("He called it \"a triumph\" and left.", lexicon: lexicon).continuesQuote)
    }
}
