namespace BenghaziLink.Extraction.Pipeline;

/// <summary>
/// What the caller knows about a text besides the text itself. The pipeline never reads the clock:
/// relative expressions resolve against <see cref="ReferenceDate"/> when one is given.
/// </summary>
public sealed record ExtractionContext(string SourceName, PartialDate? ReferenceDate = null)
{
    public static ExtractionContext For(string sourceName) => new(sourceName);
}
