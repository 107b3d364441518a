using System.Globalization;
using System.Text;
using System.Xml;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Pages.Timeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Export;

/// <summary>
/// The corpus's data to take away: <c>/export/entities.csv[?type=]</c>, <c>/export/claims.csv[?status=]</c> (one row per report),
/// <c>/export/timeline.csv</c> (optionally for one entity) and <c>/export/links.graphml</c> (the /links network,
/// same filter, for Gephi). Rows are written as they are read, a batch at a time, so a large corpus streams.
/// </summary>
internal static class ExportEndpoints
{
    private const int Batch = 1000;

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/entities.csv", async (string? type, BenghaziLinkDb db, HttpContext http, CancellationToken ct) =>
        {
            // The same type filter as /entities and /links.
            var (filter, error) = NetworkFilter.Parse(type is null ? [] : [type], null);
            if (filter is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad filter", detail: error);
            await WriteCsvAsync(http, filter.Types.Count == 0 ? "entities.csv" : $"entities-{type!.Trim().ToLowerInvariant()}.csv",
                ["slug", "canonical", "type", "kind", "names", "mentions", "articles", "url"], EntityRows(db, filter, ct), ct);
            return Results.Empty;
        });
        app.MapGet("/export/claims.csv", async (string? status, BenghaziLinkDb db, HttpContext http, CancellationToken ct) =>
        {
            // The same status keys as /claims: only the reports of groups of that status.
            GroupStatus? only = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                only = Pages.Claims.IndexModel.Parse(status.Trim());
                if (only is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad filter", detail: "The status must be corroborated, single-origin or disputed.");
            }
            await WriteCsvAsync(http, only is null ? "claims.csv" : $"claims-{status!.Trim()}.csv",
                ["group", "group_status", "group_summary", "group_articles", "group_origins", "origin", "echo", "article", "headline", "outlet", "published", "claim", "chain", "hedge", "mood", "quote", "url"],
                ClaimRows(db, only, ct), ct);
            return Results.Empty;
        });
        app.MapGet("/export/timeline.csv", async (string? entity, BenghaziLinkDb db, TimelineQuery timeline, HttpContext http, CancellationToken ct) =>
        {
            int? entityId = null;
            if (!string.IsNullOrWhiteSpace(entity))
            {
                entityId = await db.Entities.Where(e => e.Slug == entity).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
                if (entityId is null) return Results.Problem($"No entity has the slug '{entity}'.", statusCode: StatusCodes.Status404NotFound);
            }
            var entries = await timeline.LoadAsync(entityId, ct);
            await WriteCsvAsync(http, entityId is null ? "timeline.csv" : $"timeline-{entity}.csv",
                ["value", "label", "granularity", "start", "end", "surface", "relative", "resolved_from", "article", "headline", "sentence", "sentence_text", "url"],
                entries.Select(e => Csv.Row(e.Value, e.Period?.Label, e.Period?.Granularity.ToString().ToLowerInvariant(), Iso(e.Period?.Start), Iso(e.Period?.End),
                    e.Surface, e.Relative, e.ResolvedFrom, e.Slug, e.Headline, e.Sentence, e.SentenceText, e.Url)).ToAsyncEnumerable(), ct);
            return Results.Empty;
        });
        app.MapGet("/export/links.graphml", async ([FromQuery(Name = "type")] string[]? type, string? min, string? associations, LinkNetwork network, HttpContext http, CancellationToken ct) =>
        {
            var (filter, error) = NetworkFilter.Parse(type ?? [], min, associations);
            if (filter is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad filter", detail: error);
            var built = await network.BuildAsync(filter, ct);
            http.Response.ContentType = "application/graphml+xml; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"links.graphml\"";
            await WriteGraphMlAsync(http.Response.Body, built, ct);
            return Results.Empty;
        });
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task WriteCsvAsync(HttpContext http, string file, IReadOnlyList<string> header, IAsyncEnumerable<string> rows, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(Csv.Row(header));
        await foreach (var row in rows.WithCancellation(ct)) await writer.WriteAsync(row);
    }

    private static async IAsyncEnumerable<string> EntityRows(BenghaziLinkDb db, NetworkFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var last = 0;
        while (true)
        {
            var types = filter.Types.ToList();
            var entities = await db.Entities.AsNoTracking().Where(e => e.Id > last && (types.Count == 0 || types.Contains(e.Type))).OrderBy(e => e.Id).Take(Batch)
                .Select(e => new { e.Id, e.Slug, e.Canonical, e.Type, e.Kind }).ToListAsync(ct);
            if (entities.Count == 0) yield break;
            var ids = entities.Select(e => e.Id).ToList();
            var names = (await db.EntityAliases.Where(a => ids.Contains(a.EntityId)).Select(a => new { a.EntityId, a.Name }).ToListAsync(ct)).ToLookup(a => a.EntityId, a => a.Name);
            var counts = await db.ArticleMentions.Where(m => ids.Contains(m.EntityId)).GroupBy(m => m.EntityId)
                .Select(g => new { Id = g.Key, Mentions = g.Count(), Articles = g.Select(m => m.ArticleId).Distinct().Count() }).ToDictionaryAsync(c => c.Id, ct);
            foreach (var e in entities)
            {
                var count = counts.GetValueOrDefault(e.Id);
                yield return Csv.Row(e.Slug, e.Canonical, Api.EntitiesApi.Lower(e.Type), Extraction.Entities.EntityKinds.Name(e.Kind),
                    string.Join(" | ", names[e.Id].Distinct().Order(StringComparer.Ordinal)), count?.Mentions ?? 0, count?.Articles ?? 0, $"/entities/{e.Slug}");
            }
            last = entities[^1].Id;
        }
    }

    /// <summary>One row per report: a claim in one article, with the group it belongs to (a row per group when it belongs to several; group columns empty when it is in none). Related ("see also") groups are no support and are left out.</summary>
    private static async IAsyncEnumerable<string> ClaimRows(BenghaziLinkDb db, GroupStatus? only, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var last = 0;
        while (true)
        {
            var claims = await db.ArticleClaims.AsNoTracking().Where(c => c.Id > last).OrderBy(c => c.Id).Take(Batch)
                .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, c.Ordinal, c.Surface, c.Hedge, c.Mood, a.Slug, a.Headline, a.Outlet, a.Published })
                .ToListAsync(ct);
            if (claims.Count == 0) yield break;
            var ids = claims.Select(c => c.Id).ToList();
            var chains = (await db.ClaimSources.Where(s => ids.Contains(s.ClaimId)).OrderBy(s => s.Position).Select(s => new { s.ClaimId, s.Name }).ToListAsync(ct))
                .ToLookup(s => s.ClaimId, s => s.Name);
            var groups = (await db.ClaimGroupMembers.Where(m => ids.Contains(m.ClaimId))
                .Join(db.ClaimGroups, m => m.GroupId, g => g.Id, (m, g) => new { m.ClaimId, m.Origin, m.Echo, g.Id, g.Status, g.Summary, g.Topic, g.ArticleCount, g.OriginCount })
                .Where(x => x.Status != GroupStatus.Related).ToListAsync(ct)).ToLookup(x => x.ClaimId);
            foreach (var c in claims)
            {
                var chain = string.Join(" → ", chains[c.Id]);
                var url = $"/articles/{c.Slug}#claims-heading";
                object?[] report = [c.Slug, c.Headline, c.Outlet, c.Published, c.Ordinal, chain, Lower(c.Hedge), Lower(c.Mood), c.Surface, url];
                if (only is null && !groups[c.Id].Any()) yield return Csv.Row([null, null, null, null, null, null, null, .. report]);
                foreach (var g in groups[c.Id].Where(g => only is null || g.Status == only).OrderBy(g => g.Id))
                {
                    yield return Csv.Row([g.Id, Pages.Claims.IndexModel.Key(g.Status), g.Summary ?? g.Topic, g.ArticleCount, g.OriginCount, g.Origin, g.Echo, .. report]);
                }
            }
            last = claims[^1].Id;
        }
    }

    // Kinds, types and statuses read as the pages and the API write them.
    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>GraphML as Gephi reads it: node label, type and URL; edge weight (mentions, or G² for an association), kind and shared sentences.</summary>
    private static async Task WriteGraphMlAsync(Stream body, Network network, CancellationToken ct)
    {
        await using var xml = XmlWriter.Create(body, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", "http://graphml.graphdrawing.org/xmlns");
        async Task Key(string id, string @for, string name, string type)
        {
            await xml.WriteStartElementAsync(null, "key", null);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await xml.WriteAttributeStringAsync(null, "for", null, @for);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await xml.WriteEndElementAsync();
        }
        async Task Data(string key, string value)
        {
            await xml.WriteStartElementAsync(null, "data", null);
            await xml.WriteAttributeStringAsync(null, "key", null, key);
            await xml.WriteStringAsync(value);
            await xml.WriteEndElementAsync();
        }
        await Key("label", "node", "label", "string");
        await Key("type", "node", "type", "string");
        await Key("url", "node", "url", "string");
        await Key("weight", "edge", "weight", "double");
        await Key("kind", "edge", "kind", "string");
        await Key("sentences", "edge", "sentences", "int");
        await xml.WriteStartElementAsync(null, "graph", null);
        await xml.WriteAttributeStringAsync(null, "id", null, "links");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "undirected");
        foreach (var node in network.Nodes)
        {
            ct.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", null);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await Data("label", node.Label);
            await Data("type", node.Type);
            await Data("url", node.Url);
            await xml.WriteEndElementAsync();
        }
        var n = 0;
        async Task Edge(string source, string target, double weight, string kind, int? sentences)
        {
            await xml.WriteStartElementAsync(null, "edge", null);
            await xml.WriteAttributeStringAsync(null, "id", null, $"e{n++}");
            await xml.WriteAttributeStringAsync(null, "source", null, source);
            await xml.WriteAttributeStringAsync(null, "target", null, target);
            await Data("weight", weight.ToString("R", CultureInfo.InvariantCulture));
            await Data("kind", kind);
            if (sentences is { } s) await Data("sentences", s.ToString(CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        }
        foreach (var edge in network.Edges) await Edge(edge.Source, edge.Target, edge.Mentions, "mentions", null);
        foreach (var pair in network.Associations) await Edge(pair.Source, pair.Target, pair.Score, "association", pair.Sentences);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }
}
