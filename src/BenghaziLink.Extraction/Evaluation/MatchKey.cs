using System.Globalization;
using System.Text;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>
/// The form in which names are compared when scoring: "the Telegraph" and "Telegraph", "Al-Qaeda" and
/// "al Qaeda", "Gaddafi’s" and "Gaddafi", "U.S." and "US" each give one key. Only differences of writing
/// are folded; spelling variants (Gaddafi, Qaddafi) stay apart, since telling them apart is the pipeline's job.
/// </summary>
public static class MatchKey
{
    /// <summary>
    /// Case-folded, diacritics removed, a leading "the" and a possessive ending dropped, periods removed,
    /// hyphens, dashes and white space (no-break spaces too) removed.
    /// </summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c is '’' or 'ʼ' ? '\'' : char.ToLowerInvariant(c));
        }
        var words = Words(folded.ToString());
        // "The" is dropped only before a name: on its own it is the name.
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        if (words.Count > 0) words[^1] = WithoutPossessive(words[^1]);
        return string.Concat(words.Select(w => w.Replace(".", "", StringComparison.Ordinal)));
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsSeparator(text[i])) continue;
            if (i > start) words.Add(text[start..i]);
            start = i + 1;
        }
        return words;
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;

    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2 ? word[..^2]
        : word.EndsWith('\'') && word.Length > 1 ? word[..^1]
        : word;
}
