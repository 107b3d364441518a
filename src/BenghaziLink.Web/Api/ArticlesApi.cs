using System.ComponentModel;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Links;
using BenghaziLink.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Api;

/// <summary>The JSON API: the same data the pages show.</summary>
internal static class ArticlesApi
{
    public static void MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Articles");

        api.MapGet("/articles", async (BenghaziLinkDb db, CancellationToken ct) =>
            await db.Articles
                .OrderBy(a => a.Published == null).ThenBy(a => a.Published).ThenBy(a => a.Headline)
                .Select(a => new ArticleSummaryJson(a.Slug, a.Headline, a.SourceName, a.WordCount,
                    a.Outlet == null ? null : new MetadataJson(a.Outlet, a.OutletProvenance, a.OutletBasis),
                    a.Published == null ? null : new DateJson(a.Published, a.PublishedPrecision, a.PublishedProvenance, a.PublishedBasis)))
                .ToListAsync(ct))
            .WithName("ListArticles").WithSummary("Every article, dated ones first by publication date, with outlet and date and where each came from.")
            .Produces<List<ArticleSummaryJson>>();

        api.MapGet("/articles/{slug}", async (string slug, BenghaziLinkDb db, CancellationToken ct) =>
        {
            var article = await db.Articles.Where(a => a.Slug == slug)
                .Select(a => new
                {
                    a.Slug, a.Headline, a.Standfirst, a.Dateline, a.Byline, a.SourceName, a.ContentHash, a.WordCount, a.Text,
                    a.Outlet, a.OutletProvenance, a.OutletBasis, a.Published, a.PublishedPrecision, a.PublishedProvenance, a.PublishedBasis,
                    Blocks = a.Blocks.OrderBy(b => b.Ordinal).Select(b => new { b.Kind, b.Furniture, b.Start, b.End, b.Processor }).ToList(),
                    Furniture = a.Furniture.OrderBy(f => f.Start).Select(f => new { f.Kind, f.Start, f.End, f.Processor }).ToList(),
                    Facts = a.Facts.OrderBy(f => f.Start).Select(f => new { f.Kind, f.Value, f.Start, f.End, f.Processor }).ToList(),
                })
                .SingleOrDefaultAsync(ct);
            if (article is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the slug '{slug}'.");
            var text = article.Text;
            var articleId = await db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync(ct);
            var mentions = await db.ArticleMentions.Where(m => m.ArticleId == articleId).OrderBy(m => m.Start)
                .Join(db.Entities, m => m.EntityId, e => e.Id, (m, e) => new { m.Start, m.End, m.Surface, m.Cue, m.Processor, e.Slug, e.Canonical, e.Type, e.Kind })
                .ToListAsync(ct);
            var dates = await db.ArticleDates.Where(d => d.ArticleId == articleId).OrderBy(d => d.Start)
                .Select(d => new { d.Start, d.End, d.Surface, d.Value, d.Granularity, d.Relative, d.Anchor, d.Processor })
                .ToListAsync(ct);
            return Results.Ok(new
            {
                article.Slug, article.Headline, article.Standfirst, article.Dateline, article.Byline, article.SourceName, article.ContentHash, article.WordCount,
                Outlet = article.Outlet == null ? null : new MetadataJson(article.Outlet, article.OutletProvenance, article.OutletBasis),
                Published = article.Published == null ? null : new DateJson(article.Published, article.PublishedPrecision, article.PublishedProvenance, article.PublishedBasis),
                Text = text,
                Blocks = article.Blocks.Select(b => new { Kind = b.Kind.ToString(), Furniture = b.Furniture?.ToString(), b.Start, b.End, Text = text[b.Start..b.End], b.Processor }),
                Furniture = article.Furniture.Select(f => new { Kind = f.Kind.ToString(), f.Start, f.End, Text = text[f.Start..f.End], f.Processor }),
                Facts = article.Facts.Select(f => new { Kind = f.Kind.ToString(), f.Value, f.Start, f.End, Surface = text[f.Start..f.End], f.Processor }),
                Mentions = mentions.Select(m => new
                {
                    m.Surface, m.Start, m.End, Type = EntitiesApi.Lower(m.Type), Kind = BenghaziLink.Extraction.Entities.EntityKinds.Name(m.Kind),
                    Entity = new { m.Slug, m.Canonical, Url = $"/entities/{m.Slug}" }, m.Cue, m.Processor,
                }),
                Dates = dates.Select(d => new { Text = d.Surface, d.Value, Granularity = d.Granularity.ToString().ToLowerInvariant(), d.Relative, d.Anchor, d.Start, d.End, d.Processor }),
            });
        })
            .WithName("GetArticle").WithSummary("One article: its text, blocks, furniture, metadata facts, entity mentions and dates, each with its span and processor.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{slug}/related", async (string slug, RelatedArticles related, CancellationToken ct) =>
        {
            var list = await related.ForArticleAsync(slug, RelatedArticles.Shown, ct);
            if (list is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the slug '{slug}'.");
            return Results.Ok(list.Select(r => new
            {
                r.Slug, r.Headline, Url = $"/articles/{r.Slug}", r.Score, r.Reason,
                SharedEntities = r.SharedEntities.Select(e => new { e.Slug, e.Name, Type = EntitiesApi.Lower(e.Type), Weight = Math.Round(e.Weight, 3), Url = $"/entities/{e.Slug}" }),
                SharedDates = r.SharedDates.Select(d => new { d.Value, Granularity = d.Granularity.ToString().ToLowerInvariant() }),
                SharedClaims = r.SharedClaims.Select(c => new { c.Group, c.Quote, Weight = Math.Round(c.Weight, 3), Url = $"/claims/{c.Group}" }),
            }));
        })
            .WithName("ListRelatedArticles").WithSummary("Articles related to one article, best first, with the shared entities, dates and claims that relate them.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", async (
            [Description("Words to find in headlines and text.")] string? q,
            [Description("Page of results, a whole number from 1 (default 1).")] string? page,
            [Description("Only articles that name this entity (its slug).")] string? entity,
            [Description("Only articles of this outlet.")] string? outlet,
            [Description("Only articles published in this year (four digits).")] string? year,
            [Description("relevance (default) or date (newest first).")] string? sort,
            ArticleSearch search, CancellationToken ct) =>
        {
            var (number, problem) = ApiProblems.Page(page);
            if (problem is not null) return problem;
            var (filter, error) = SearchFilter.Parse(entity, outlet, year, sort);
            if (filter is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad filter", detail: error);
            var results = await search.SearchAsync(q, number, ct, filter: filter);
            return Results.Ok(new
            {
                results.Query, results.Total, results.Page, results.Pages, results.Problem,
                Filter = new { filter.Entity, filter.Outlet, filter.Year, Sort = filter.ByDate ? "date" : "relevance" },
                Facets = new
                {
                    Entities = results.Facets.Entities.Select(f => new { Slug = f.Value, Name = f.Label, Type = f.Type?.ToLowerInvariant(), f.Count }),
                    Outlets = results.Facets.Outlets.Select(f => new { Outlet = f.Value, f.Count }),
                    Years = results.Facets.Years.Select(f => new { Year = f.Value, f.Count }),
                },
                Hits = results.Hits.Select(h => new
                {
                    h.Slug, h.Headline, h.Outlet, h.Published, h.Rank,
                    Url = $"/articles/{h.Slug}",
                    Snippet = string.Concat(h.Snippet.Select(r => r.Text)),
                    Highlights = h.Snippet.Where(r => r.Hit).Select(r => r.Text).Distinct(StringComparer.OrdinalIgnoreCase),
                }),
            });
        })
            .WithName("SearchArticles").WithTags("Search").WithSummary("Full-text search over headlines and text, ranked (BM25), with highlighted snippets.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
    }

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (BenghaziLinkDb db, Ingestion.MeaningBacklog meaning, CancellationToken ct) =>
        {
            try
            {
                var articles = await db.Articles.CountAsync(ct);
                // Claims whose meaning is not computed yet: their groups may still change (Ingestion.MeaningService).
                var (status, pending) = await meaning.StateAsync(ct);
                return Results.Ok(new { Status = "healthy", Database = "reachable", Articles = articles, Meaning = new { Status = status, Pending = pending } });
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                return Results.Json(new { Status = "unhealthy", Database = "unreachable", Error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        })
            .WithName("Health").WithTags("Health").WithSummary("Whether the store answers, how many articles it holds, and how many claims still wait for their meaning vector.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status503ServiceUnavailable, contentType: "application/json");

    internal sealed record MetadataJson(string Value, Provenance? Provenance, string? Basis);
    internal sealed record DateJson(string Value, BenghaziLink.Extraction.DatePrecision? Granularity, Provenance? Provenance, string? Basis);
    internal sealed record ArticleSummaryJson(string Slug, string Headline, string SourceName, int WordCount, MetadataJson? Outlet, DateJson? Published)
    {
        public string Url => $"/articles/{Slug}";
    }
}
