import Testing
@testable import GazetteExtraction

@Suite("Actor tokenizer")
struct ActorTokenizerTests {
    @Test("keeps initialisms, inner hyphens and apostrophes, cuts possessives", arguments: [
        ("U.S. Secretary", ["U.S.", "Secretary"]),
        ("Sonia O'Sullivan's run", ["Sonia", "O'Sullivan", "run"]),
        ("Jean-Michel Jarre", ["Jean-Michel", "Jarre"]),
        ("Denmark\u{2019}s prince", ["Denmark", "prince"]),
        ("the Scotland-born athlete", ["the", "Scotland", "-", "born", "athlete"]),
        ("AT&T rose", ["AT&T", "rose"]),
        ("Conan O\u{2019}Brien and I\u{2019}d", ["Conan", "O'Brien", "and", "I'd"]),
    ])
    func words(_ input: String, _ expected: [String]) {
        #expect(NameTokenizer.tokenize(input).map(\.text) == expected)
    }

    @Test("flags possessives and classifies shapes")
    func shapes() {
        let tokens = NameTokenizer.tokenize("\u{201C}NATO\u{201D} met el-Sissi\u{2019}s aide in 2004.")
        #expect(tokens.map(\.shape) == [.punct, .acronym, .punct, .lower, .particleName, .lower, .lower, .number, .punct])
        #expect(tokens[0].text == "\"")
        #expect(tokens[4].possessive)
        #expect(tokens[4].text == "el-Sissi")
    }

    @Test("byte offsets point into the sentence")
    func offsets() {
        let text = "Mr Blinken said."
        let bytes = Array(text.utf8)
        for token in NameTokenizer.tokenize(text) {
            #expect(String(decoding: bytes[token.start..<token.end], as: UTF8.self) == token.text)
        }
    }
}

@Suite("Actor lexicon")
struct ActorLexiconTests {
    @Test("normalizes keys without case, periods or hyphens", arguments: [
        ("U.S.", "us"), ("Nato", "nato"), ("NATO", "nato"), ("Hewlett-Packard", "hewlett packard"),
        ("Denmark\u{2019}s", "denmark's"), ("  New   York ", "new york"), ("São Paulo", "são paulo"),
    ])
    func keys(_ input: String, _ expected: String) {
        #expect(ActorLexicon.key(input) == expected)
    }

    @Test("reads gazetteers, aliases and demonyms from data file texts")
    func parsesFiles() {
        let files = [
            "gazetteer-countries.txt": "# comment\nUnited Kingdom | UK ; Britain | British ; Britons\n",
            "gazetteer-organizations.txt": "United Nations | UN\n",
            "actors-titles.txt": "Secretary of State\nMr\n",
        ]
        let lexicon = ActorLexicon(files: { files[$0] ?? "" })
        #expect(lexicon.entities["britain"] == GazetteerEntry(name: "United Kingdom", kind: .place))
        #expect(lexicon.entities["un"] == GazetteerEntry(name: "United Nations", kind: .organization))
        #expect(lexicon.demonyms["britons"] == "United Kingdom")
        #expect(lexicon.titles.contains("secretary of state"))
        #expect(lexicon.maxTitleWords == 3)
    }

    @Test("tags each word with every list it is in, and the cue words with their cues")
    func tagsWords() {
        let files = [
            "actors-given-names.txt": "Rose\nMark\n",
            "actors-surnames.txt": "Rose\n",
            "actors-titles.txt": "Secretary of State\nVice-President\n",
            "actors-person-nouns.txt": "striker\n",
            "actors-common-words.txt": "drama\n",
            "actors-cue-words.txt": "area place\nstriker sport\nfilm work\nbogus nonsense\n",
        ]
        let lexicon = ActorLexicon(files: { files[$0] ?? "" })
        var tokens = NameTokenizer.tokenize("Secretary Rose, the striker, saw Drama in the Vice-President area: 3 films.")
        lexicon.tag(&tokens)
        func flags(_ text: String) -> WordFlags { tokens.first { $0.text == text }?.flags ?? [] }
        #expect(tokens.allSatisfy { $0.flags.contains(.tagged) })
        #expect(flags("Secretary") == [.tagged, .titleStart])
        #expect(flags("Rose") == [.tagged, .given, .surname])
        #expect(flags("striker") == [.tagged, .personNoun, WordFlags(cues: .sport)])
        #expect(flags("Drama") == [.tagged, .common])
        #expect(flags("Vice-President") == [.tagged, .titleStart, .title])
        #expect(flags("area").cues == .place)
        #expect(flags("films") == .tagged)
        #expect(flags("saw") == .tagged)
    }

    @Test("the shipped data files load")
    func shippedData() {
        let lexicon = ActorLexicon.shared
        #expect(lexicon.entities["united nations"]?.kind == .organization)
        #expect(lexicon.entities["france"]?.kind == .place)
        #expect(lexicon.demonyms["israeli"] == "Israel")
        #expect(lexicon.givenNames.contains("patricia"))
        #expect(lexicon.stopwords.contains("While"))
        #expect(lexicon.orgWords.contains("party"))
    }
}

@Suite("Actor merging")
struct ActorMergerTests {
    static func mention(_ words: [String], _ kind: ActorKind, strength: Int = 2, canonical: String? = nil, sentence: Int = 0) -> NameMention {
        NameMention(words: words, surface: words.joined(separator: " "), titledSurface: nil, kind: kind, strength: strength,
                    canonical: canonical, sentence: sentence, firstToken: 0, lastToken: words.count - 1, role: nil)
    }

    @Test("a surname joins the full name that ends with it")
    func surname() {
        let mentions = [Self.mention(["Antony", "Blinken"], .person), Self.mention(["Blinken"], .organization, strength: 0)]
        #expect(MentionMerger(lexicon: .shared).merge(mentions) == [[0, 1]])
    }

    @Test("a surname shared by two people joins the one mentioned most")
    func ambiguousSurname() {
        let mentions = [Self.mention(["Gordon", "Brown"], .person), Self.mention(["Dan", "Brown"], .person),
                        Self.mention(["Dan", "Brown"], .person), Self.mention(["Brown"], .person, strength: 1)]
        #expect(MentionMerger(lexicon: .shared).merge(mentions) == [[0], [1, 2, 3]])
    }

    @Test("an acronym joins the organization whose initials it is, also after a country")
    func acronym() {
        let mentions = [Self.mention(["US", "Securities", "Exchange", "Commission"], .organization), Self.mention(["SEC"], .organization, strength: 1)]
        #expect(MentionMerger(lexicon: .shared).merge(mentions) == [[0, 1]])
    }

    @Test("a known acronym is not taken for the initials of another name")
    func knownAcronym() {
        let mentions = [Self.mention(["US"], .place, strength: 3, canonical: "United States"),
                        Self.mention(["US", "Senate"], .organization, strength: 3, canonical: "Senate")]
        #expect(MentionMerger(lexicon: .shared).merge(mentions) == [[0], [1]])
    }

    @Test("sure kinds outvote many guesses")
    func kindVote() {
        let mentions = [Self.mention(["Rafael", "Nadal"], .person)] + (0..<12).map { _ in Self.mention(["Nadal"], .organization, strength: 0) }
        #expect(MentionMerger.kind(of: Array(mentions.indices), in: mentions) == .person)
    }
}

@Suite("Actor extractor")
struct ActorExtractorTests {
    static func actors(_ title: String, _ paragraphs: [String]) -> [Actor] {
        ActorExtractor.shared.extract(title: title, sentences: SentenceSplitter.split(paragraphs: paragraphs))
    }

    @Test("sorts by salience, then name, and ranks the headline's actor first")
    func ordering() {
        let actors = Self.actors("Greenspan warns on deficit", [
            "The dollar rose in London and Paris. Alan Greenspan said the deficit would fall.",
            "Mr Greenspan spoke in Paris.",
        ])
        #expect(actors.first?.name == "Alan Greenspan")
        for (a, b) in zip(actors, actors.dropFirst()) {
            #expect(a.salience > b.salience || (a.salience == b.salience && a.name <= b.name))
        }
        #expect(actors.first(where: { $0.name == "Paris" })?.sentences == [0, 2])
    }

    @Test("gives the same output on every run")
    func deterministic() {
        let paragraphs = ["The UN, Nato and the EU met in Brussels. Tony Blair and Gordon Brown spoke. Blair left."]
        let first = Self.actors("Talks end", paragraphs)
        for _ in 0..<5 { #expect(Self.actors("Talks end", paragraphs) == first) }
        #expect(first.count == 6)
    }

    @Test("an empty article has no actors")
    func empty() {
        #expect(Self.actors("", []).isEmpty)
        #expect(Self.actors("Stay Informed", []).isEmpty)
    }
}

@Suite("Actor extractor robustness")
struct ActorRobustnessTests {
    @Test("odd input does not trap", arguments: [
        "", " ", "\"", "U.S.", "Mr.", "The", "'s", "A-", "-B", "O'", "São Paulo’s", "🙂 Blinken 🙂 said.",
        "\u{201C}Yes,\u{201D} said", "of of of Bank of", "Secretary of State", "the Saudis", "Israeli-", "and and And",
        String(repeating: "Big ", count: 300) + "Ben",
    ])
    func oddInput(_ text: String) {
        let actors = ActorExtractor.shared.extract(title: text, sentences: SentenceSplitter.split(paragraphs: [text, text]))
        for actor in actors {
            #expect(!actor.name.isEmpty)
            #expect(actor.mentions >= 1)
            #expect(actor.sentences == actor.sentences.sorted())
        }
    }
}

@Suite("Typographic punctuation")
struct TypographicPunctuationTests {
    static let contractions = ["I’m", "I’ve", "I’d", "I’ll", "We’re", "We’ve", "We’d", "You’re", "You’ll", "They’re",
                               "They’ve", "It’s", "It’ll", "That’s", "There’s", "Here’s", "What’s", "Who’s", "He’s",
                               "She’d", "Let’s", "Don’t", "Can’t", "Won’t", "Isn’t", "Didn’t", "Couldn’t", "Ain’t"]

    /// The same text with straight quotes and apostrophes, a hyphen for each dash and three periods for an ellipsis.
    static func plain(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "’", "‘": out.append("'")
            case "“", "”": out.append("\"")
            case "–", "—": out.append("-")
            case "…": out += "..."
            case "\u{A0}": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    @Test("no contraction is an actor, with curly or straight apostrophes", arguments: [false, true])
    func contractionsAreNoActors(straight: Bool) {
        for word in Self.contractions {
            let text = "“\(word) not sure,” the minister told reporters in Paris. \(word) going to be a long week, said Anna Smith."
            let names = ActorFixtureTests.run(straight ? Self.plain(text) : text).map(\.name)
            #expect(names.sorted() == ["Anna Smith", "Paris"], "\(word): \(names)")
        }
    }

    @Test("curly quotes, dashes, ellipses and non-breaking spaces give the actors their plain forms give")
    func typographicTextReadsAsPlain() {
        let text = """
            “I’m not going anywhere,” said Conan O’Brien on Tuesday – in Los Angeles… O’Brien told NBC executives \
            he’d stay. Jeff\u{A0}Zucker, NBC’s chief executive, said it wasn’t over — for now.
            """
        let curly = ActorFixtureTests.run(text).map { "\($0.kind.rawValue): \($0.name)" }
        let plain = ActorFixtureTests.run(Self.plain(text)).map { "\($0.kind.rawValue): \($0.name)" }
        #expect(curly == plain)
        #expect(curly.contains("person: Conan O'Brien") && curly.contains("person: Jeff Zucker"))
    }
}

@Suite("Actor model")
struct ActorModelTests {
    @Test("a feature hashed in parts is the hash of its text, as the training script computes it")
    func hashing() {
        var hasher = FeatureHasher()
        hasher.add("before", "said")
        hasher.add("bias", "")
        hasher.add("mention", "person", 2)
        hasher.add("words", "", 12)
        #expect(hasher.hashes == ["before=said", "bias", "mention=person2", "words=12"].map { FeatureHash.of($0.utf8) })
        #expect(FeatureHash.of("a".utf8) == 0xaf63dc4c8601ec8c, "64-bit FNV-1a of \"a\"")
    }

    @Test("the best summed class wins; ties go to the earlier class; unknown features weigh nothing")
    func decisions() {
        let model = ActorModel(text: "# comment\nbias\t0.5 0 0 0\nlast=theatre\t0 0 0.2 1\nafter=said\t0 1 0.4 0\n")
        #expect(!model.isEmpty)
        let hash = { (text: String) in FeatureHash.of(text.utf8) }
        #expect(model.decide([hash("bias")]) == .none)
        #expect(model.decide([hash("bias"), hash("last=theatre")]) == .place)
        #expect(model.decide([hash("bias"), hash("after=said"), hash("unknown=x")]) == .person)
        #expect(model.decide([]) == .none)
    }

    @Test("the shipped model loads, and candidates carry the rules' verdict among their features")
    func shippedModel() {
        #expect(!ActorModel.shared.isEmpty)
        let sentences = SentenceSplitter.split(paragraphs: ["The firm filed for Chapter 11 protection, said Mr Ebbers."])
        let candidates = ActorExtractor.shared.candidates(title: "", sentences: sentences)
        let ebbers = candidates.first { $0.actor.name == "Ebbers" }
        #expect(ebbers?.rule == .person)
        #expect(ebbers?.features.contains("rule=person") == true && ebbers?.features.contains("titled") == true)
    }

    @Test("the hashes the model weighs are the hashes of the feature texts, word flags included")
    func hashedFeaturesMatchTexts() {
        let sentences = SentenceSplitter.split(paragraphs: [
            "Chancellor Gordon Brown told the BBC that Britain would meet its aid pledge.",
            "Mr Brown spoke in Edinburgh, where Oxfam said the Treasury must act.",
        ])
        let extractor = ActorExtractor.shared
        let found = extractor.mentions(title: "Brown pledges aid", sentences: sentences)
        #expect(found.groups.count >= 4)
        var flagFeatures = 0
        for members in found.groups {
            let rule = extractor.ruleKind(members, found.all)
            var hasher = FeatureHasher()
            var texts = FeatureTexts()
            ActorFeatures.collect(members, mentions: found.all, contexts: found.contexts, rule: rule, lexicon: extractor.lexicon, into: &hasher)
            ActorFeatures.collect(members, mentions: found.all, contexts: found.contexts, rule: rule, lexicon: extractor.lexicon, into: &texts)
            #expect(hasher.hashes == texts.texts.map { FeatureHash.of($0.utf8) })
            flagFeatures += texts.texts.filter { $0.contains("flag=") }.count
        }
        #expect(flagFeatures >= 4)
    }
}
