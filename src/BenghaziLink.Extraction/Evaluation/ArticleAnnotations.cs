using System.Collections.Immutable;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>
/// What one article names and dates, in the form the gold files use and the <c>extract</c> verb prints:
/// entities with the distinct surface forms of their mentions, and date expressions with their values.
/// Gold annotations and pipeline output share this form, so one reader reads both and one scorer compares them.
/// </summary>
public sealed record ArticleAnnotations(
    string Article,
    string? Published,
    ImmutableArray<EntityAnnotation> Entities,
    ImmutableArray<DateAnnotation> Dates)
{
    /// <summary>The article's claims, in text order (an init property: most callers deal in entities and dates alone).</summary>
    public ImmutableArray<ClaimAnnotation> Claims { get; init; } = [];

    /// <summary>
    /// The pipeline's output for a document, as the gold files write it: entities in the order they are first
    /// mentioned, each surface form once; each distinct date expression and value once, in text order.
    /// <see cref="Published"/> is the reference date the caller gave, else the date the text states.
    /// </summary>
    public static ArticleAnnotations Of(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var published = document.Context.ReferenceDate ?? document.PublishedDate?.Value;
        var entities = document.Entities
            .Where(e => !e.Mentions.IsEmpty)
            .OrderBy(e => e.Mentions.Min(m => m.Span.Start))
            .Select(e => new EntityAnnotation(e.Type, e.Kind, e.Canonical,
                [.. e.Mentions.OrderBy(m => m.Span.Start).Select(m => m.Surface).Distinct(StringComparer.Ordinal)],
                [.. document.Roles.Where(r => e.Mentions.Contains(r.Mention)).Select(r => new RoleAnnotation(r.Surface, r.Mention.Surface, r.Cue)).Distinct()]));
        var dates = document.Dates
            .OrderBy(d => d.Span.Start)
            .Select(d => new DateAnnotation(d.Surface, d.Value, d.Relative))
            .DistinctBy(d => (d.Text, d.Value));
        var claims = document.Claims.Select(ClaimAnnotation.Of);
        return new(document.Context.SourceName, published?.ToIso(), [.. entities], [.. dates]) { Claims = [.. claims] };
    }
}

/// <summary>
/// One real-world entity of an article: its canonical name, each distinct surface form it is mentioned by and, in
/// the pipeline's output only (gold files have none), each distinct role the text gives it.
/// </summary>
public sealed record EntityAnnotation(EntityType Type, EntityKind? Kind, string Canonical, ImmutableArray<string> Mentions, ImmutableArray<RoleAnnotation> Roles = default)
{
    /// <summary>Every name the entity goes by here: the canonical name and the mentions.</summary>
    public IEnumerable<string> Names => Mentions.Prepend(Canonical);
}

/// <summary>A role as written ("Pentagon spokesman"), the mention it describes ("George Little") and the pattern that found it.</summary>
public sealed record RoleAnnotation(string Text, string Of, string Cue);

/// <summary>A date expression as written and its ISO value (null when it cannot be resolved).</summary>
public sealed record DateAnnotation(string Text, string? Value, bool Relative = false);

/// <summary>
/// A claim as the gold files and the <c>extract</c> verb write it: the quote, the attribution chain outermost
/// first, and (in output) the hedge and the quantities. <see cref="Span"/> is where a predicted claim stands in
/// its article; gold claims are placed by finding their quote. <see cref="Id"/> names gold claims.
/// </summary>
public sealed record ClaimAnnotation(string? Id, string Quote, ImmutableArray<string> Chain, string? Hedge, ImmutableArray<QuantityAnnotation> Quantities, TextSpan? Span = null)
{
    /// <summary>A gold claim's neutral paraphrase ("text"): which of several claims on one quote it means.</summary>
    public string? Paraphrase { get; init; }

    public static ClaimAnnotation Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new(null, claim.Surface, [.. claim.Chain.Select(s => s.Name)], HedgeName(claim.Hedge),
            [.. claim.Quantities.Select(q => new QuantityAnnotation(q.Value, q.Counts, q.Qualifier, q.Outcome, q.Surface))], claim.Span);
    }

    public static string HedgeName(Hedge hedge) => hedge.ToString().ToLowerInvariant();
}

/// <summary>A number and what it counts: 38 hostages, "at least", killed; <see cref="Text"/> as written.</summary>
public sealed record QuantityAnnotation(decimal Value, string Counts, string? Qualifier, string? Outcome, string Text);
