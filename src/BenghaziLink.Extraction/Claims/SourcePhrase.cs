using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Claims;

/// <summary>How far a source's words reach in its sentence: the source itself and a relative clause about it.</summary>
internal static partial class SourcePhrase
{
    /// <summary>
    /// "an official with the State Department, which has been at the head of the hunt for loose Libyan weapons for the
    /// U.S., told ABC News …": the clause after the source describes the source, not what it said. <paramref name="text"/>
    /// starts at <paramref name="offset"/> in the article; the span returned is in article offsets.
    /// </summary>
    public static TextSpan WithAside(string text, int offset, TextSpan source)
    {
        var from = source.End - offset;
        if (from < 0 || from >= text.Length) return source;
        var aside = RelativeAside().Match(text, from);
        return aside.Success ? new TextSpan(source.Start, source.End + aside.Length) : source;
    }

    /// <summary>The text without its relative clauses about a name: what ", which is believed to be linked to al-Qaeda," hedges is the name, not the claim.</summary>
    public static string WithoutRelativeClauses(string text) => RelativeClause().Replace(text, " ");

    private const string Relative = @",\s*(?:which|who|whose)\b[^,;]*,";

    [GeneratedRegex(@"\G" + Relative, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAside();

    [GeneratedRegex(Relative, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();
}
