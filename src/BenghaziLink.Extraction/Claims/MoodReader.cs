using System.Text.RegularExpressions;
using BenghaziLink.Extraction.Parsing;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Claims;

/// <summary>
/// What kind of utterance each claim is (<see cref="Claim.Mood"/>): only a statement can corroborate another report. Reads
/// the claim's own words and its block, nothing of its attribution.
/// </summary>
public sealed partial class MoodReader : IDocumentProcessor
{
    public string Name => "moods";
    public Annotations Requires => Annotations.Claims;
    public Annotations Produces => Annotations.Moods;

    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reading = new Reading(document);
        for (var i = 0; i < document.Claims.Count; i++)
        {
            var claim = document.Claims[i];
            document.Claims[i] = claim with { Mood = reading.MoodOf(claim.Span, document.BlockIndexAt(claim.Span.Start)) };
        }
    }

    /// <summary>One document's moods; the body's words are gathered once, on the first caption or standfirst.</summary>
    private sealed class Reading(DocumentBuilder document)
    {
        private readonly string text = document.Text;

        /// <summary>The body's words (lower case, four letters or more), read once: a caption or standfirst that only repeats them adds nothing.</summary>
        private HashSet<string>? bodyWords;

        /// <summary>
        /// A question ("Was the convoy armed?"), a conditional ("If the link is confirmed, …"), an exclamation, a standfirst
        /// that repeats the body (a headline's summary) or a caption that does; else a statement. The clause's closing
        /// quotation marks and brackets do not count: “Why now?” is a question wherever its speaker stands.
        /// </summary>
        public ClaimMood MoodOf(TextSpan span, int block)
        {
            var surface = span.Of(text);
            var kind = document.Blocks[block];
            if (kind.Kind == BlockKind.Standfirst && RepeatsBody(surface, block)) return ClaimMood.Headline;
            if (kind.Kind == BlockKind.Furniture && RepeatsBody(surface, block)) return ClaimMood.Caption;
            var last = TextShape.LastSignificant(surface);
            if (last == '?') return ClaimMood.Question;
            if (last == '!') return ClaimMood.Exclamation;
            return Condition().IsMatch(surface) ? ClaimMood.Conditional : ClaimMood.Statement;
        }

        /// <summary>Whether most of the words of <paramref name="surface"/> (two thirds) stand in the body's paragraphs outside block <paramref name="block"/>.</summary>
        private bool RepeatsBody(string surface, int block)
        {
            if (bodyWords is null)
            {
                bodyWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (var b in document.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
                {
                    foreach (Match w in ContentWord().Matches(document.TextOf(b))) bodyWords.Add(w.Value.ToLowerInvariant());
                }
            }
            var words = ContentWord().Matches(surface).Select(w => w.Value.ToLowerInvariant()).Distinct().ToList();
            return words.Count > 0 && document.Blocks[block].Kind != BlockKind.Paragraph && words.Count(bodyWords.Contains) * 3 >= words.Count * 2;
        }
    }

    [GeneratedRegex(@"\p{L}{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex ContentWord();

    /// <summary>A clause that opens with its condition: "If the link is confirmed, …", "Unless talks resume, …", "Should the dam fail, …".</summary>
    [GeneratedRegex(@"^[\s“‘""'(]*(?:(?:even\s+|only\s+)?if|unless|should\s+(?:the|a|an|this|that|it|he|she|they)|were\s+(?:the|a|an|it|he|she|they)|had\s+(?:the|a|an|it|he|she|they))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Condition();
}
