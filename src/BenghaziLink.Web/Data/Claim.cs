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
    /// <summary>What kind of utterance the claim is (<see cref="Claim.Mood"/>), stored by name: only a statement corroborates.</summary>
    public ClaimMood Mood { get; set; } = ClaimMood.Statement;
    /// <summary>The words stated, without attribution and hedge (<see cref="Claim.Content"/>); null when they are the whole span.</summary>
    public int? ContentStart { get; set; }
    public int? ContentEnd { get; set; }
    /// <summary>The proposition read from the content (<see cref="Claim.Proposition"/>); null predicate = none was read.</summary>
    public string? PropositionSubject { get; set; }
    public string? PropositionPredicate { get; set; }
    public string? PropositionObject { get; set; }
    public bool PropositionNegated { get; set; }
    /// <summary>
    /// The key of the content's meaning vector in <see cref="ClaimMeaning"/> (<see cref="ClaimMeaning.KeyOf"/>); null
    /// until the background meaning service has read the claim (claims stored before this column).
    /// </summary>
    public string? MeaningKey { get; set; }
    /// <summary>The names the claim speaks of (<see cref="Claim.Entities"/>), in order: a JSON array of text.</summary>
    public List<string> Entities { get; set; } = [];
    /// <summary>The attacks the claim speaks of, by country (<see cref="Claim.Events"/>): a JSON array of text.</summary>
    public List<string> Events { get; set; } = [];
    /// <summary>Where the claim names its entities (<see cref="Claim.Mentions"/>), in text order.</summary>
    public List<ClaimMentionRow> Mentions { get; set; } = [];
    public required string Processor { get; set; }
    public List<ClaimSourceLink> Chain { get; set; } = [];
    public List<ClaimQuantity> Quantities { get; set; } = [];
}

/// <summary>
/// A name a claim speaks of (an entity's canonical name) and the words that name it (<see cref="ClaimMention"/>);
/// <see cref="Position"/> keeps the claim's order. Indexed by name: an entity's profile finds what is said of it.
/// </summary>
public sealed class ClaimMentionRow
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}

/// <summary>
/// The meaning vector of a claim's content (384 float32, little-endian, in <see cref="Vector"/>), computed once per
/// distinct content by the background meaning service and shared by every claim with the same <see cref="Key"/>.
/// </summary>
public sealed class ClaimMeaning
{
    /// <summary>SHA-256 (hex) of the content's <c>MeaningKey.Of</c> text: short enough for any index, whatever the claim's length.</summary>
    public required string Key { get; set; }
    /// <summary>The encoder that made the vector: vectors of another model are not compared with these.</summary>
    public required string Model { get; set; }
    public required byte[] Vector { get; set; }

    public static string KeyOf(string meaningKey) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(meaningKey)));

    public static byte[] ToBytes(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }
        return bytes;
    }

    public static float[] ToVector(byte[] bytes)
    {
        var vector = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }
        return vector;
    }
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
    /// <summary>The claim in short form, subject – predicate – object/value (<c>ClaimGroup.Summary</c>).</summary>
    public string? Summary { get; set; }
    /// <summary>Each independent origin in words and why it is one (<c>ClaimGroup.OriginDetails</c>); <see cref="ClaimGroupMember.Origin"/> indexes it.</summary>
    public List<ClaimGroupOrigin> Origins { get; set; } = [];
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

/// <summary>One independent origin of a group: its label in words and why it is one origin (<c>GroupOrigin</c>).</summary>
public sealed class ClaimGroupOrigin
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public int Origin { get; set; }
    public required string Label { get; set; }
    public required string Basis { get; set; }
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
