using BenghaziLink.Extraction.Gazetteer;
using BenghaziLink.Extraction.Text;

namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// The recogniser's view of the place gazetteer: is this name a country, city or region, and is this
/// word a nationality adjective? Kept behind one seam so the recogniser does not depend on how the
/// gazetteer stores its data. City names that are also common words or first names are held back by
/// the gazetteer and never match here.
/// </summary>
internal static class Places
{
    /// <summary>The longest gazetteer place starting at token <paramref name="first"/>, as a token count (0: none).</summary>
    public static int LongestPlace(string text, List<Token> tokens, int first, int end, out string canonical, out EntityKind kind)
    {
        canonical = "";
        kind = EntityKind.OtherPlace;
        if (first >= end || !tokens[first].IsWord) return 0;
        var start = tokens[first].Start;
        var span = text.AsSpan(start, tokens[end - 1].End - start);
        var length = PlaceGazetteer.Default.MatchLongest(span, 0, out var entry);
        if (length == 0 || entry is null) return 0;
        // The match must end where a token ends: "New York" inside "New York Times" is for the caller to judge.
        for (var n = 1; first + n - 1 < end; n++)
        {
            var tokenEnd = tokens[first + n - 1].End - start;
            if (tokenEnd == length)
            {
                canonical = entry.Canonical;
                kind = entry.Kind;
                return n;
            }
            if (tokenEnd > length) break;
        }
        return 0;
    }

    public static bool IsPlace(ReadOnlySpan<char> name, out string canonical, out EntityKind kind)
    {
        if (PlaceGazetteer.Default.TryLookup(name, out var entry))
        {
            canonical = entry.Canonical;
            kind = entry.Kind;
            return true;
        }
        canonical = "";
        kind = EntityKind.OtherPlace;
        return false;
    }

    /// <summary>"Algerian" → Algeria; "Americans" → United States.</summary>
    public static bool IsDemonym(ReadOnlySpan<char> word, out string country)
    {
        if (DemonymLookup.Default.TryLookup(word, out var entry))
        {
            country = entry.Country.Canonical;
            return true;
        }
        country = "";
        return false;
    }
}
