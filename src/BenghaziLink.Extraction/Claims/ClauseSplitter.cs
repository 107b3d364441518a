using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>A statement clause: a sentence that may carry claims (after its dateline), or the part of it that states one thing.</summary>
/// <param name="Span">The clause, trimmed.</param>
/// <param name="Sentence">Its sentence's index in <see cref="DocumentBuilder.Sentences"/>.</param>
/// <param name="Block">Its block's index in <see cref="DocumentBuilder.Blocks"/>.</param>
public sealed record Clause(TextSpan Span, int Sentence, int Block);

/// <summary>
/// Statement clauses: every sentence of the body (and of photo captions long enough to state something) from after its
/// dateline, cut where ", but", a semicolon or ", and that" joins two statements each long enough to stand alone.
/// Quotations that are direct speech or titles are read as opaque, so a "but" inside a quotation never cuts. Where a
/// clause holds two speakers ("X said A, while Y said B") is for <see cref="AttributionReader"/> to cut: it needs the
/// attributions.
/// </summary>
public sealed partial class ClauseSplitter : IDocumentProcessor
{
    public string Name => "clauses";
    public Annotations Requires => Annotations.Sentences | Annotations.Furniture | Annotations.Dateline;
    public Annotations Produces => Annotations.Clauses;

    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var visible = text.ToCharArray();
        QuoteRegion? lastTransparent = null;
        var lastTransparentBlock = -10;
        var sentencesOf = document.Sentences.Select((s, i) => (Sentence: s, Index: i)).ToLookup(s => s.Sentence.BlockIndex);
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            if (!CarriesClaims(document, block)) continue;
            var regions = QuoteRegions.Find(text, block.Span.Start, block.Span.End, lastTransparentBlock >= b - 1 ? lastTransparent : null);
            QuoteRegions.Mask(visible, regions);
            document.OpaqueQuotations.AddRange(regions.Where(r => !r.Transparent).Select(r => new TextSpan(r.Start, r.End)));
            foreach (var (sentence, index) in sentencesOf[b])
            {
                foreach (var clause in Clauses(text, visible, AfterDateline(document, sentence.Span))) document.Clauses.Add(new Clause(clause, index, b));
            }
            if (regions.LastOrDefault(r => r.Transparent) is { } transparent)
            {
                lastTransparent = transparent;
                lastTransparentBlock = b;
            }
        }
    }

    /// <summary>The body, and photo captions long enough to state something ("X, leader of Y and former leader of Z.").</summary>
    internal static bool CarriesClaims(DocumentBuilder document, Block block) =>
        block.Kind is BlockKind.Paragraph or BlockKind.Standfirst
        || (block.Furniture == FurnitureKind.PhotoCredit && ArticleDocument.CountWords(document.TextOf(block)) >= 12);

    /// <summary>
    /// "TEL AVIV – Mokhtar Belmokhtar … is thought to …": the dateline says where the report was filed, it is not
    /// part of what the report claims, so a claim starts after the dateline's dash.
    /// </summary>
    internal static TextSpan AfterDateline(DocumentBuilder document, TextSpan span)
    {
        var text = document.Text;
        // "(Reuters) - U.S. special forces …" with the place on the line above: the agency tag alone.
        if (AgencyTag().Match(text, span.Start, span.Length) is { Success: true } tag && tag.Length < span.Length && Parsing.OutletNames.IsKnownAgency(tag.Groups["agency"].Value))
        {
            return new TextSpan(span.Start + tag.Length, span.End);
        }
        if (document.Dateline is not { } dateline || dateline.Span.Start < span.Start || dateline.Span.Start >= span.End) return span;
        for (var i = dateline.Span.End; i < Math.Min(span.End - 1, dateline.Span.End + 60); i++)
        {
            // A separating dash stands between spaces (or after a bracket); a hyphen inside a word does not count.
            if (text[i] is not ('–' or '—' or '-') || !(char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ')')) continue;
            var start = i;
            while (start < span.End && (text[start] is '–' or '—' or '-' || char.IsWhiteSpace(text[start]))) start++;
            return start < span.End ? new TextSpan(start, span.End) : span;
        }
        return span;
    }

    /// <summary>A sentence, cut where ", but" or a semicolon joins two statements, each long enough to stand alone.</summary>
    private static List<TextSpan> Clauses(string text, char[] visible, TextSpan sentence)
    {
        var clauses = new List<TextSpan>();
        var start = sentence.Start;
        foreach (Match m in ClauseBreak().Matches(new string(visible, sentence.Start, sentence.Length)))
        {
            var cut = sentence.Start + m.Index;
            var next = cut + m.Length;
            if (ArticleDocument.CountWords(text.AsSpan(start, cut - start)) < 4 || ArticleDocument.CountWords(text.AsSpan(next, sentence.End - next)) < 4) continue;
            // "…, but the claim could not be verified" qualifies the statement before it; it is not one of its own.
            if (Remark().IsMatch(text[next..sentence.End])) continue;
            clauses.Add(TextShape.Trim(text, start, cut));
            start = next;
        }
        clauses.Add(TextShape.Trim(text, start, sentence.End));
        return clauses;
    }

    [GeneratedRegex(@"^(?:the|this|that|these|those)\s+(?:claims?|reports?|information|accounts?|figures?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Remark();

    // ", and that …" starts a second thing said by the same speaker, ", and officials fear that …" one said by another:
    // a statement of its own.
    [GeneratedRegex(@",\s+but\s+|;\s+|,\s+and\s+(?=that\s|(?:[\p{L}.’'-]+\s+){1,4}(?:said|say|says|believe|believes|fear|fears|estimate|estimates|told|added|warned)\s+that\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\G\((?<agency>[^()\n]{1,40})\)\s*(?:--|[–—-])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyTag();
}
