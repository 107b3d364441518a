using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests;

/// <summary>
/// Provenance holds for every text we have: every fact and furniture span quotes the text exactly at its
/// span, blocks are trimmed, in order and never overlap, and so are dates. Runs over every seed and every
/// spec case, date cases with their pinned reference date.
/// </summary>
public class SpanInvariantTests
{
    public static TheoryData<string> Sources() => [.. SpecFiles.AllTexts().Select(t => t.Source)];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Process_AnyText_SpansQuoteTheText(string source)
    {
        var (_, text, reference) = SpecFiles.AllTexts().Single(t => t.Source == source);

        var document = SpecFiles.Pipeline.Process(text, new ExtractionContext(source, reference));

        Assert.Same(text, document.Text);
        AssertFact(text, document.Headline);
        AssertFact(text, document.Dateline);
        AssertFact(text, document.Byline);
        AssertFact(text, document.Outlet);
        AssertFact(text, document.PublishedDate);
        foreach (var furniture in document.Furniture)
        {
            AssertWithin(text, furniture.Span);
            Assert.Equal(furniture.Span.Of(text), furniture.Surface);
            Assert.True(furniture.Span.Length > 0, $"Empty furniture span {furniture.Span}.");
            Assert.Contains(document.Blocks, b => b.Span.Contains(furniture.Span));
        }
        Assert.Equal(document.Furniture.OrderBy(f => f.Span.Start), document.Furniture);
        AssertBlocks(text, document.Blocks);
        AssertDates(text, document);
    }

    /// <summary>Every date quotes the text, sits inside one block, never overlaps the next and starts and ends on a non-space.</summary>
    private static void AssertDates(string text, ArticleDocument document)
    {
        var previousEnd = 0;
        foreach (var date in document.Dates)
        {
            AssertWithin(text, date.Span);
            Assert.Equal(date.Span.Of(text), date.Surface);
            Assert.True(date.Span.Length > 0, $"Empty date span {date.Span}.");
            Assert.False(TextShape.IsSpace(text[date.Span.Start]) || TextShape.IsSpace(text[date.Span.End - 1]), $"Date {date.Span} has space at an edge.");
            Assert.Contains(document.Blocks, b => b.Span.Contains(date.Span));
            Assert.True(date.Span.Start >= previousEnd, $"Date {date.Span} overlaps the previous date.");
            Assert.False(string.IsNullOrEmpty(date.Processor));
            Assert.Equal(date.Value is null, date.Granularity == DateGranularity.Unknown);
            previousEnd = date.Span.End;
        }
    }

    private static void AssertFact<T>(string text, TextFact<T>? fact)
    {
        if (fact is null) return;
        AssertWithin(text, fact.Span);
        Assert.Equal(fact.Span.Of(text), fact.Surface);
        Assert.False(string.IsNullOrWhiteSpace(fact.Surface));
        Assert.False(string.IsNullOrEmpty(fact.Processor));
    }

    private static void AssertBlocks(string text, IReadOnlyList<Block> blocks)
    {
        var previousEnd = 0;
        foreach (var block in blocks)
        {
            AssertWithin(text, block.Span);
            Assert.True(block.Span.Start >= previousEnd, $"Block {block.Span} overlaps or precedes the previous block.");
            Assert.True(block.Span.Length > 0, $"Empty block {block.Span}.");
            Assert.False(TextShape.IsSpace(text[block.Span.Start]), $"Block {block.Span} starts with whitespace.");
            Assert.False(TextShape.IsSpace(text[block.Span.End - 1]), $"Block {block.Span} ends with whitespace.");
            Assert.Equal(block.Kind == BlockKind.Furniture, block.Furniture is not null);
            previousEnd = block.Span.End;
        }
    }

    private static void AssertWithin(string text, TextSpan span) =>
        Assert.True(0 <= span.Start && span.Start <= span.End && span.End <= text.Length, $"Span {span} outside text of length {text.Length}.");
}
