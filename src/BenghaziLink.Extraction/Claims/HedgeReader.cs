using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// How firmly the article puts each claim forward (<see cref="Claim.Hedge"/>), read from the words that carry its
/// attribution (<see cref="Claim.HedgeWords"/>: its own clause, or the clause whose attribution it shares) with quotations
/// of direct speech blanked: denied or unconfirmed ("could not confirm", "had no comment", "denied"), reported
/// ("reportedly", "is thought to", or a source that is only unnamed reports), else attributed when a source says it and
/// asserted in the article's own voice. A description the article states in passing is never hedged.
/// Word lists: <c>Data/denials.tsv</c> and <c>Data/hedges.tsv</c>.
/// </summary>
public sealed class HedgeReader : IDocumentProcessor
{
    public string Name => "hedges";
    public Annotations Requires => Annotations.Claims | Annotations.Clauses;
    public Annotations Produces => Annotations.Hedges;

    private static readonly Lazy<Regex> Denials = new(LoadDenials);

    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var visible = document.Text.ToCharArray();
        foreach (var quotation in document.OpaqueQuotations)
        {
            for (var i = quotation.Start; i < quotation.End; i++) visible[i] = ClaimReader.Masked;
        }
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            var words = claim.HedgeWords is { } span ? new string(visible, span.Start, span.Length) : null;
            document.Claims[i] = claim with { Hedge = HedgeOf(words, claim.Chain) };
        }
    }

    /// <summary>The hedge of a claim whose attribution is carried by <paramref name="words"/> (null: a description stated in passing).</summary>
    internal static Hedge HedgeOf(string? words, System.Collections.Immutable.ImmutableArray<ClaimSource> chain) =>
        words is null ? (chain.IsEmpty ? Hedge.Asserted : Hedge.Attributed)
        : Denials.Value.IsMatch(words) ? Hedge.Denied
        : ClaimWords.ReportedHedge.IsMatch(SourcePhrase.WithoutRelativeClauses(words)) || chain is [{ Name: "unnamed reports" }] ? Hedge.Reported
        : chain.IsEmpty ? Hedge.Asserted
        : Hedge.Attributed;

    private static Regex LoadDenials()
    {
        var byUse = ClaimWords.Rows("denials.tsv").Where(r => r.Length > 1).GroupBy(r => r[1].Trim()).ToDictionary(g => g.Key, g => g.Select(r => r[0].Trim()).ToList());
        string Of(string use) => ClaimWords.Alternation(byUse.TryGetValue(use, out var forms) ? forms : []);
        return new Regex($@"\b(?:{Of("refusal")})\s+(?:(?:{Of("manner")})\s+)?(?:{Of("refused")})|\b(?:{Of("opening")})|\b(?:{Of("phrase")})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
