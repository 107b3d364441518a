using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Dates;

/// <summary>
/// The examples in <c>Specs/Dates</c>, one theory per file: each case runs through the default pipeline with
/// its pinned reference date and must yield exactly the dates it lists, in text order, and nothing else —
/// so every case is also a negative example for everything it does not list.
/// </summary>
public class DateSpecTests
{
    public static TheoryData<string> CasesIn(string file) => SpecFiles.DateCaseNames(file);

    [Theory]
    [MemberData(nameof(CasesIn), "absolute.json")]
    public void Absolute_Case_MatchesSpec(string name) => Run("absolute.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "year-less.json")]
    public void YearLess_Case_MatchesSpec(string name) => Run("year-less.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "deictic.json")]
    public void Deictic_Case_MatchesSpec(string name) => Run("deictic.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "anchored.json")]
    public void Anchored_Case_MatchesSpec(string name) => Run("anchored.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "negatives.json")]
    public void Negatives_Case_MatchesSpec(string name) => Run("negatives.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "typography.json")]
    public void Typography_Case_MatchesSpec(string name) => Run("typography.json", name);

    [Fact]
    public void DateCaseFiles_EveryFile_HasATheory()
    {
        var covered = new[] { "absolute.json", "year-less.json", "deictic.json", "anchored.json", "negatives.json", "typography.json" };

        var files = SpecFiles.DateCaseFileNames();

        Assert.Equal(covered.Order(), files);
    }

    private static void Run(string file, string name)
    {
        var spec = SpecFiles.DateCases(file)[name];

        var document = SpecFiles.Pipeline.Process(spec.Text, new ExtractionContext($"{file}#{name}", spec.Reference));

        var expected = Listing(spec.Dates.Select(d => (d.Text, d.Value)));
        var actual = Listing(document.Dates.Select(d => (d.Surface, d.Value)));
        // One readable listing each, so a failure shows the whole difference at once.
        Assert.True(expected == actual, $"Dates differ.\nExpected:\n{expected}\nActual:\n{actual}");
        for (var i = 0; i < spec.Dates.Count; i++)
        {
            var want = spec.Dates[i];
            var got = document.Dates[i];
            if (want.Relative is { } relative) Assert.True(relative == got.Relative, $"{got.Surface}: expected relative {relative}, got {got.Relative}.");
            if (want.Anchor is { } anchor) Assert.True(got.Anchor?.Contains(anchor, StringComparison.Ordinal) == true, $"{got.Surface}: anchor \"{got.Anchor}\" does not mention \"{anchor}\".");
        }
    }

    private static string Listing(IEnumerable<(string Text, string? Value)> dates) =>
        string.Join('\n', dates.Select(d => $"  {Visible(d.Text)} => {d.Value ?? "null"}"));

    // Non-breaking spaces and line breaks matter in these cases; show them.
    private static string Visible(string text) => text.Replace("\u00a0", "⍽", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
