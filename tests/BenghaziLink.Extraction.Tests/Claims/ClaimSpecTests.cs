using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>
/// The examples in <c>Specs/Claims</c>, one theory per file: each case runs through the default pipeline (no
/// catalog) up to the processor the file specifies (<see cref="ProcessorOf"/>), and every claim it lists must exist, found by a piece of its text, with the stated chain, hedge and
/// quantities; no claim may cover a text listed under <c>none</c>. When several claims hold the quote (a
/// sentence with two counts gives one claim per count), one of them must match.
/// </summary>
public class ClaimSpecTests
{
    private static readonly string[] Files = ["attribution.json", "chains.json", "content.json", "events.json", "hedging.json", "moods.json", "negatives.json", "quantities.json", "speakers.json"];

    /// <summary>
    /// The processor each file specifies: its cases run up to it, so they hold without any later processor. The reader's
    /// files (attribution, chains, speakers, negatives) check fields read after it too, and run the whole pipeline.
    /// </summary>
    private static readonly Dictionary<string, string> ProcessorOf = new(StringComparer.Ordinal)
    {
        ["content.json"] = "content",
        ["events.json"] = "events",
        ["hedging.json"] = "hedges",
        ["moods.json"] = "moods",
        ["quantities.json"] = "quantities",
    };

    public static TheoryData<string> CasesIn(string file) => ClaimSpecFiles.CaseNames(file);

    [Theory]
    [MemberData(nameof(CasesIn), "attribution.json")]
    public void Attribution_Case_MatchesSpec(string name) => Run("attribution.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "chains.json")]
    public void Chains_Case_MatchesSpec(string name) => Run("chains.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "content.json")]
    public void Content_Case_MatchesSpec(string name) => Run("content.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "events.json")]
    public void Events_Case_MatchesSpec(string name) => Run("events.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "hedging.json")]
    public void Hedging_Case_MatchesSpec(string name) => Run("hedging.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "moods.json")]
    public void Moods_Case_MatchesSpec(string name) => Run("moods.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "negatives.json")]
    public void Negatives_Case_MatchesSpec(string name) => Run("negatives.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "quantities.json")]
    public void Quantities_Case_MatchesSpec(string name) => Run("quantities.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "speakers.json")]
    public void Speakers_Case_MatchesSpec(string name) => Run("speakers.json", name);

    [Fact]
    public void ClaimCaseFiles_EveryFile_HasATheory()
    {
        var files = ClaimSpecFiles.FileNames();

        Assert.Equal(Files.Order(), files);
    }

    private static void Run(string file, string name)
    {
        var spec = ClaimSpecFiles.Cases(file)[name];

        var through = ProcessorOf.GetValueOrDefault(file, SpecFiles.Pipeline.Processors[^1].Name);

        var claims = SpecFiles.RunThrough(through, spec.Text, $"claims/{file}#{name}").Claims;

        var listing = Listing(claims);
        foreach (var want in spec.Claims)
        {
            var at = spec.Text.IndexOf(want.Quote, StringComparison.Ordinal);
            Assert.True(at >= 0, $"The quote “{want.Quote}” is not in the text.");
            var holding = claims.Where(c => c.Span.Start <= at && at + want.Quote.Length <= c.Span.End).ToList();
            Assert.True(holding.Count > 0, $"No claim holds “{want.Quote}”.\nClaims:\n{listing}");
            Assert.True(holding.Any(c => Matches(c, want)), $"No claim holding “{want.Quote}” has {Describe(want)}.\nClaims:\n{listing}");
        }
        foreach (var none in spec.None)
        {
            var at = spec.Text.IndexOf(none, StringComparison.Ordinal);
            Assert.True(at >= 0, $"The text “{none}” is not in the case.");
            Assert.False(claims.Any(c => c.Span.Start < at + none.Length && at < c.Span.End), $"A claim covers “{none}”.\nClaims:\n{listing}");
        }
    }

    private static bool Matches(Claim claim, ExpectedClaim want) =>
        (want.Chain is not { } chain || claim.Chain.Select(s => s.Name).SequenceEqual(chain))
        && (want.Hedge is null || claim.Hedge.ToString().Equals(want.Hedge, StringComparison.OrdinalIgnoreCase))
        && (want.Quantities is not { } quantities || quantities.All(q => claim.Quantities.Any(c => c.Value == q.Value && c.Counts == q.Counts
            && (q.Qualifier is null || c.Qualifier == q.Qualifier) && (q.Outcome is null || c.Outcome == q.Outcome))))
        && (want.Events is not { } events || (events.IsEmpty ? claim.Events.IsEmpty : events.All(claim.Events.Contains)))
        && (want.Entities is not { } entities || entities.Order(StringComparer.Ordinal).SequenceEqual(claim.Entities.Order(StringComparer.Ordinal)))
        && (want.Content is null || ContentText(claim) == want.Content)
        && (want.Mood is null || claim.Mood.ToString().Equals(want.Mood, StringComparison.OrdinalIgnoreCase));

    private static string ContentText(Claim claim) => claim.Content is { } content
        ? claim.Surface[(content.Start - claim.Span.Start)..(content.End - claim.Span.Start)]
        : claim.Surface;

    private static string Describe(ExpectedClaim want) => string.Join(", ", new[]
    {
        want.Chain is { } chain ? $"chain [{string.Join(" > ", chain)}]" : null,
        want.Hedge is { } hedge ? $"hedge {hedge}" : null,
        want.Quantities is { } quantities ? $"quantities {string.Join("; ", quantities.Select(q => $"{q.Qualifier} {q.Value} {q.Counts} {q.Outcome}".Trim()))}" : null,
        want.Events is { } events ? $"events {string.Join(", ", events)}" : null,
        want.Entities is { } entities ? $"names {string.Join(", ", entities)}" : null,
        want.Content is { } content ? $"content “{content}”" : null,
        want.Mood is { } mood ? $"mood {mood}" : null,
    }.Where(s => s is not null));

    private static string Listing(IEnumerable<Claim> claims)
    {
        var lines = claims.Select(c => $"  “{c.Surface}” [{string.Join(" > ", c.Chain.Select(s => s.Name))}] {c.Hedge} {c.Mood} content “{ContentText(c)}”" +
            string.Concat(c.Quantities.Select(q => $" ({q.Qualifier} {q.Value} {q.Counts} {q.Outcome})")) +
            (c.Events.IsEmpty ? "" : $" {{{string.Join(", ", c.Events)}}}") + (c.Entities.IsEmpty ? "" : $" names: {string.Join(", ", c.Entities)}")).ToList();
        return lines.Count == 0 ? "  (none)" : string.Join('\n', lines);
    }
}
