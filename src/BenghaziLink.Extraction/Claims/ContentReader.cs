using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// Where the words stated lie in each claim (<see cref="Claim.Content"/>), apart from the words that attribute them: read
/// from the claim's cue and chain, so it runs after the claim reader.
/// </summary>
public sealed partial class ContentReader : IDocumentProcessor
{
    public string Name => "content";
    public Annotations Requires => Annotations.Claims;
    public Annotations Produces => Annotations.Content;

    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            document.Claims[i] = claim with { Content = ContentOf(text, claim.Span, claim.Chain, claim.Cue) };
        }
    }

    /// <summary>
    /// The content of an attributed clause: the attribution ("X said", "according to Y", "…, the minister told
    /// reporters") is the extent from its cue to its sources inside the clause; the content is the longer side of
    /// the clause outside it, without the joining "that", commas and quotation marks. Null when the clause has no
    /// cue inside it (its speaker is named in another sentence) or nothing stated is left on either side.
    /// </summary>
    private static TextSpan? ContentOf(string text, TextSpan span, ImmutableArray<ClaimSource> chain, AttributionCue? cue)
    {
        if (cue is null || !span.Contains(cue.Span)) return null;
        int start = cue.Span.Start, end = cue.Span.End;
        foreach (var source in chain)
        {
            var reach = SourcePhrase.WithAside(text, 0, source.Span);
            if (!span.Contains(reach)) continue;
            // Only a source next to the cue belongs to the attribution: the clause's other words are what was said.
            if (reach.End < start && ArticleDocument.CountWords(text.AsSpan(reach.End, start - reach.End)) > 6) continue;
            if (reach.Start > end && ArticleDocument.CountWords(text.AsSpan(end, reach.Start - end)) > 6) continue;
            start = Math.Min(start, reach.Start);
            end = Math.Max(end, reach.End);
        }
        var before = Stated(text, span.Start, start);
        var after = Stated(text, end, span.End);
        var wordsBefore = ArticleDocument.CountWords(before.Of(text));
        var wordsAfter = ArticleDocument.CountWords(after.Of(text));
        if (Math.Max(wordsBefore, wordsAfter) < 2) return null;
        return wordsAfter >= wordsBefore ? after : before;
    }

    /// <summary>[start, end) without the punctuation, quotation marks and "that" that join it to its attribution.</summary>
    private static TextSpan Stated(string text, int start, int end)
    {
        var span = TextShape.Trim(text, start, end);
        if (span.Length == 0) return span;
        var lead = ContentLead().Match(text, span.Start, span.Length);
        var s = span.Start + (lead.Success ? lead.Length : 0);
        var e = span.End;
        if (e > s && ContentTail().Match(text[s..e]) is { Success: true } tail) e = s + tail.Index;
        (s, e) = Unquoted(text, s, e);
        if (e > s && ContentTail().Match(text[s..e]) is { Success: true } rest) e = s + rest.Index;
        return TextShape.Trim(text, s, e);
    }

    /// <summary>
    /// A quotation stated whole without its marks, which are the article's, not the speaker's: "“We will stay,”" is
    /// "We will stay". A mark with no partner inside the span (the quotation opened or closes in another sentence) goes
    /// too; marks around a phrase inside ("called it a “trap”") stay.
    /// </summary>
    private static (int Start, int End) Unquoted(string text, int start, int end)
    {
        var span = TextShape.Trim(text, start, end);
        (start, end) = (span.Start, span.End);
        if (end - start < 2) return (start, end);
        var marks = 0;
        for (var i = start; i < end; i++)
        {
            if (IsQuoteMark(text[i])) marks++;
        }
        var opens = IsQuoteMark(text[start]);
        var closes = IsQuoteMark(text[end - 1]);
        if (opens && closes && marks == 2) return (start + 1, end - 1);
        if (marks == 1 && (opens || closes)) return opens ? (start + 1, end) : (start, end - 1);
        return (start, end);
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»';

    [GeneratedRegex(@"\G(?:[\s,:;–—]+|that\b\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentLead();

    /// <summary>What joins a statement to a speaker named after it: "…, a city engineer said", "…, the minister said".</summary>
    [GeneratedRegex(@"(?:[\s,;:–—]|\b(?:a|an|the|his|her|its|their|our)\b)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentTail();
}
