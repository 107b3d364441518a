namespace BenghaziLink.Extraction.Entities;

/// <summary>An entity already in the corpus, as the linker needs it.</summary>
public sealed record CorpusEntity(int Id, string Canonical, EntityType Type, IReadOnlySet<string> AliasKeys);

/// <summary>The corpus entity a document entity was linked to (null: a new entity) and why.</summary>
public sealed record CorpusLink(int? EntityId, string Reason);

/// <summary>
/// Links an article's entities to the corpus's: the same type and a shared name (a full name, not a bare
/// surname that two people can share), or a spelling variant of the canonical name. An entity known to
/// the catalog links by its catalog name. Pure: the host supplies the corpus entities.
/// </summary>
public static class CorpusLinker
{
    public static CorpusLink Link(DocumentEntity entity, IReadOnlyList<CorpusEntity> corpus)
    {
        var canonicalKey = NameKey.Of(entity.Canonical);
        var sameType = corpus.Where(c => c.Type == entity.Type).ToList();

        if (entity.Type == EntityType.Person && Words(entity.Canonical).Length == 1)
        {
            // A name of one word ("Clinton") links only when exactly one person in the corpus carries it, as a
            // name, an alias or a surname: two Clintons stay apart.
            var carriers = sameType.Where(c => NameKey.Of(c.Canonical) == canonicalKey || c.AliasKeys.Contains(canonicalKey)
                || (Words(c.Canonical) is { Length: > 1 } full && NameKey.Of(full[^1]) == canonicalKey)).ToList();
            if (carriers.Count > 1) return new(null, $"“{entity.Canonical}” is the name of several people");
            if (carriers is [var carrier])
            {
                var reason = NameKey.Of(carrier.Canonical) == canonicalKey ? $"same name as “{carrier.Canonical}” in other articles"
                    : Words(carrier.Canonical) is { Length: > 1 } full && NameKey.Of(full[^1]) == canonicalKey ? $"surname of “{carrier.Canonical}”"
                    : $"a name of “{carrier.Canonical}” and of no one else";
                return new(carrier.Id, reason);
            }
        }

        var byCanonical = sameType.FirstOrDefault(c => NameKey.Of(c.Canonical) == canonicalKey || c.AliasKeys.Contains(canonicalKey));
        if (byCanonical is not null) return new(byCanonical.Id, $"same name as “{byCanonical.Canonical}” in other articles");

        foreach (var key in LinkingKeys(entity))
        {
            var shared = sameType.FirstOrDefault(c => c.AliasKeys.Contains(key));
            if (shared is not null) return new(shared.Id, $"shares the name “{Surface(entity, key)}” with “{shared.Canonical}”");
        }

        if (canonicalKey.Length >= 6)
        {
            var max = canonicalKey.Length >= 12 ? 2 : 1;
            var close = sameType.FirstOrDefault(c => NameKey.Distance(NameKey.Of(c.Canonical), canonicalKey, max) <= max);
            if (close is not null) return new(close.Id, $"spelling variant of “{close.Canonical}”");
        }

        if (entity.Type == EntityType.Person)
        {
            var words = Words(entity.Canonical);
            if (words.Length > 1)
            {
                var first = NameKey.Of(words[0]);
                var last = NameKey.Of(words[^1]);
                var variant = sameType.FirstOrDefault(c => Words(c.Canonical) is { Length: > 1 } other
                    && NameKey.Distance(NameKey.Of(other[^1]), last, 1) <= 1 && NameKey.Distance(NameKey.Of(other[0]), first, 2) <= 2);
                if (variant is not null) return new(variant.Id, $"transliteration of “{variant.Canonical}”");
            }
        }
        return new(null, "new entity");
    }

    /// <summary>
    /// Names safe to link on: for people only multi-word names (two people can share a surname); for
    /// groups and places every name (acronyms included).
    /// </summary>
    public static IEnumerable<string> LinkingKeys(DocumentEntity entity) => entity.Mentions
        .Where(m => entity.Type != EntityType.Person || Words(m.Surface).Length > 1)
        .Select(m => NameKey.Of(m.Surface))
        .Where(k => k.Length > 0)
        .Distinct(StringComparer.Ordinal);

    private static string Surface(DocumentEntity entity, string key) =>
        entity.Mentions.FirstOrDefault(m => NameKey.Of(m.Surface) == key)?.Surface ?? key;

    private static string[] Words(string name) => name.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
}
