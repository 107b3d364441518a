using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Claims;

public static partial class ClaimGrouper
{
    /// <summary>
    /// What building a group reads of each member that depends on the member alone: its origin (<see cref="OriginOf"/>)
    /// and its framings. A claim sits in several groups, and a growing corpus rebuilds the same large groups article after
    /// article; reading these once per claim was half of the time of one added article at 1,000 articles (a profile of
    /// <c>scale --add</c>). Claims are known by (article, claim) index: the articles behind them never change while a
    /// <see cref="Cache"/> keeps its memo.
    /// </summary>
    internal sealed class MemberMemo
    {
        private readonly Dictionary<(int, int), (string[] Keys, string[] Joins, string Label, int Rank, string Shared, string Single)> origins = [];
        private readonly Dictionary<(int, int), (Framing Framing, string[] About)[]> framings = [];

        internal (string[] Keys, string[] Joins, string Label, int Rank, string Shared, string Single) Origin(Item member)
        {
            if (!origins.TryGetValue((member.ArticleIndex, member.ClaimIndex), out var origin)) origins[(member.ArticleIndex, member.ClaimIndex)] = origin = OriginOf(member);
            return origin;
        }

        /// <summary>The member's framings with the keys of the names each frames; none inside a description the member holds as a claim of its own.</summary>
        internal (Framing Framing, string[] About)[] Framings(Item member)
        {
            if (framings.TryGetValue((member.ArticleIndex, member.ClaimIndex), out var known)) return known;
            // A description inside a member ("X, an al-Qaeda affiliate's leader, planned …") frames through its own claim,
            // not through the sentence that holds it.
            var nested = Nested(member.Article.Claims, member.ClaimIndex);
            return framings[(member.ArticleIndex, member.ClaimIndex)] = [.. FramingReader.Read(member.Claim)
                .Where(f => !nested.Any(d => d.Span.Contains(f.Span)))
                .Select(f => (f, f.About.Select(name => NameKey.Of(name)).ToArray()))];
        }

        internal void Clear()
        {
            origins.Clear();
            framings.Clear();
        }
    }
}
