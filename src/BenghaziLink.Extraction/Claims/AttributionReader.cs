using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// Claims with their attribution: every statement clause of the article's body (<see cref="ClauseSplitter"/>) becomes a
/// claim with its attribution chain, cue and the names it speaks of, read by <see cref="ClaimReader"/>, which keeps the
/// discourse state attribution needs (the sources named so far, the last speaker, the document being quoted, the
/// quotation a sentence is inside): frames, speakers, the split between two speakers, sources resolved to those
/// already named, chains carried across sentences, descriptions stated in passing. Runs after
/// the entity processors (sources are named by the entities the article already names) and after dates. Each claim's
/// events, hedge, content, mood and quantities are read after it by processors of their own. Its name stays "claims": it is the
/// processor every claim records as its producer.
/// </summary>
public sealed class AttributionReader : IDocumentProcessor
{
    public string Name => "claims";
    public Annotations Requires => Annotations.Clauses | Annotations.Sentences | Annotations.Furniture | Annotations.Mentions | Annotations.Entities | Annotations.Dates;
    public Annotations Produces => Annotations.Claims;

    public void Process(DocumentBuilder document) => new ClaimReader(document, Name).Read();
}
