/// A count with its noun in the right number ("1 article", "3 shared articles"), for the text
/// of the charts' titles, summaries and tooltips.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
