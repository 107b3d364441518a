using System.Text.Json;
using BenghaziLink.Extraction.Parsing;

namespace BenghaziLink.Extraction.Tests.Support;

/// <summary>
/// Compares a processed document with the expectations of an example file. Only the properties an
/// example states are checked, so a dateline case need not restate the headline; a property stated as
/// null must be absent from the document.
/// </summary>
/// <remarks>
/// Properties: <c>headline</c>, <c>standfirst</c>, <c>dateline</c>, <c>byline</c>, <c>outlet</c> (the exact
/// text, or null); <c>published</c> (ISO date or null) and <c>publishedText</c> (the date as written);
/// <c>paragraphs</c> (how many paragraph blocks); <c>words</c> (the word count); <c>blocks</c> and
/// <c>furniture</c>, lists of one-entry objects <c>{"Kind": "exact text"}</c> in text order, where a furniture
/// block is written with its furniture kind (<c>{"Navigation": "Back to top"}</c>).
/// </remarks>
internal static class SpecExpectations
{
    public static void Check(ArticleDocument document, JsonElement expect)
    {
        foreach (var property in expect.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "headline":
                    AssertFact(property.Name, value, document.Headline);
                    break;
                case "dateline":
                    AssertFact(property.Name, value, document.Dateline);
                    break;
                case "byline":
                    AssertFact(property.Name, value, document.Byline);
                    break;
                case "outlet":
                    AssertFact(property.Name, value, document.Outlet);
                    break;
                case "standfirst":
                    var standfirst = document.Blocks.Where(b => b.Kind == BlockKind.Standfirst).Select(b => b.Span.Of(document.Text)).ToList();
                    Assert.True(standfirst.Count <= 1, "More than one standfirst.");
                    Assert.Equal(value.GetString(), standfirst.SingleOrDefault());
                    break;
                case "published":
                    Assert.Equal(value.GetString(), document.PublishedDate?.Value.ToIso());
                    break;
                case "publishedText":
                    Assert.Equal(value.GetString(), document.PublishedDate?.Surface);
                    break;
                case "paragraphs":
                    Assert.Equal(value.GetInt32(), document.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
                    break;
                case "words":
                    Assert.Equal(value.GetInt32(), document.WordCount);
                    break;
                case "blocks":
                    AssertSequence(property.Name, Pairs(value), document.Blocks.Select(b => (BlockLabel(b), b.Span.Of(document.Text))));
                    break;
                case "furniture":
                    AssertSequence(property.Name, Pairs(value), document.Furniture.Select(f => (f.Kind.ToString(), f.Surface)));
                    break;
                case "note":
                    break;
                default:
                    throw new InvalidOperationException($"Unknown expectation '{property.Name}'.");
            }
        }
    }

    private static void AssertFact<T>(string name, JsonElement expected, TextFact<T>? actual)
    {
        var expectedText = expected.GetString();
        Assert.True(expectedText == actual?.Surface, $"{name}: expected {Show(expectedText)}, got {Show(actual?.Surface)}.");
        if (actual is { Value: string value }) Assert.Equal(actual.Surface, value);
    }

    private static string BlockLabel(Block block) =>
        block.Kind == BlockKind.Furniture ? block.Furniture!.Value.ToString() : block.Kind.ToString();

    private static List<(string Kind, string Text)> Pairs(JsonElement list) =>
        [.. list.EnumerateArray().Select(item => item.EnumerateObject().Single()).Select(p => (p.Name, p.Value.GetString()!))];

    private static void AssertSequence(string name, List<(string Kind, string Text)> expected, IEnumerable<(string Kind, string Text)> actual)
    {
        var got = actual.ToList();
        // One readable listing each, so a failure shows the whole difference at once.
        Assert.True(Listing(expected) == Listing(got), $"{name} differ.\nExpected:\n{Listing(expected)}\nActual:\n{Listing(got)}");
    }

    private static string Listing(IEnumerable<(string Kind, string Text)> items) =>
        string.Join('\n', items.Select(i => $"  {i.Kind}: {i.Text}"));

    private static string Show(string? text) => text is null ? "null" : $"\"{text}\"";
}
