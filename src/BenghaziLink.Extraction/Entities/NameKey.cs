using System.Globalization;
using System.Text;

namespace BenghaziLink.Extraction.Entities;

/// <summary>
/// The comparison form of a name: case-folded, diacritics removed, a leading "the" and a possessive
/// dropped, periods, hyphens and spaces folded away. "The U.S.", "US" and "u.s." share the key "us";
/// "Al-Qaeda" and "al Qaeda" share "alqaeda".
/// </summary>
public static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.Length > 4 && name[..4].Equals("the ", StringComparison.OrdinalIgnoreCase)) name = name[4..];
        if (name.Length > 2 && name[^1] is 's' or 'S' && name[^2] is '\'' or '’') name = name[..^2];
        else if (name.Length > 1 && name[^1] is '\'' or '’') name = name[..^1];
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (c < 128) builder.Append(char.ToLowerInvariant(c));
                else AppendFolded(builder, c);
            }
        }
        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(d));
        }
    }

    /// <summary>Damerau–Levenshtein distance capped at <paramref name="max"/> + 1 (optimal string alignment).</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        // Three rows on the stack for a name (the resolver compares each new name with up to hundreds of others).
        var n = b.Length + 1;
        var rows = n <= 128 ? stackalloc int[3 * n] : new int[3 * n];
        var previous2 = rows[..n];
        var previous = rows.Slice(n, n);
        var current = rows.Slice(2 * n, n);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
