using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// Claims: every statement clause of the article's body (<see cref="ClauseSplitter"/>), with its attribution chain
/// and hedge. Runs after the entity processors: sources are named by the entities the article already names, and after
/// dates, so that a claim knows when the events it reports happened. Quantities are read after it
/// (<see cref="QuantityReader"/>).
/// </summary>
public sealed class ClaimExtractor : IDocumentProcessor
{
    public string Name => "claims";
    public Annotations Requires => Annotations.Clauses | Annotations.Sentences | Annotations.Furniture | Annotations.Mentions | Annotations.Entities | Annotations.Dates;
    public Annotations Produces => Annotations.Claims;

    public void Process(DocumentBuilder document) => new ClaimReader(document, Name).Read();
}
