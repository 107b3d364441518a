using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// The catalog's names by comparison key, for matching runs of tokens against them. A run's key is the
/// concatenation of its tokens' keys, built one token at a time and abandoned as soon as it is no longer
/// the start of any catalog key, so most capitalised words cost one lookup and no allocation.
/// </summary>
internal sealed class CatalogIndex
{
    private const int MaxKeyLength = 128;

    private readonly Dictionary<string, CatalogEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CatalogEntry>.AlternateLookup<ReadOnlySpan<char>> byKeySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixes;

    public CatalogIndex(EntityCatalog catalog)
    {
        var prefixSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in catalog.Entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Canonical))
            {
                var key = NameKey.Of(name);
                if (key.Length == 0 || key.Length > MaxKeyLength) continue;
                byKey.TryAdd(key, entry);
                for (var length = 1; length <= key.Length; length++) prefixSet.Add(key[..length]);
            }
        }
        byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixes = prefixSet.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsEmpty => byKey.Count == 0;

    public CatalogEntry? Find(string name) => byKey.GetValueOrDefault(NameKey.Of(name));

    /// <summary>The longest catalog name made of tokens [first, first + n) with n ≥ 1 and first + n ≤ end; 0 if none.</summary>
    public int LongestMatch(string text, List<Token> tokens, int first, int end, out CatalogEntry? entry)
    {
        entry = null;
        if (IsEmpty || first >= end) return 0;
        Span<char> key = stackalloc char[MaxKeyLength];
        var length = 0;
        var best = 0;
        for (var t = first; t < end; t++)
        {
            var token = tokens[t];
            if (token.IsWord)
            {
                var word = token.Of(text);
                // A leading "the" is not part of a name's key ("the one-eyed").
                if (t == first && word.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
                if (!AppendKey(word, key, ref length)) return best;
            }
            if (length == 0) continue;
            var current = key[..length];
            if (token.IsWord && byKeySpan.TryGetValue(current, out var found))
            {
                entry = found;
                best = t - first + 1;
            }
            if (!prefixes.Contains(current)) break;
        }
        return best;
    }

    public bool StartsMatch(string text, List<Token> tokens, int first, int end) => LongestMatch(text, tokens, first, end, out _) > 0;

    /// <summary>Appends a word's key (letters and digits, lower case, diacritics folded); false when it would not fit.</summary>
    private static bool AppendKey(ReadOnlySpan<char> word, Span<char> key, ref int length)
    {
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            if (c >= 128)
            {
                // Rare in English news: fold through the allocating path.
                foreach (var folded in NameKey.Of(c.ToString()))
                {
                    if (length == key.Length) return false;
                    key[length++] = folded;
                }
                continue;
            }
            if (length == key.Length) return false;
            key[length++] = char.ToLowerInvariant(c);
        }
        return true;
    }
}
