using System.Collections.Immutable;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>
/// Typed entity matching: a gold entity is found when a predicted entity of the same type shares a name
/// with it (canonical name or any mention, compared by <see cref="MatchKey"/>). Matching by any shared name,
/// not by canonical name alone, keeps the score about finding entities; canonical names are checked by
/// cross-article linking, not here.
/// </summary>
public static class EntityScorer
{
    public static EntityScore Score(ImmutableArray<EntityAnnotation> gold, ImmutableArray<EntityAnnotation> predicted)
    {
        var goldKeys = gold.Select(Keys).ToArray();
        var predictedKeys = predicted.Select(Keys).ToArray();
        int Shared(int g, int p) => goldKeys[g].Count(predictedKeys[p].Contains);

        // For each gold entity, the predicted entities of its type that share a name with it, best first.
        var matches = gold.Select((e, g) => Enumerable.Range(0, predicted.Length)
            .Where(p => predicted[p].Type == e.Type && Shared(g, p) > 0)
            .OrderByDescending(p => Shared(g, p)).ThenBy(p => p)
            .ToList()).ToList();
        var goldOf = predicted.Select((_, p) => Enumerable.Range(0, gold.Length).Where(g => matches[g].Contains(p)).ToList()).ToList();

        EntityTally TallyOf(EntityType type)
        {
            var golds = Enumerable.Range(0, gold.Length).Where(g => gold[g].Type == type).ToList();
            var found = golds.Where(g => matches[g].Count > 0).ToList();
            var predictions = Enumerable.Range(0, predicted.Length).Where(p => predicted[p].Type == type).ToList();
            // Persons have no kind, so only groups and places are checked.
            var kindChecked = type == EntityType.Person ? [] : found;
            return new EntityTally(
                Gold: golds.Count,
                Found: found.Count,
                Predicted: predictions.Count,
                Matched: predictions.Count(p => goldOf[p].Count > 0),
                KindChecked: kindChecked.Count,
                KindCorrect: kindChecked.Count(g => predicted[matches[g][0]].Kind == gold[g].Kind),
                Splits: found.Count(g => matches[g].Count > 1),
                Merges: predictions.Count(p => goldOf[p].Count > 1));
        }

        var missed = Enumerable.Range(0, gold.Length).Where(g => matches[g].Count == 0)
            .Select(g => new MissedEntity(gold[g], [.. Enumerable.Range(0, predicted.Length)
                .Where(p => predicted[p].Type != gold[g].Type && Shared(g, p) > 0).Select(p => predicted[p])]));
        var kindErrors = Enumerable.Range(0, gold.Length)
            .Where(g => gold[g].Type != EntityType.Person && matches[g].Count > 0 && predicted[matches[g][0]].Kind != gold[g].Kind)
            .Select(g => new KindError(gold[g], predicted[matches[g][0]]));
        var splits = Enumerable.Range(0, gold.Length).Where(g => matches[g].Count > 1)
            .Select(g => new SplitEntity(gold[g], [.. matches[g].Select(p => predicted[p])]));
        var merges = Enumerable.Range(0, predicted.Length).Where(p => goldOf[p].Count > 1)
            .Select(p => new MergedEntity(predicted[p], [.. goldOf[p].Select(g => gold[g])]));
        return new EntityScore(
            TallyOf(EntityType.Person),
            TallyOf(EntityType.Group),
            TallyOf(EntityType.Place),
            [.. missed],
            [.. Enumerable.Range(0, predicted.Length).Where(p => goldOf[p].Count == 0).Select(p => predicted[p])],
            [.. kindErrors],
            [.. splits],
            [.. merges]);
    }

    private static HashSet<string> Keys(EntityAnnotation entity) =>
        entity.Names.Select(MatchKey.Of).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
}
