using System.Collections.Immutable;

namespace BenghaziLink.Extraction.Entities;

/// <summary>An investigator's entry for a central actor: canonical name, kind, known aliases and a short description.</summary>
public sealed record CatalogEntry(
    string Canonical,
    EntityType Type,
    EntityKind? Kind,
    ImmutableArray<string> Aliases,
    string? Description = null);

/// <summary>
/// The catalog of known entities (user-editable, loaded by the host from <c>seeds/catalog.json</c>). It
/// sharpens recognition and alias resolution; the pipeline must still find and resolve names without it.
/// </summary>
public sealed class EntityCatalog
{
    public static EntityCatalog Empty { get; } = new([]);

    public EntityCatalog(IEnumerable<CatalogEntry> entries) => Entries = [.. entries];

    public ImmutableArray<CatalogEntry> Entries { get; }

    public bool IsEmpty => Entries.IsEmpty;
}
