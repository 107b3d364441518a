using System.Globalization;
using System.Text;

namespace BenghaziLink.Web.Ingestion;

/// <summary>Readable, stable URL names: "Algeria Hostage Crisis: The Libya Connection" → "algeria-hostage-crisis-the-libya-connection".</summary>
public static class Slugs
{
    private const int MaxLength = 80;

    public static string From(string text, string fallback)
    {
        var slug = Make(text);
        return slug.Length > 0 ? slug : Make(fallback) is { Length: > 0 } f ? f : "article";
    }

    public static string Make(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’') continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length <= MaxLength) return slug;
        var cut = slug.LastIndexOf('-', MaxLength);
        return slug[..(cut > 20 ? cut : MaxLength)];
    }
}
