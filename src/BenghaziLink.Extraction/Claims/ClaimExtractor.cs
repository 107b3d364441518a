using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// Claims: every statement of the article's body (a sentence, or a clause of it where "but", a semicolon or
/// ", and that" joins two statements), with its attribution chain, hedge and quantities. Runs after the entity
/// processors: sources are named by the entities the article already names, and after dates, so that a
/// claim knows when the events it reports happened. A statement with several counts ("29 terrorists and
/// 37 civilian hostages were dead") also yields one claim per count, since each figure is a fact of its own.
/// </summary>
public sealed class ClaimExtractor : IDocumentProcessor
{
    public string Name => "claims";
    public Annotations Requires => Annotations.Clauses | Annotations.Sentences | Annotations.Furniture | Annotations.Mentions | Annotations.Entities | Annotations.Dates;
    public Annotations Produces => Annotations.Claims;

    public void Process(DocumentBuilder document) => new ClaimReader(document, Name).Read();
}
