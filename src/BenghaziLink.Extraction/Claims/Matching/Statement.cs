using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Claims.Matching;

/// <summary>
/// What the same-claim decision compares: the words stated (without attribution where the claim knows its content),
/// the names, quantities, events and event date they speak of, and their proposition.
/// </summary>
public sealed record Statement(
    string Text,
    ImmutableArray<string> Entities,
    ImmutableArray<Quantity> Quantities,
    ImmutableArray<string> Events,
    string? EventDate,
    Proposition? Proposition)
{
    /// <summary>A claim as the pipeline read it: its entities are canonical names, so two spellings of one name agree.</summary>
    public static Statement FromClaim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = ClaimContent.Of(claim);
        return new Statement(text, claim.Entities, claim.Quantities, claim.Events, claim.EventDate,
            claim.Proposition ?? PropositionParser.Read(text));
    }

    /// <summary>A bare sentence (a pair of a paraphrase corpus): its names, numbers and proposition are read from its words.</summary>
    public static Statement FromSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Statement(text, [.. Wording.NamesIn(text)], [.. QuantityRecognizer.Find(text, 0, text.Length)], [], null,
            PropositionParser.Read(text));
    }
}
