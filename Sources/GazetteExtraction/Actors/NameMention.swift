/// One occurrence of a name in one sentence, before mentions are merged into actors.
struct NameMention: Sendable, Equatable {
    /// The name's words, titles and possessive removed ("Antony", "Blinken").
    var words: [String]
    /// The name as written ("Antony Blinken", "U.S.", "Israeli").
    var surface: String
    /// The name with its one-word title when it had one ("Mr Greenspan"), another alias.
    var titledSurface: String?
    var kind: ActorKind
    /// How sure the kind is: 3 gazetteer, 2 structure (a head word, a title, a given name), 1 a guess.
    var strength: Int
    /// The gazetteer's canonical name, when the mention is a known country, place or organization.
    var canonical: String?
    /// Sentence index, or -1 for the headline.
    var sentence: Int
    /// Token positions in the sentence, for quote attribution.
    var firstToken: Int
    var lastToken: Int
    /// The role or title the text gives the actor here ("U.S. Secretary of State").
    var role: String?
    /// The words around it call it the title of a work ("film Vera Drake"): its actor is dropped
    /// unless another mention is sure it is one.
    var work = false
    /// The words around it call it a team, band or club ("Wales have", "Wrexham defender"):
    /// its actor is an organization.
    var team = false
}

/// Article-wide facts that decide whether a capitalised word is a name.
struct ArticleEvidence: Sendable {
    /// Lowercase words seen anywhere in the body: a capitalised word whose lowercase form is here is
    /// probably an ordinary word at the start of a sentence.
    var lowerWords: Set<String> = []
    /// Capitalised words seen in the middle of a sentence, as written.
    var midCaps: Set<String> = []
    /// The article uses two or more different sport words ("striker", "match"), so a place's name
    /// before "defender" is a club and a lone surname before "scored" is a player.
    var sport = false
}
