using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Dates;

/// <summary>
/// Finds every date expression in every block, furniture included (a related-articles list dates other
/// articles, a copyright line its year), and normalises it: calendar dates as written; year-less, deictic
/// and weekday expressions against the reference date; event-anchored ones ("a month before his death",
/// "the following year") against the nearest explicit date. Must run after the publication date is read:
/// without a reference date in the context, that is what relative expressions count from.
/// </summary>
/// <remarks>
/// One pass over each block: tokenize, scan for candidates (<see cref="DateScanner"/>), resolve
/// (<see cref="DateResolver"/>). Explicit dates of a body paragraph stay available to the next paragraph,
/// which may count from them; furniture neither lends nor borrows them.
/// </remarks>
public sealed class DateRecognizer : IDocumentProcessor
{
    public string Name => "dates";
    public Annotations Requires => Annotations.Blocks | Annotations.Furniture | Annotations.PublishedDate;
    public Annotations Produces => Annotations.Dates;

    public void Process(DocumentBuilder document)
    {
        var text = document.Text;
        var reference = DateReference.For(document.Context.ReferenceDate, document.PublishedDate?.Value);
        var tokens = new List<DateToken>(256);
        var candidates = new List<DateCandidate>();
        var anchors = new List<DateAnchor>();
        var previousParagraph = new List<DateAnchor>();
        var none = new List<DateAnchor>(0);

        foreach (var block in document.Blocks)
        {
            var isBody = block.Kind != BlockKind.Furniture;
            tokens.Clear();
            candidates.Clear();
            anchors.Clear();
            DateTokenizer.Tokenize(text, block.Span.Start, block.Span.End, tokens);
            new DateScanner(text, tokens).Scan(candidates);

            if (candidates.Count > 0)
            {
                var layout = new BlockLayout(text, tokens, block.Span.Start);
                var resolutions = new DateResolver(text, reference, candidates, layout, anchors, isBody ? previousParagraph : none).ResolveAll();
                for (var i = 0; i < candidates.Count; i++)
                {
                    var span = new TextSpan(candidates[i].Start, candidates[i].End);
                    var (value, granularity, relative, anchor) = resolutions[i];
                    document.Dates.Add(new DateMention(span, span.Of(text), value, granularity, relative, anchor, Name));
                }
            }

            if (isBody)
            {
                previousParagraph.Clear();
                previousParagraph.AddRange(anchors);
            }
        }
    }
}
