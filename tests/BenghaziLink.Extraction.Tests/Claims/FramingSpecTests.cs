using System.Collections.Immutable;
using System.Text.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>
/// The examples in <c>Specs/Claims/framings.json</c>: each text runs through the default pipeline and the framings of
/// all its claims are read; every listed framing must be there (dimension, pole, exact words, and the names it is and
/// is not about), no framing may cover a text under <c>none</c>, and every framing's span holds its words.
/// </summary>
public class FramingSpecTests
{
    private const string File = ClaimSpecFiles.FramingCaseFile;

    public static TheoryData<string> CaseNames() => [.. Cases().Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Framings_Case_MatchesSpec(string name)
    {
        var spec = Cases()[name];
        var text = spec.GetProperty("text").GetString()!;

        var document = SpecFiles.Pipeline.Process(text, new ExtractionContext($"framings#{name}"));
        // A description read as a claim of its own ("Karim Saleh, a former member of …") also lies inside its
        // sentence's claim: the same words frame once.
        var framings = document.Claims.SelectMany(c => FramingReader.Read(c)).DistinctBy(f => (f.Dimension, f.Pole, f.Span)).ToList();

        var listing = string.Join("\n", framings.Select(f => $"  {f.Dimension}/{f.Pole} “{f.Text}” {f.Span} about [{string.Join(", ", f.About)}]"));
        Assert.All(framings, f => Assert.Equal(f.Text, f.Span.Of(text)));
        foreach (var want in Items(spec, "framings"))
        {
            var found = framings.Where(f => f.Dimension == want.GetProperty("dimension").GetString() && f.Pole == want.GetProperty("pole").GetString()
                && f.Text == want.GetProperty("text").GetString()).ToList();
            Assert.True(found.Count == 1, $"No single framing {want}.\nFramings:\n{listing}");
            Assert.All(Names(want, "about"), n => Assert.Contains(n, found[0].About));
            Assert.All(Names(want, "notAbout"), n => Assert.DoesNotContain(n, found[0].About));
        }
        foreach (var none in Items(spec, "none").Select(n => n.GetString()!))
        {
            var at = text.IndexOf(none, StringComparison.Ordinal);
            Assert.True(at >= 0, $"The text “{none}” is not in the case.");
            Assert.False(framings.Any(f => f.Span.Start < at + none.Length && at < f.Span.End), $"A framing covers “{none}”.\nFramings:\n{listing}");
        }
    }

    [Fact]
    public void Framings_EveryCase_ExpectsSomething()
    {
        var cases = Cases();

        Assert.All(cases, c => Assert.True(Items(c.Value, "framings").Count > 0 || Items(c.Value, "none").Count > 0, c.Key));
        Assert.Contains(cases.Values, c => Items(c, "none").Count > 0);
    }

    private static List<JsonElement> Items(JsonElement spec, string property) =>
        spec.TryGetProperty(property, out var items) ? [.. items.EnumerateArray()] : [];

    private static ImmutableArray<string> Names(JsonElement framing, string property) => [.. Items(framing, property).Select(n => n.GetString()!)];

    private static Dictionary<string, JsonElement> Cases()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "Claims", File)));
        return document.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone(), StringComparer.Ordinal);
    }
}
