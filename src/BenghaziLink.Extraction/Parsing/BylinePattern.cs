using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Parsing;

/// <summary>
/// A byline line: <c>By John Smith</c>, <c>By John Smith and Jane Doe</c>, <c>By JOHN SMITH, Reuters</c>,
/// <c>John Smith | ABC News</c>, <c>By The Associated Press</c>, <c>Jason Burke Africa correspondent</c>. Shared by the byline recognizer, the outlet
/// recognizer (the affiliation) and the headline recognizer (a byline is never a headline or standfirst).
/// </summary>
internal static partial class BylinePattern
{
    /// <summary>
    /// Spans are relative to the parsed string. <see cref="Names"/> covers the people (or the agency, for
    /// an agency byline); <see cref="Affiliation"/> the outlet the byline names, when it names one.
    /// </summary>
    public readonly record struct Match(TextSpan Names, TextSpan? Affiliation);

    public static bool IsByline(string text) => Parse(text) is not null;

    public static Match? Parse(string text)
    {
        if (TextShape.Words(text) > 20 || text.Contains('\n', StringComparison.Ordinal)) return null;

        var by = WithBy().Match(text);
        if (by.Success)
        {
            // "By Reuters", "By The Associated Press": the agency is the byline and the outlet.
            var agency = by.Groups["agency"];
            if (agency.Success) return new Match(SpanOf(agency), SpanOf(agency));
            return FromNames(text, by.Groups["names"], by.Groups["tail"], requireOutletTail: false);
        }

        var piped = WithPipe().Match(text);
        if (piped.Success) return FromNames(text, piped.Groups["names"], piped.Groups["tail"], requireOutletTail: true);

        var titled = WithJobTitle().Match(text);
        return titled.Success ? new Match(SpanOf(titled.Groups["names"]), null) : null;
    }

    private static Match? FromNames(string text, Group names, Group tail, bool requireOutletTail)
    {
        var namesSpan = SpanOf(names);
        TextSpan? affiliation = null;

        // "By JOHN SMITH, Thomson Reuters": the name list swallowed the outlet after the last comma.
        var lastComma = names.Value.LastIndexOf(',');
        if (lastComma > 0)
        {
            var last = TextShape.Trim(text, names.Index + lastComma + 1, names.Index + names.Length);
            var lastText = last.Of(text);
            var isAffiliation = IsAffiliation(lastText, names.Value[..lastComma]);
            if (isAffiliation || OutletNames.IsRole(lastText))
            {
                affiliation = isAffiliation ? last : null;
                namesSpan = TextShape.Trim(text, names.Index, names.Index + lastComma);
            }
        }

        var tailText = tail.Value;
        var separated = TailSeparator().Match(tailText);
        if (separated.Success)
        {
            var candidate = TextShape.Trim(text, tail.Index + separated.Length, tail.Index + tail.Length);
            var candidateText = candidate.Of(text);
            if (affiliation is null && candidate.Length > 0 && IsAffiliation(candidateText, names.Value))
            {
                affiliation = candidate;
            }
            else if (requireOutletTail)
            {
                return null;
            }
        }
        else if (tailText.Trim().Length > 0 && !StartsWithPublicationRun(tailText.Trim()))
        {
            // "By Air France flight…", "By Monday Afternoon the…": the capitalised words were not names.
            return null;
        }
        else if (requireOutletTail)
        {
            return null;
        }
        return new Match(namesSpan, affiliation);
    }

    /// <summary>
    /// Is the part after the names an outlet? A role ("Staff Writer") is not; a name that looks like an
    /// outlet is; so is a differently cased name after capitalised names ("JOHN SMITH, Reuters").
    /// </summary>
    private static bool IsAffiliation(string candidate, string names)
    {
        if (candidate.Length == 0 || !char.IsUpper(candidate[0]) || StartsWithPublicationRun(candidate)) return false;
        if (DateExpressions.First(candidate) is not null) return false;
        if (OutletNames.LooksLikeOutlet(candidate)) return true;
        if (OutletNames.IsRole(candidate)) return false;
        var namesInCapitals = names.Any(char.IsLetter) && !names.Any(char.IsLower);
        return namesInCapitals && candidate.Any(char.IsLower) && TextShape.IsNameShaped(candidate);
    }

    private static bool StartsWithPublicationRun(string text) => PublicationStart().IsMatch(text);

    private static TextSpan SpanOf(Group group) => new(group.Index, group.Index + group.Length);

    // A name: two to four capitalised words, allowing initials ("J.") and name particles ("de", "al-").
    // A publication run may follow the names on the same line ("By Jane Doe Published: …").
    private const string NameWord = @"(?!(?:Published|Posted|Updated|Last|First)\b)(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|(?:al|el|bin|ben|ibn|abu)-\p{Lu}[\p{L}\p{M}'’\-]*)";
    private const string Particles = @"(?:(?:de|da|di|van|von|der|den|del|della|la|le|al|el|bin|ben|ibn|du|dos|das)\s+)*";
    private const string Name = NameWord + @"(?:\s+" + Particles + NameWord + @"){1,3}";
    private const string Names = Name + @"(?:\s*(?:,|&|\band\b)\s*" + Name + ")*";

    [GeneratedRegex(
        @"^(?:(?:Written|Story|Reported|Words|Report|Text)\s+)?[Bb][Yy]:?\s+(?:(?<agency>(?:The\s+)?(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|UPI|Bloomberg|Xinhua|dpa|Anadolu Agency|Al Jazeera|BBC News|CNN|VOA)(?:\s+Staff)?)\s*$|(?<names>" + Names + @")(?<tail>.*)$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex WithBy();

    [GeneratedRegex(@"^(?<names>" + Names + @")(?<tail>\s*\|.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithPipe();

    // "Jason Burke Africa correspondent", "Jane Doe, Senior Reporter": the shortest name that leaves a job title.
    [GeneratedRegex(
        @"^(?<names>" + NameWord + @"(?:\s+" + Particles + NameWord + @"){1,3}?)\s*,?\s+(?:(?:\p{Lu}[\p{L}\-]*|and|&)\s+){0,3}(?i:correspondent|reporter|editor|writer|columnist|contributor|analyst|producer|bureau\s+chief)s?(?:\s+(?:in|at|for)\s+[^,.;]{1,40})?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WithJobTitle();

    [GeneratedRegex(@"^\s*(?:,|\||—|–|\s-|/|\bfor\b|\bof\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TailSeparator();

    [GeneratedRegex(@"^(?:Published|Posted|Updated|Last updated|First published|Modified|on\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicationStart();
}
