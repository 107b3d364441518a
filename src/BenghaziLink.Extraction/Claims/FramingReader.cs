using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// How a claim frames a fact on one dimension: the dimension ("allegiance"), the pole it takes ("inside-network" or
/// "independent"), the words that say so (with a negation that turns them round: "no longer part of") and their
/// half-open span in the article, and the names of the claim (<see cref="Claim.Entities"/>) its clause gives before
/// the words, those it frames; empty when it names none of them there ("he split with them").
/// </summary>
public sealed record Framing(string Dimension, string Pole, TextSpan Span, string Text, ImmutableArray<string> About);

/// <summary>
/// Reads framings from a claim's own words (its sources and cue left out): whether a group is inside a network or
/// independent of it, whether two things are linked, whether someone was responsible, whether someone was killed or
/// is alive. Each dimension has two opposite poles; a negator a few words before a cue ("not", "no longer",
/// "denied any") gives the opposite pole. Words in a quoted title or headline are not the claim's framing, and a claim
/// that takes both poles of one dimension for the same names contrasts two things, so it frames neither. Pure and small on purpose: the
/// cue lists are general news English, not any corpus's phrases.
/// </summary>
public static partial class FramingReader
{
    private sealed record Cue(string Dimension, string Pole, string Opposite, Regex Pattern);

    private static readonly ImmutableArray<Cue> Cues =
    [
        new("allegiance", "inside-network", "independent", InsideNetwork()),
        new("allegiance", "independent", "inside-network", Independent()),
        new("link", "linked", "unlinked", Linked()),
        new("link", "unlinked", "linked", Unlinked()),
        new("responsibility", "responsible", "not-responsible", Responsible()),
        new("fate", "killed", "alive", Killed()),
        new("fate", "alive", "killed", Alive()),
    ];

    /// <summary>How many words may stand between a negator and its cue ("no evidence of a link", "denied that he was linked").</summary>
    private const int NegationReach = 3;

    public static ImmutableArray<Framing> Read(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var content = ClaimGrouper.ContentText(claim);
        var titles = Titles().Matches(content).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var found = new List<Framing>();
        foreach (var cue in Cues)
        {
            foreach (Match match in cue.Pattern.Matches(content))
            {
                if (titles.Any(t => match.Index >= t.Index && match.Index < t.End)) continue;
                if (found.Any(f => f.Span.Start - claim.Span.Start <= match.Index && match.Index < f.Span.End - claim.Span.Start)) continue;
                // A denial may be the claim's own cue ("officials denied any link"), blanked from the content: negators are read in the full words.
                var negation = NegationBefore(claim.Surface, match, cue.Dimension);
                var start = Math.Min(negation ?? match.Index, match.Index);
                var end = match.Index + match.Length;
                var span = new TextSpan(claim.Span.Start + start, claim.Span.Start + end);
                found.Add(new Framing(cue.Dimension, negation is null ? cue.Pole : cue.Opposite, span, claim.Surface[start..end], About(claim, match.Index)));
            }
        }
        // Both poles said of the same names in one claim contrast two things ("once an affiliate, it broke away"): neither is the claim's framing.
        return [.. found
            .GroupBy(f => (f.Dimension, string.Join('|', f.About)))
            .Where(d => d.Select(f => f.Pole).Distinct().Count() == 1)
            .SelectMany(d => d)
            .OrderBy(f => f.Span.Start)];
    }

    /// <summary>Where the nearest negator within reach before the cue (or inside it: "was not killed") starts; null when none.</summary>
    private static int? NegationBefore(string surface, Match cue, string dimension)
    {
        var clauseStart = ClauseBreak().Matches(surface[..cue.Index]).Select(m => m.Index + m.Length).DefaultIfEmpty(0).Max();
        var window = surface[clauseStart..(cue.Index + cue.Length)];
        var words = WordOrNot().Matches(window).ToList();
        var cueWords = WordOrNot().Count(cue.Value);
        var reach = words.Skip(Math.Max(0, words.Count - cueWords - NegationReach - 1)).ToList();
        foreach (var word in reach)
        {
            var text = window[word.Index..];
            if ((Negator().IsMatch(text) && !NotNegating().IsMatch(text)) || (dimension == "allegiance" && PastAllegiance().IsMatch(text)))
            {
                return clauseStart + word.Index;
            }
        }
        return null;
    }

    /// <summary>
    /// The claim's names its clause gives before the cue: who is framed ("Omar Haddad split with …"), not what they are
    /// framed against ("… with the Desert Hawks"). A name is given when a distinctive word of it stands there.
    /// </summary>
    private static ImmutableArray<string> About(Claim claim, int at)
    {
        // Read in the full words: a name the extractor took for the claim's source may still be who is framed.
        var start = ClauseBreak().Matches(claim.Surface[..at]).Select(m => m.Index + m.Length).DefaultIfEmpty(0).Max();
        var clause = claim.Surface[start..at];
        return [.. claim.Entities.Where(name => Distinctive(name).Any(word =>
            Regex.IsMatch(clause, $@"(?<![\p{{L}}-]){Regex.Escape(word)}(?![\p{{L}}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))];
    }

    /// <summary>The words of a name that identify it ("Belmokhtar", "Al-Qaeda"), not those many names share ("Islamic", "Brigade"); the whole name when it has none.</summary>
    private static List<string> Distinctive(string name)
    {
        var words = name.Split([' ', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !GenericNameWords.Contains(w)).ToList();
        return words.Count > 0 ? words : [name];
    }

    private static readonly HashSet<string> GenericNameWords = new(
        ["the", "islamic", "state", "states", "united", "brigade", "brigades", "battalion", "front", "group", "army", "movement",
         "council", "national", "party", "forces", "force", "organization", "organisation", "ministry", "department", "republic", "people"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:affiliat(?:e|es|ed|ion)|members?\s+of|branch(?:es)?\s+of|franchise|loyal(?:ty)?\s+to|allegiance\s+to|part\s+of(?=\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?-i:\p{Lu})|al-|(?:[\p{L}'’-]+\s+){0,3}(?:network|organi[sz]ation|group|movement)\b)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InsideNetwork();

    [GeneratedRegex(@"\b(?:independents?(?!\s+(?:investigation|inquiry|review|experts?|analysts?|observers?|journalists?|media|sources?|verification|confirmation|monitors?|commission|panel|reports?|candidates?)\b)|split\s+(?:with|from)|(?:broke|broken|break|breaks|breaking)\s+(?:away|off|with)|breakaway|parted\s+ways)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Independent();

    [GeneratedRegex(@"\b(?:link(?:s|ed)?|connect(?:ed|ion|ions)|ties\s+(?:to|with|between)|tied\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Linked();

    [GeneratedRegex(@"\b(?:unrelated|unconnected)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlinked();

    [GeneratedRegex(@"\b(?:claim(?:s|ed|ing)?\s+(?:of\s+)?responsibility|responsib(?:le|ility)\s+for|(?:planned|plotted)(?!\s+to\b)|masterminded|orchestrated|carried\s+out|role\s+in|behind(?=\s+(?:the|this|that|these|those|it|them|an?|both)\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Responsible();

    [GeneratedRegex(@"\b(?:(?:was|were|been|being|is|are|be|got)\s+(?:[\p{L}'’]+\s+)?killed|died|(?:is|was|are|were)\s+dead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Killed();

    [GeneratedRegex(@"\b(?:surviv(?:ed|es|ing)|alive|escaped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alive();

    [GeneratedRegex(@"^(?:not|never|no|nor|neither|without|den(?:y|ies|ied|ying)|[\p{L}]+n['’]t)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negator();

    /// <summary>"No doubt he was linked", "not only planned but …": negators that do not deny what follows.</summary>
    [GeneratedRegex(@"^(?:no\s+doubt|no\s+question|not\s+only|not\s+just|never\s+been\s+in\s+doubt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotNegating();

    /// <summary>"A former affiliate", "once part of": no longer inside; said of allegiance only ("once linked" still was linked).</summary>
    [GeneratedRegex(@"^(?:former|formerly|once|previously|ex-)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastAllegiance();

    [GeneratedRegex(@"\bex-|[\p{L}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordOrNot();

    /// <summary>Where a negator's reach and a framing's subject end: a colon or semicolon, brackets, a contrast (a claim is one sentence, and "U.S." has stops).</summary>
    [GeneratedRegex(@"[;:()]|\b(?:but|while|whereas|although|though)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>A quotation after a word that makes it a title or headline ("under the headline “…”"): its words frame nothing.</summary>
    [GeneratedRegex(@"(?<=\b(?:headlined?|headlines|entitled|titled|title|caption|banner|slogan)\s*[:,]?\s*)(?:“[^”]*”?|""[^""]*""?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Titles();
}
