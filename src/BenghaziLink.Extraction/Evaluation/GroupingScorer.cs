using System.Collections.Immutable;
using System.Text.Json;
using BenghaziLink.Extraction.Claims;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>A gold cluster (<c>claim-clusters.json</c>): claims of several articles that state one fact ("agree") or give conflicting values for it ("disagree").</summary>
public sealed record GoldCluster(string Id, string Summary, ImmutableArray<string> Members, string Relation)
{
    public bool Disagree => Relation.Equals("disagree", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <c>[{"id", "summary", "members": ["000-c1", …], "relation": "agree|disagree"}]</c>; a broken entry is a <see cref="FormatException"/> naming it.</summary>
    public static ImmutableArray<GoldCluster> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array) throw new FormatException("expected an array of clusters");
        return [.. root.EnumerateArray().Select((c, i) =>
        {
            var where = $"[{i}]";
            if (c.ValueKind != JsonValueKind.Object) throw new FormatException($"{where}: expected an object");
            string Text(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            if (!c.TryGetProperty("members", out var members) || members.ValueKind != JsonValueKind.Array) throw new FormatException($"{where}.members: expected an array");
            var ids = members.EnumerateArray().Select((m, j) => m.ValueKind == JsonValueKind.String ? m.GetString()! : throw new FormatException($"{where}.members[{j}]: expected a string"));
            var id = Text("id");
            return new GoldCluster(id.Length > 0 ? id : where, Text("summary"), [.. ids], Text("relation"));
        })];
    }

    /// <summary>Whether a parsed gold file is a cluster file: an array of objects with "members".</summary>
    public static bool IsClusterFile(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array && root.EnumerateArray().All(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("members", out _));
}

/// <summary>Pairwise counts of a grouping: pairs of gold claims grouped together by the gold and found together; pairs the prediction groups together and how many of them the gold does too.</summary>
public sealed record PairTally(int GoldPairs, int FoundPairs, int PredictedPairs, int CorrectPairs)
{
    public double? Precision => Ratio.Of(CorrectPairs, PredictedPairs);
    public double? Recall => Ratio.Of(FoundPairs, GoldPairs);
    public double? F1 => Ratio.F1(Precision, Recall);
}

/// <summary>
/// A gold cluster and the predicted group that holds most of its found claims (null when none holds two): how many
/// of its claims were found and how many of those the group holds, and the group itself (status, articles, origins, values).
/// </summary>
public sealed record ClusterFinding(GoldCluster Cluster, int Found, int InGroup, ClaimGroup? Group);

/// <summary>The tally, each gold cluster's best group, and the pairs behind the tally (gold claim ids, ordinal order): gold pairs the grouping keeps apart and predicted pairs the gold does not hold.</summary>
/// <summary>
/// How many groups the grouper calls corroborated are one gold claim: a group is judged when at least two of its members
/// stand for gold claims, and right when one gold cluster that agrees (not a disagreement) holds all of those; members that stand for no gold claim
/// cannot be judged and are left out.
/// </summary>
public sealed record CorroboratedTally(int Judged, int Right, int Unjudged)
{
    public double? Precision => Ratio.Of(Right, Judged);
}

public sealed record GroupingScore(PairTally Pairs, ImmutableArray<ClusterFinding> Clusters, int Groups)
{
    public CorroboratedTally Corroborated { get; init; } = new(0, 0, 0);

    public ImmutableArray<(string A, string B)> Missed { get; init; } = [];
    public ImmutableArray<(string A, string B)> Spurious { get; init; } = [];

    /// <summary>For each missed and spurious pair, how the grouper judged its two claims and why (<see cref="ClaimGrouper.Explain"/>); empty when not asked for.</summary>
    public ImmutableDictionary<(string A, string B), string> Why { get; init; } = ImmutableDictionary<(string A, string B), string>.Empty;
}

/// <summary>
/// Scores a grouping pairwise over gold claims. Each gold claim stands for the predicted claim it was matched to;
/// two gold claims are grouped together by the prediction when one predicted group holds both their claims. Two
/// gold claims that stand for the same predicted claim cannot be told apart: as a gold pair they count as found,
/// and they are never a predicted pair.
/// </summary>
public static class GroupingScorer
{
    public static GroupingScore Score(ImmutableArray<GoldCluster> clusters, IReadOnlyDictionary<string, (string Article, int Claim)> matches, ImmutableArray<ClaimGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var membership = new Dictionary<(string, int), HashSet<int>>();
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                var key = (member.Article, member.Claim);
                if (!membership.TryGetValue(key, out var set)) membership[key] = set = [];
                set.Add(group.Id);
            }
        }
        bool Together((string, int) a, (string, int) b) =>
            membership.TryGetValue(a, out var x) && membership.TryGetValue(b, out var y) && x.Overlaps(y);

        var goldPairs = clusters.SelectMany(c => Pairs(c.Members)).ToHashSet();
        bool Found((string A, string B) p) => matches.TryGetValue(p.A, out var a) && matches.TryGetValue(p.B, out var b) && (a == b || Together(a, b));
        var found = goldPairs.Count(Found);
        var ids = matches.Keys.Order(StringComparer.Ordinal).ToList();
        var predicted = Pairs(ids).Where(p => matches[p.A] != matches[p.B] && Together(matches[p.A], matches[p.B])).ToList();
        var tally = new PairTally(goldPairs.Count, found, predicted.Count, predicted.Count(goldPairs.Contains));

        var findings = clusters.Select(cluster =>
        {
            var claims = cluster.Members.Where(matches.ContainsKey).Select(m => matches[m]).Distinct().ToList();
            var best = groups
                .Select(g => (Group: g, Count: claims.Count(c => g.Members.Any(m => (m.Article, m.Claim) == c))))
                .Where(x => x.Count >= 2)
                .OrderByDescending(x => x.Count).ThenBy(x => x.Group.Members.Length).ThenBy(x => x.Group.Id)
                .FirstOrDefault();
            return new ClusterFinding(cluster, claims.Count, best.Group is null ? 0 : best.Count, best.Group);
        });
        return new GroupingScore(tally, [.. findings], groups.Length)
        {
            Missed = [.. goldPairs.Where(p => !Found(p)).OrderBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)],
            Spurious = [.. predicted.Where(p => !goldPairs.Contains(p))],
            Corroborated = Corroborated(clusters, matches, groups),
        };
    }

    private static CorroboratedTally Corroborated(ImmutableArray<GoldCluster> clusters, IReadOnlyDictionary<string, (string Article, int Claim)> matches, ImmutableArray<ClaimGroup> groups)
    {
        // A predicted claim can stand for several gold claims (one sentence, two facts): any of them may carry the cluster.
        var goldOf = matches.GroupBy(m => m.Value, m => m.Key).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        int judged = 0, right = 0, unjudged = 0;
        foreach (var group in groups.Where(g => g.Status == GroupStatus.Corroborated))
        {
            var stand = group.Members.Select(m => (m.Article, m.Claim)).Distinct().Where(goldOf.ContainsKey).Select(k => goldOf[k]).ToList();
            if (stand.Count < 2) { unjudged++; continue; }
            judged++;
            if (clusters.Any(c => !c.Disagree && stand.All(ids => ids.Overlaps(c.Members)))) right++;
        }
        return new CorroboratedTally(judged, right, unjudged);
    }

    private static IEnumerable<(string A, string B)> Pairs(IReadOnlyList<string> members)
    {
        var distinct = members.Distinct().Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++) yield return (distinct[i], distinct[j]);
        }
    }
}
