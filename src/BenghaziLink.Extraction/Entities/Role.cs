namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// What the text says a named person or group is ("Pentagon spokesman" George Little; Mokhtar Belmokhtar,
/// "leader of Al Murabitoon"): the mention described, the description's half-open span and exact surface,
/// the pattern that found it (<see cref="RoleCues"/>) and the processor.
/// </summary>
public sealed record Role(Mention Mention, TextSpan Span, string Surface, string Cue, string Processor);

/// <summary>The patterns a role is read from, as recorded on each <see cref="Role"/>.</summary>
public static class RoleCues
{
    /// <summary>A title or role noun right before a person's name: "Pentagon spokesman George Little".</summary>
    public const string TitleBefore = "title before";

    /// <summary>A descriptive noun right before a group's name: "the Mauritanian news agency ANI".</summary>
    public const string NounBefore = "noun before";

    /// <summary>A description set off by a comma before the name: "the group's spokesman, Abu Ahmed, said".</summary>
    public const string AppositiveBefore = "appositive before";

    /// <summary>A noun phrase set off by a comma after the name: "Mokhtar Belmokhtar, leader of Al Murabitoon,".</summary>
    public const string Appositive = "appositive";

    /// <summary>A relative clause after the name: "X, who heads the brigade,", "X, who is the group's spokesman".</summary>
    public const string RelativeClause = "relative clause";

    /// <summary>The name as the subject of "is", "was", "has been", "became": "X is the leader of Y".</summary>
    public const string Copula = "copula";
}
