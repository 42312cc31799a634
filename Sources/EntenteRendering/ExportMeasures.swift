import EntenteGraph

/// The numbers every export gives a tie. Graph tools (Gephi, NetworkX's shortest paths,
/// igraph's layouts, pyvis line widths) expect a positive `weight`, so the sign of a tie
/// travels in its own attributes rather than in the weight.
extension DiagramTie {
    /// How strong the tie is, always above zero: the size of the Goldstein sum, or, for ties
    /// whose kinds carry no Goldstein weight (affiliation), the number of sentences behind it.
    var strength: Double {
        let size = (abs(tie.netWeight) * 100).rounded() / 100
        return size > 0 ? size : Double(max(1, evidenceCount))
    }

    /// +1 for cooperation, -1 for conflict, 0 for affiliation.
    var sign: Int {
        switch polarity {
        case .cooperation: return 1
        case .conflict: return -1
        default: return 0
        }
    }

    /// The signed sum of Goldstein weights, two decimals, as the weight once was.
    var goldstein: Double {
        let rounded = (tie.netWeight * 100).rounded() / 100
        return rounded == 0 ? 0 : rounded
    }

    /// The distinct CAMEO event codes of the claims behind the tie, in code order; kinds
    /// outside CAMEO (affiliation, written `--`) give none.
    func eventCodes(in graph: KnowledgeGraph) -> [String] {
        Set(tie.relations.map { graph.relations[Int($0)].eventCode }).filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }.sorted()
    }
}
