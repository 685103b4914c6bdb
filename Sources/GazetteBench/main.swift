import CommonMark
import Foundation
import GazetteExtraction

/// `gazette-bench [FOLDER] [RUNS]`: extraction speed per stage on one thread, against cmark.
///
/// Loads every `.txt` article under FOLDER (default `../shared/corpus/bbc/articles`) the way
/// the site reads plain text (first line the title, blank-line separated paragraphs), then
/// times each stage over the whole corpus, keeping the best of RUNS (default 5) runs, so the
/// figures are words per second on one core. `digest` runs the word pass, figures, key figures
/// and summary article by article, as a build does, and is compared with cmark rendering the
/// same text. A benchmark, not a test: it never fails on speed.

let arguments = CommandLine.arguments.dropFirst()
let folder = arguments.first ?? "../shared/corpus/bbc/articles"
let runs = arguments.dropFirst().first.flatMap { Int($0) }.map { max(1, $0) } ?? 5

/// Title and paragraphs of a plain-text article: first non-blank line, then blank-line blocks.
func read(_ text: String) -> ArticleText {
    var blocks: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")); current = [] }
        } else {
            current.append(Substring(trimmed))
        }
    }
    if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
    guard let title = blocks.first else { return ArticleText(title: "", paragraphs: []) }
    return ArticleText(title: title, paragraphs: Array(blocks.dropFirst()))
}

func articleFiles(under root: URL) -> [URL] {
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
        .sorted { $0.path < $1.path }
}

/// `BENCH_STAGES=figures,summary` times only those stages (for profiling one stage under `perf`).
let only = ProcessInfo.processInfo.environment["BENCH_STAGES"].map { Set($0.split(separator: ",").map(String.init)) }

/// Keeps results alive so the optimizer cannot drop a stage.
nonisolated(unsafe) var sink = 0

/// One timed stage: a name and a closure over the whole corpus returning a count to keep.
typealias Stage = (name: String, body: () -> Int)

/// CPU time of the calling thread, in nanoseconds: on a machine shared with other jobs it leaves
/// out the time the thread waited for a core, which the wall clock counts.
func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

/// The times of one stage, in seconds: best wall clock (monotonic), best thread CPU time, and the
/// thread CPU time of each round in order.
typealias StageTimes = (name: String, wall: Double, cpu: Double, rounds: [Double])

/// The times of each stage over `runs` rounds. Rounds run every stage in turn, so a change of
/// machine load hits all stages alike rather than the ones timed last, and two stages' times of
/// the same round can be compared (`medianRatio`).
func bestTimes(_ stages: [Stage]) -> [StageTimes] {
    let chosen = stages.filter { only?.contains(String($0.name.split(separator: " ")[0])) ?? true }
    var wall = [Double](repeating: .infinity, count: chosen.count)
    var cpu = wall
    var rounds = [[Double]](repeating: [], count: chosen.count)
    for _ in 0..<runs {
        for (k, stage) in chosen.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = threadCPUNanoseconds()
            sink &+= stage.body()
            let endCPU = threadCPUNanoseconds()
            let end = DispatchTime.now().uptimeNanoseconds
            wall[k] = min(wall[k], Double(end - start) / 1e9)
            cpu[k] = min(cpu[k], Double(endCPU - startCPU) / 1e9)
            rounds[k].append(Double(endCPU - startCPU) / 1e9)
        }
    }
    return chosen.indices.map { (chosen[$0].name, wall[$0], cpu[$0], rounds[$0]) }
}

/// The median over rounds of `numerator`'s CPU time (summed over its stages) divided by
/// `denominator`'s in the same round. Best times can come from different rounds; a ratio
/// taken round by round is steadier when the machine's speed drifts during the run.
func medianRatio(_ numerator: [[Double]], _ denominator: [Double]) -> Double {
    let ratios = denominator.indices.map { r in numerator.reduce(0) { $0 + $1[r] } / denominator[r] }.sorted()
    return ratios[ratios.count / 2]
}

/// Times every stage; a function, not top-level code, so the timed closures read locals
/// rather than main-actor globals.
func run() {
    let files = articleFiles(under: URL(fileURLWithPath: folder))
    // Invalid UTF-8 is repaired, not skipped, as the site reads it.
    let articles = files.compactMap { try? Data(contentsOf: $0) }.map { read(String(decoding: $0, as: UTF8.self)) }
    guard !articles.isEmpty else {
        FileHandle.standardError.write(Data("gazette-bench: no .txt articles under \(folder)\n".utf8))
        exit(1)
    }
    /// Words as `wc -w` counts them, over the paragraphs (titles are not analysed as sentences).
    let words = articles.reduce(0) { total, article in
        total + article.paragraphs.reduce(0) { $0 + $1.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count }
    }

    // Inputs of the later stages, computed once outside their timings.
    let sentences = articles.map { SentenceSplitter.split(paragraphs: $0.paragraphs) }
    let articleWords = sentences.map { ArticleWords($0) }
    let figures = zip(articles, sentences).map { a, s in
        FigureRanker.keyFigures(FigureExtractor.extract(from: s), sentences: s, title: a.title)
    }
    let actors = zip(articles, sentences).map { ActorExtractor.shared.extract(title: $0.title, sentences: $1) }
    let markdown = articles.map { $0.paragraphs.joined(separator: "\n\n") }
    let analyser = ArticleAnalyser()

    let times = bestTimes([
        ("sentences", {
            articles.reduce(0) { $0 + SentenceSplitter.split(paragraphs: $1.paragraphs).count }
        }),
        ("words", {
            sentences.reduce(0) { $0 + ArticleWords($1).sentenceCount }
        }),
        ("figures", {
            var n = 0
            for i in articles.indices {
                let f = FigureExtractor.extract(from: sentences[i], words: articleWords[i])
                n += f.count + FigureRanker.keyFigures(f, sentences: sentences[i], title: articles[i].title).count
            }
            return n
        }),
        ("actors", {
            zip(articles, sentences).reduce(0) { $0 + ActorExtractor.shared.extract(title: $1.0.title, sentences: $1.1).count }
        }),
        ("summary", {
            var n = 0
            for i in articles.indices {
                n += Summarizer.summarize(sentences: sentences[i], words: articleWords[i], actors: actors[i], figures: figures[i],
                                          count: 3).count
            }
            return n
        }),
        ("digest", {
            // What a build does per article for summary and figures: words read once, then
            // both stages while they are still in cache.
            var n = 0
            for i in articles.indices {
                let w = ArticleWords(sentences[i])
                let f = FigureExtractor.extract(from: sentences[i], words: w)
                let key = FigureRanker.keyFigures(f, sentences: sentences[i], title: articles[i].title)
                n += key.count
                n += Summarizer.summarize(sentences: sentences[i], words: w, actors: actors[i], figures: key, count: 3).count
            }
            return n
        }),
        ("analyse (whole)", {
            articles.reduce(0) { $0 + analyser.analyse($1).summary.count }
        }),
        ("cmark html", {
            markdown.reduce(0) { $0 + CommonMarkRenderer.html($1).utf8.count }
        })
    ])

    print("gazette-bench: \(articles.count) articles, \(words) words, best of \(runs) runs, one thread")
    print("stage                 words   wall ms       words/s    cpu ms   words/s (cpu)")
    for (stage, wall, cpu, _) in times {
        let label = stage.padding(toLength: 16, withPad: " ", startingAt: 0)
        print(label + String(format: " %9d %9.3f %13.0f %9.3f %13.0f", words, wall * 1000, Double(words) / wall,
                             cpu * 1000, Double(words) / cpu))
    }
    let wall = Dictionary(uniqueKeysWithValues: times.map { ($0.name, $0.wall) })
    let cpu = Dictionary(uniqueKeysWithValues: times.map { ($0.name, $0.cpu) })
    let rounds = Dictionary(uniqueKeysWithValues: times.map { ($0.name, $0.rounds) })
    // The summary lines need their stages: `BENCH_STAGES` may have left them out.
    if let digest = wall["digest"], let cmark = wall["cmark html"], let digestCPU = cpu["digest"], let cmarkCPU = cpu["cmark html"],
       let digestRounds = rounds["digest"], let cmarkRounds = rounds["cmark html"] {
        // Summary and figures as a build runs them (the `digest` stage), against cmark.
        print(String(format: "digest (words+figures+summary)/cmark ratio: %.2f wall, %.2f cpu, %.2f median of rounds (target < 1)",
                     digest / cmark, digestCPU / cmarkCPU, medianRatio([digestRounds], cmarkRounds)))
        // Sentence splitting feeds actors and the body's anchors too, so `digest` leaves it
        // out; this line counts it in, for a reader who charges it all to the digest.
        if let sentenceRounds = rounds["sentences"] {
            print(String(format: "with sentence splitting, (sentences+digest)/cmark: %.2f median of rounds",
                         medianRatio([sentenceRounds, digestRounds], cmarkRounds)))
        }
    }
    if let analyse = wall["analyse (whole)"], let analyseCPU = cpu["analyse (whole)"] {
        print(String(format: "analyse: %.0f words/s per core wall, %.0f cpu (target >= 1,000,000)",
                     Double(words) / analyse, Double(words) / analyseCPU))
    }
}

run()
if sink == 42 { print("") }
