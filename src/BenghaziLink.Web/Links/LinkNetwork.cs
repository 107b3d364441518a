using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Links;

/// <summary>
/// What the network shows: entity types (none: all), the fewest mentions an article–entity link needs, and
/// whether strongly associated entities are linked to each other too.
/// </summary>
public sealed record NetworkFilter(IReadOnlySet<EntityType> Types, int MinMentions, bool Associations = false)
{
    public const int MaxMinMentions = 1000;

    /// <summary>G² ≥ 10.83 is p &lt; 0.001 against independence: pairs that are no accident, not every pair seen once together.</summary>
    public const double StrongAssociation = 10.83;

    public static NetworkFilter All { get; } = new(new HashSet<EntityType>(), 1);

    public bool Shows(EntityType type) => Types.Count == 0 || Types.Contains(type);

    /// <summary>Reads <c>?type=person&amp;type=place&amp;min=2&amp;associations=true</c>; says in words what is wrong with bad input.</summary>
    public static (NetworkFilter? Filter, string? Error) Parse(IEnumerable<string?> types, string? min, string? associations = null)
    {
        var set = new HashSet<EntityType>();
        foreach (var raw in types.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var name = raw!.Trim();
            // Names only: Enum.TryParse would also take numbers and comma lists ("7", "person,group").
            var type = Enum.GetValues<EntityType>().Cast<EntityType?>()
                .FirstOrDefault(t => string.Equals(t.ToString(), name, StringComparison.OrdinalIgnoreCase));
            if (type is null) return (null, $"Unknown entity type “{Shorten(name)}”: choose person, group or place.");
            set.Add(type.Value);
        }
        var minMentions = 1;
        if (!string.IsNullOrWhiteSpace(min) && (!int.TryParse(min.Trim(), out minMentions) || minMentions < 1 || minMentions > MaxMinMentions))
        {
            return (null, $"The minimum number of mentions must be a whole number from 1 to {MaxMinMentions}, not “{Shorten(min.Trim())}”.");
        }
        var linkEntities = false;
        if (!string.IsNullOrWhiteSpace(associations) && !bool.TryParse(associations.Trim(), out linkEntities))
        {
            return (null, $"“associations” must be true or false, not “{Shorten(associations.Trim())}”.");
        }
        return (new NetworkFilter(set, minMentions, linkEntities), null);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>A node of the network: <c>a:{slug}</c> for an article, <c>e:{slug}</c> for an entity.</summary>
public sealed record NetworkNode(string Id, string Label, string Type, string Url);

/// <summary>An article–entity link, weighted by how many times the article mentions the entity.</summary>
public sealed record NetworkEdge(string Source, string Target, int Mentions);

/// <summary>Two entities named in the same sentences more often than chance (<see cref="Association.LogLikelihood"/>).</summary>
public sealed record NetworkAssociation(string Source, string Target, double Score, int Sentences);

public sealed record Network(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, IReadOnlyList<NetworkAssociation> Associations);

/// <summary>The corpus as a network of articles and the entities they mention, for the /links page and its API.</summary>
public sealed class LinkNetwork(BenghaziLinkDb db, EntityConnections connections)
{
    public async Task<Network> BuildAsync(NetworkFilter filter, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.OrderBy(a => a.Headline).Select(a => new { a.Id, a.Slug, a.Headline })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = await db.ArticleMentions.GroupBy(m => new { m.ArticleId, m.EntityId })
            .Select(g => new { g.Key.ArticleId, g.Key.EntityId, Mentions = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var entities = await db.Entities.Select(e => new { e.Id, e.Slug, e.Canonical, e.Type })
            .ToDictionaryAsync(e => e.Id, cancellationToken).ConfigureAwait(false);
        var articleSlugs = articles.ToDictionary(a => a.Id, a => a.Slug);

        var kept = counts.Where(c => c.Mentions >= filter.MinMentions && filter.Shows(entities[c.EntityId].Type)).ToList();
        // Every article stays a node, linked or not: the network is the whole corpus seen through the filter.
        var nodes = articles.Select(a => new NetworkNode($"a:{a.Slug}", a.Headline, "article", $"/articles/{a.Slug}")).ToList();
        nodes.AddRange(kept.Select(c => entities[c.EntityId]).Distinct()
            .OrderBy(e => e.Type).ThenBy(e => e.Canonical, StringComparer.Ordinal)
            .Select(e => new NetworkNode($"e:{e.Slug}", e.Canonical, e.Type.ToString().ToLowerInvariant(), $"/entities/{e.Slug}")));
        var edges = kept
            .OrderBy(c => articleSlugs[c.ArticleId], StringComparer.Ordinal).ThenByDescending(c => c.Mentions).ThenBy(c => entities[c.EntityId].Canonical, StringComparer.Ordinal)
            .Select(c => new NetworkEdge($"a:{articleSlugs[c.ArticleId]}", $"e:{entities[c.EntityId].Slug}", c.Mentions))
            .ToList();
        var shown = kept.Select(c => c.EntityId).ToHashSet();
        var associations = !filter.Associations ? [] : (await connections.StrongPairsAsync(NetworkFilter.StrongAssociation, cancellationToken).ConfigureAwait(false))
            .Where(p => shown.Contains(p.First) && shown.Contains(p.Second))
            .Select(p => new NetworkAssociation($"e:{entities[p.First].Slug}", $"e:{entities[p.Second].Slug}", Math.Round(p.Score, 1), p.Sentences))
            .ToList();
        return new Network(nodes, edges, associations);
    }
}
