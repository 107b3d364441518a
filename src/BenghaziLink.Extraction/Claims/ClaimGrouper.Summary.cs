using System.Globalization;

namespace BenghaziLink.Extraction.Claims;

public static partial class ClaimGrouper
{
    /// <summary>How many words of a member's content stand for a group whose members share no topic.</summary>
    private const int SummaryWords = 14;

    /// <summary>A figure group in short form: what it counts and the values given ("killed hostages: 37 / at least 38").</summary>
    private static string FigureSummary(List<Item> members, string? quantity) =>
        $"{quantity}: " + string.Join(" / ", members.Select(m => m.Claim.Quantities.First(q => !q.Part))
            .Select(q => (q.Qualifier is null ? "" : q.Qualifier + " ") + q.Value.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal));

    /// <summary>The first topic group (<see cref="StatementGroups"/>) every member belongs to; null when none.</summary>
    private static int? SharedTopic(List<Item> members, List<Reading> readings)
    {
        var mine = Of(members, readings);
        var shared = mine.Skip(1).Aggregate(mine[0].Topics.ToHashSet(), (set, r) => { set.IntersectWith(r.Topics); return set; });
        return shared.Count == 0 ? null : shared.Min();
    }

    private static List<Reading> Of(List<Item> members, List<Reading> readings)
    {
        var byClaim = readings.DistinctBy(r => ReuseIndex.Key(r.Item)).ToDictionary(r => ReuseIndex.Key(r.Item));
        return [.. members.Select(m => byClaim[ReuseIndex.Key(m)])];
    }

    /// <summary>
    /// A same-claim or disputed group in short form: its proposition (subject – predicate – object), else the names and the kind of thing every member says of them ("Omar
    /// Haddad and Desert Hawks Brigade: lead"), else the first words of its first member's content.
    /// </summary>
    private static string ClaimSummary(List<Item> members, List<Reading> readings)
    {
        // The claim's own proposition, where the first member that has one was read into subject, predicate and object.
        if (members.Select(m => m.Claim.Proposition).FirstOrDefault(p => p is not null) is { } proposition)
        {
            var predicate = proposition.Negated ? "not " + proposition.Predicate : proposition.Predicate;
            return proposition.Object is null ? $"{proposition.Subject} – {predicate}" : $"{proposition.Subject} – {predicate} – {proposition.Object}";
        }
        var mine = Of(members, readings);
        var anchors = mine.Skip(1).Aggregate(mine[0].Topic.Own.ToHashSet(StringComparer.Ordinal), (set, r) => { set.IntersectWith(r.Topic.Anchors); return set; });
        var predicates = mine.Skip(1).Aggregate(mine[0].Topic.Predicates.ToHashSet(StringComparer.Ordinal), (set, r) => { set.IntersectWith(r.Topic.Predicates); return set; });
        if (anchors.Count > 0 && predicates.Count > 0)
        {
            var names = DisplayNames(members);
            var about = anchors.Order(StringComparer.Ordinal).Take(2).ToList();
            return TopicLabel($"{about[0]}|{about[^1]}|{string.Join(", ", predicates.Order(StringComparer.Ordinal))}", names.GetValueOrDefault);
        }
        var words = Token().Matches(mine[0].Content).Select(m => m.Value).ToList();
        return string.Join(' ', words.Take(SummaryWords)) + (words.Count > SummaryWords ? " …" : "");
    }
}
