using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Web.Data;

/// <summary>A canonical entity of the whole corpus: the names of one person, group or place across articles.</summary>
public sealed class Entity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Canonical { get; set; }
    public EntityType Type { get; set; }
    public EntityKind? Kind { get; set; }
    /// <summary>From the catalog, when the entity is one of its central actors.</summary>
    public string? Description { get; set; }
    public List<EntityAlias> Aliases { get; set; } = [];
}

/// <summary>A name the corpus uses for an entity, with its comparison key (see <see cref="NameKey"/>).</summary>
public sealed class EntityAlias
{
    public int Id { get; set; }
    public int EntityId { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
}

/// <summary>Why a name was taken for an entity in one article ("surname of Hillary Clinton").</summary>
public sealed class EntityEvidence
{
    public int Id { get; set; }
    public int EntityId { get; set; }
    public int ArticleId { get; set; }
    public required string Alias { get; set; }
    public required string Reason { get; set; }
}

/// <summary>A name in an article: exact span and surface, type, cue and processor, and the entity it names.</summary>
public sealed class ArticleMention
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int EntityId { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
    public EntityType Type { get; set; }
    public EntityKind? Kind { get; set; }
    public required string Cue { get; set; }
    public required string Processor { get; set; }
}

/// <summary>
/// What an article says an entity is ("Pentagon spokesman", "leader of Al Murabitoon"): the role's half-open span
/// and exact surface, the mention it describes (whose entity it belongs to), the pattern that found it and the processor.
/// </summary>
public sealed class ArticleRole
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int EntityId { get; set; }
    public int MentionStart { get; set; }
    public int MentionEnd { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
    public required string Cue { get; set; }
    public required string Processor { get; set; }
}

/// <summary>A date expression in an article with its normalised value and what it was resolved against.</summary>
public sealed class ArticleDate
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Surface { get; set; }
    public string? Value { get; set; }
    public DateGranularity Granularity { get; set; }
    public bool Relative { get; set; }
    public string? Anchor { get; set; }
    public required string Processor { get; set; }
}

/// <summary>A sentence of an article, so pages can quote the sentence behind every fact.</summary>
public sealed class ArticleSentence
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Ordinal { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}
