using BenghaziLink.Extraction.Claims;

namespace BenghaziLink.Web.Data;

/// <summary>
/// A factual statement of an article (<see cref="Claim"/>): its span and quote, how firmly it is put, the
/// words that attribute it and the date of the events it reports. <see cref="Ordinal"/> is its place among the
/// article's claims, in text order.
/// </summary>
public sealed class ArticleClaim
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Ordinal { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
    public Hedge Hedge { get; set; }
    public string? Cue { get; set; }
    public int? CueStart { get; set; }
    public int? CueEnd { get; set; }
    public string? EventDate { get; set; }
    /// <summary>The names the claim speaks of (<see cref="Claim.Entities"/>), one per line: the grouper compares them.</summary>
    public string Entities { get; set; } = "";
    /// <summary>The attacks the claim speaks of, by country (<see cref="Claim.Events"/>), one per line.</summary>
    public string Events { get; set; } = "";
    /// <summary>Where the claim names its entities (<see cref="Claim.Mentions"/>), one per line: "start end name".</summary>
    public string Mentions { get; set; } = "";
    public required string Processor { get; set; }
    public List<ClaimSourceLink> Chain { get; set; } = [];
    public List<ClaimQuantity> Quantities { get; set; } = [];
}

/// <summary>One link of a claim's attribution chain, outermost (<see cref="Position"/> 0) to innermost.</summary>
public sealed class ClaimSourceLink
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public SourceClass Class { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
}

/// <summary>A number a claim states, what it counts and its qualifier ("at least 38 hostages" killed).</summary>
public sealed class ClaimQuantity
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public decimal Value { get; set; }
    public required string Counts { get; set; }
    public string? Qualifier { get; set; }
    public string? Outcome { get; set; }
    public bool Part { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
}

/// <summary>
/// Claims of different articles that state one fact (<see cref="Extraction.Claims.ClaimGroup"/>), rebuilt over the
/// whole corpus whenever an article is stored. Its id comes from its first member's claim id
/// (<see cref="Ingestion.ClaimLinker.GroupId"/>), so a group keeps its address while its articles stay.
/// </summary>
public sealed class ClaimGroupRow
{
    public int Id { get; set; }
    public GroupStatus Status { get; set; }
    /// <summary>What a figure group counts ("killed hostages"); null for a statement group.</summary>
    public string? Quantity { get; set; }
    /// <summary>What a statement group is about, in words ("attack in Libya and attack in Algeria: link").</summary>
    public string? Topic { get; set; }
    public int ArticleCount { get; set; }
    public int OriginCount { get; set; }
    public List<ClaimGroupMember> Members { get; set; } = [];
    /// <summary>For a group disputed by framing, how its members frame it (<see cref="Extraction.Claims.ClaimGroup.Framings"/>).</summary>
    public List<ClaimGroupFraming> Framings { get; set; } = [];
}

/// <summary>
/// How a member of a disputed group frames the fact: the dimension and pole ("allegiance", "independent") and the
/// words that say so, with their half-open span in the article (<see cref="Extraction.Claims.GroupFraming"/>).
/// </summary>
public sealed class ClaimGroupFraming
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public int ClaimId { get; set; }
    public required string Dimension { get; set; }
    public required string Pole { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
}

/// <summary>A claim of a group, the independent origin it goes back to, whether it echoes an earlier article, and its value in a figure group.</summary>
public sealed class ClaimGroupMember
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public int ClaimId { get; set; }
    public int Origin { get; set; }
    public bool Echo { get; set; }
    public decimal? Value { get; set; }
    public string? Counts { get; set; }
    public string? Qualifier { get; set; }
}
