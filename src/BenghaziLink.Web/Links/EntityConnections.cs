using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Links;

/// <summary>A sentence two entities share, with where each is mentioned in it (half-open spans of the article text).</summary>
public sealed record SharedSentence(int ArticleId, int Ordinal, int Start, int End,
    IReadOnlyList<(int Start, int End)> Subject, IReadOnlyList<(int Start, int End)> Partner);

/// <summary>An entity associated with the subject: its <see cref="Association.LogLikelihood"/> score and the evidence.</summary>
public sealed record Connection(string Slug, string Name, EntityType Type, double Score, int SharedArticles, IReadOnlyList<SharedSentence> Sentences);

/// <summary>
/// The entities associated with the subject, strongest first, with news outlets ranked apart: an outlet shares
/// sentences with the actors because the articles cite it ("Reuters reported that …"), not because it takes part in
/// what they report, so it would crowd the people, groups and places out of the list.
/// </summary>
public sealed record ConnectedEntities(IReadOnlyList<Connection> Actors, IReadOnlyList<Connection> Outlets)
{
    public static readonly ConnectedEntities None = new([], []);
}

/// <summary>
/// Entities that co-occur with an entity, computed at query time from stored mentions and sentences.
/// The unit of co-occurrence is the sentence: two names in one sentence are usually about one event,
/// whereas every entity of a long article shares the article.
/// </summary>
public sealed class EntityConnections(BenghaziLinkDb db)
{
    private sealed record Placed(int EntityId, int ArticleId, int Sentence, int Start, int End);

    private sealed record SentenceSpan(int Id, int ArticleId, int Ordinal, int Start, int End);

    /// <summary>Every mention placed in its sentence, and per entity the sentences and articles it appears in.</summary>
    private sealed record Occurrences(List<Placed> Placed, Dictionary<int, SentenceSpan> Sentences,
        Dictionary<int, HashSet<int>> SentencesOf, Dictionary<int, HashSet<int>> ArticlesOf)
    {
        public double Score(HashSet<int> first, HashSet<int> second, int both) =>
            Association.LogLikelihood(both, first.Count - both, second.Count - both, Sentences.Count - first.Count - second.Count + both);
    }

    private async Task<Occurrences> LoadAsync(CancellationToken cancellationToken)
    {
        var sentences = await db.ArticleSentences
            .Select(s => new SentenceSpan(s.Id, s.ArticleId, s.Ordinal, s.Start, s.End))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var mentions = await db.ArticleMentions
            .Select(m => new { m.EntityId, m.ArticleId, m.Start, m.End })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byArticle = sentences.GroupBy(s => s.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Start).ToList());

        var placed = new List<Placed>();
        foreach (var m in mentions)
        {
            if (!byArticle.TryGetValue(m.ArticleId, out var list)) continue;
            var sentence = list.LastOrDefault(s => s.Start <= m.Start);
            if (sentence is null || m.Start >= sentence.End) continue;
            placed.Add(new Placed(m.EntityId, m.ArticleId, sentence.Id, m.Start, m.End));
        }
        return new Occurrences(placed, sentences.ToDictionary(s => s.Id),
            placed.GroupBy(p => p.EntityId).ToDictionary(g => g.Key, g => g.Select(p => p.Sentence).ToHashSet()),
            mentions.GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.Select(m => m.ArticleId).ToHashSet()));
    }

    /// <summary>
    /// Every pair of entities whose association reaches <paramref name="minScore"/>, strongest first.
    /// G² is χ²-distributed with one degree of freedom under independence, so 10.83 means p &lt; 0.001.
    /// </summary>
    public async Task<IReadOnlyList<(int First, int Second, double Score, int Sentences)>> StrongPairsAsync(double minScore, CancellationToken cancellationToken)
    {
        var occurrences = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var together = occurrences.Placed.GroupBy(p => p.Sentence)
            .SelectMany(g =>
            {
                var ids = g.Select(p => p.EntityId).Distinct().Order().ToList();
                return ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => (a, b)));
            })
            .GroupBy(pair => pair)
            .Select(g => (g.Key.a, g.Key.b, Both: g.Count()));
        return [.. together
            .Select(p => (p.a, p.b, Score: occurrences.Score(occurrences.SentencesOf[p.a], occurrences.SentencesOf[p.b], p.Both), p.Both))
            .Where(p => p.Score >= minScore)
            .OrderByDescending(p => p.Score).ThenBy(p => p.a).ThenBy(p => p.b)];
    }

    /// <summary>The entities most associated with one entity, actors and news outlets ranked apart, at most <paramref name="limit"/> of each.</summary>
    public async Task<ConnectedEntities> ForEntityAsync(int entityId, int limit, CancellationToken cancellationToken)
    {
        var occurrences = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var (placed, sentenceById, sentencesOf, articlesOf) = (occurrences.Placed, occurrences.Sentences, occurrences.SentencesOf, occurrences.ArticlesOf);
        if (!sentencesOf.TryGetValue(entityId, out var subject)) return ConnectedEntities.None;

        var scored = sentencesOf.Where(kv => kv.Key != entityId)
            .Select(kv =>
            {
                var both = kv.Value.Count(subject.Contains);
                return (EntityId: kv.Key, Both: both, Score: occurrences.Score(subject, kv.Value, both));
            })
            .Where(x => x.Both > 0 && x.Score > 0)
            .ToList();
        var ids = scored.Select(x => x.EntityId).ToList();
        var entities = await db.Entities.Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Slug, e.Canonical, e.Type, e.Kind })
            .ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);

        var subjectMentions = placed.Where(p => p.EntityId == entityId).ToLookup(p => p.Sentence);
        // Outlets stay in the sentence counts (they are part of what the text says) and are only ranked apart.
        var outlets = scored.ToLookup(x => entities[x.EntityId].Kind == EntityKind.Media);
        return new ConnectedEntities(Rank(outlets[false]), Rank(outlets[true]));

        List<Connection> Rank(IEnumerable<(int EntityId, int Both, double Score)> candidates) => [.. candidates
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Both).ThenBy(x => entities[x.EntityId].Canonical, StringComparer.Ordinal)
            .Take(limit)
            .Select(x =>
            {
                var partnerMentions = placed.Where(p => p.EntityId == x.EntityId && subject.Contains(p.Sentence)).ToLookup(p => p.Sentence);
                var shared = partnerMentions.Select(g => sentenceById[g.Key])
                    .OrderBy(s => s.ArticleId).ThenBy(s => s.Ordinal)
                    .Select(s => new SharedSentence(s.ArticleId, s.Ordinal, s.Start, s.End,
                        [.. subjectMentions[s.Id].Select(p => (p.Start, p.End))], [.. partnerMentions[s.Id].Select(p => (p.Start, p.End))]))
                    .ToList();
                var e = entities[x.EntityId];
                return new Connection(e.Slug, e.Canonical, e.Type, x.Score, articlesOf[entityId].Intersect(articlesOf[x.EntityId]).Count(), shared);
            })];
    }
}
