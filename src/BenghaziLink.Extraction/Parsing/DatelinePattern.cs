using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// The dateline that opens a news story, in the forms agencies and broadcasters use:
/// <c>TEL AVIV – </c>, <c>(WASHINGTON) -- </c>, <c>BAMAKO, Mali (Reuters) - </c>, <c>WASHINGTON (AP) — </c>,
/// <c>PARIS, Nov 20 (Reuters) - </c>, <c>Tripoli, Libya (CNN) -- </c>. Shared by the dateline recognizer
/// (the place), the outlet recognizer (the agency tag) and the headline recognizer (a dateline paragraph is
/// body text, not a headline).
/// </summary>
internal static partial class DatelinePattern
{
    /// <summary>
    /// Spans are relative to the string that was matched. <see cref="Place"/> is null for a bare agency
    /// tag such as CNN's <c>(CNN) -- </c>, which names the outlet but no place.
    /// </summary>
    public readonly record struct Match(TextSpan? Place, TextSpan? Agency);

    public static Match? Find(string text)
    {
        var parenthesised = Parenthesised().Match(text);
        if (parenthesised.Success)
        {
            var inside = parenthesised.Groups["inside"];
            if (OutletNames.IsKnownAgency(inside.Value)) return new Match(null, SpanOf(inside));
            var place = CapitalPlaceOnly().Match(inside.Value);
            if (place.Success && !IsKicker(place.Groups["place"].Value))
            {
                return new Match(new TextSpan(inside.Index, inside.Index + place.Groups["place"].Length), null);
            }
            return null;
        }

        var capitals = CapitalPlace().Match(text);
        if (capitals.Success && !IsKicker(capitals.Groups["place"].Value) && !IsApposition(text, capitals))
        {
            return new Match(SpanOf(capitals.Groups["place"]), AgencyOf(capitals));
        }

        // A place in ordinary capitalisation ("Tripoli, Libya (CNN) --") is only a dateline with a known
        // agency tag: otherwise "Belmokhtar (MBM) – who…" would read as one.
        var titled = TitlePlaceWithAgency().Match(text);
        if (titled.Success && OutletNames.IsKnownAgency(titled.Groups["agency"].Value))
        {
            return new Match(SpanOf(titled.Groups["place"]), SpanOf(titled.Groups["agency"]));
        }
        return null;
    }

    public static bool StartsWithDateline(string text) => Find(text) is not null;

    private static TextSpan? AgencyOf(System.Text.RegularExpressions.Match match) =>
        match.Groups["agency"].Success ? SpanOf(match.Groups["agency"]) : null;

    private static TextSpan SpanOf(Group group) => new(group.Index, group.Index + group.Length);

    // All-capital words that open a paragraph the way a place does but are labels, not places.
    private static bool IsKicker(string place) => Kicker().IsMatch(place);

    /// <summary>
    /// "AQIM – al Qaeda's North African branch – claimed…": a dash pair around an aside after an acronym
    /// is not a dateline. A dateline dash is never closed by a second one in the same sentence.
    /// </summary>
    private static bool IsApposition(string text, System.Text.RegularExpressions.Match match)
    {
        if (match.Groups["agency"].Success || match.Groups["region"].Success) return false;
        var dash = match.Groups["dash"].Value.Trim();
        var rest = text[(match.Index + match.Length)..];
        var sentenceEnd = rest.IndexOfAny(['.', '!', '?']);
        var sentence = sentenceEnd < 0 ? rest : rest[..sentenceEnd];
        return dash.Length > 0 && sentence.Contains(dash, StringComparison.Ordinal);
    }

    private const string CapitalWord = @"\p{Lu}[\p{Lu}\p{M}'’.\-]*";
    private const string Region = @"[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*(?:\s+[\p{Lu}\d][\p{L}\p{M}\d'’.\-]*){0,3}";
    private const string TitleWord = @"\p{Lu}[\p{L}\p{M}'’.\-]*";

    [GeneratedRegex(@"^\((?<inside>[^()\n]{1,40})\)\s*(?:--|[–—]|-)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?<place>" + CapitalWord + @"(?:\s+" + CapitalWord + @"){0,3})(?:,\s*" + Region + @")?$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalPlaceOnly();

    [GeneratedRegex(
        @"^(?<place>" + CapitalWord + @"(?:\s+" + CapitalWord + @"){0,3})(?<region>(?:,\s*" + Region + @"){1,2})?" +
        @"(?:\s*\((?<agency>\p{L}[^()\n]{0,40})\))?" +
        @"(?<dash>\s*(?:--|[–—])\s*|\s+-\s+|(?<=\))\s*-\s+)(?=\S|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CapitalPlace();

    [GeneratedRegex(
        @"^(?<place>" + TitleWord + @"(?:\s+" + TitleWord + @"){0,3})(?:,\s*" + Region + @"){0,2}\s*\((?<agency>[^()\n]{1,40})\)\s*(?:--|[–—]|-)\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex TitlePlaceWithAgency();

    [GeneratedRegex(@"^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|EXCLUSIVE|WATCH|VIDEO|PHOTOS|ANALYSIS|OPINION|EDITORIAL|COMMENT|NOTE|CORRECTION|EDITOR'S NOTE|EDITOR’S NOTE|LIVE|REVIEW|INTERVIEW|FACT CHECK|URGENT|FLASH)$", RegexOptions.CultureInvariant)]
    private static partial Regex Kicker();
}
