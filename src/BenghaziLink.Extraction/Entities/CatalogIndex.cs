using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities;

/// <summary>The catalog's names by comparison key, for matching runs of tokens against them.</summary>
internal sealed class CatalogIndex
{
    private readonly Dictionary<string, CatalogEntry> byKey = new(StringComparer.Ordinal);
    private readonly int maxTokens;

    public CatalogIndex(EntityCatalog catalog)
    {
        foreach (var entry in catalog.Entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Canonical))
            {
                var key = NameKey.Of(name);
                if (key.Length == 0) continue;
                byKey.TryAdd(key, entry);
                maxTokens = Math.Max(maxTokens, name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Length + 1);
            }
        }
    }

    public bool IsEmpty => byKey.Count == 0;

    public CatalogEntry? Find(string name) => byKey.GetValueOrDefault(NameKey.Of(name));

    /// <summary>The longest catalog name made of tokens [first, first + n) with n ≥ 1 and first + n ≤ end; 0 if none.</summary>
    public int LongestMatch(string text, List<Token> tokens, int first, int end, out CatalogEntry? entry)
    {
        entry = null;
        if (IsEmpty) return 0;
        for (var n = Math.Min(maxTokens, end - first); n >= 1; n--)
        {
            var last = first + n - 1;
            if (!tokens[last].IsWord) continue;
            var key = NameKey.Of(text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start));
            if (byKey.TryGetValue(key, out entry)) return n;
        }
        return 0;
    }

    public bool StartsMatch(string text, List<Token> tokens, int first, int end) => LongestMatch(text, tokens, first, end, out _) > 0;
}
