using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Entities;

public enum EntityType { Person, Group, Place }

/// <summary>Sub-types: groups are militant, government, media, company or other; places country, city, region, facility or other.</summary>
public enum EntityKind
{
    Militant,
    Government,
    Media,
    Company,
    OtherGroup,
    Country,
    City,
    Region,
    Facility,
    OtherPlace,
}

/// <summary>
/// A name in the text: its exact span and surface, the type it was given, and why (the cue: a title,
/// a suffix, a gazetteer entry, the catalog…). <see cref="KnownAs"/> is the standard name when a
/// gazetteer knows the place ("U.S." → "United States", "WASHINGTON" → "Washington, D.C.").
/// </summary>
public sealed record Mention(TextSpan Span, string Surface, EntityType Type, EntityKind? Kind, string Cue, string Processor, string? KnownAs = null);

/// <summary>Why two names were taken for one entity ("surname of Hillary Clinton", "acronym defined in text").</summary>
public sealed record MergeEvidence(string Alias, string Reason);

/// <summary>One real-world entity of an article: its canonical name and every mention of it.</summary>
public sealed record DocumentEntity(
    string Canonical,
    EntityType Type,
    EntityKind? Kind,
    ImmutableArray<Mention> Mentions,
    ImmutableArray<MergeEvidence> Evidence,
    string Processor);

public static class EntityKinds
{
    /// <summary>The kind's name as the gold files and the JSON output write it ("militant", "other").</summary>
    public static string? Name(EntityKind? kind) => kind switch
    {
        null => null,
        EntityKind.OtherGroup or EntityKind.OtherPlace => "other",
        _ => kind.Value.ToString().ToLowerInvariant(),
    };

    public static EntityKind? Parse(EntityType type, string? name) => (type, name?.ToLowerInvariant()) switch
    {
        (_, null or "") => null,
        (EntityType.Group, "other") => EntityKind.OtherGroup,
        (EntityType.Place, "other") => EntityKind.OtherPlace,
        (_, var n) => Enum.TryParse<EntityKind>(n, ignoreCase: true, out var kind) ? kind : null,
    };

    public static EntityType TypeOf(EntityKind kind) =>
        kind is EntityKind.Country or EntityKind.City or EntityKind.Region or EntityKind.Facility or EntityKind.OtherPlace
            ? EntityType.Place
            : EntityType.Group;
}
