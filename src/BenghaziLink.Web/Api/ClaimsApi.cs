using System.ComponentModel;
using System.Text.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Data;

using BenghaziLink.Web.Pages.Claims;
using BenghaziLink.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Api;

/// <summary>Claim groups as JSON: the same groups, members, chains, origins, disputed values and conflicting framings as <c>/claims</c>, a page at a time.</summary>
internal static class ClaimsApi
{
    public static void MapClaimsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/claims", async (
            [Description("An entity's slug or name (looked up as on /claims): only groups with a claim about it.")] string? entity,
            [Description("corroborated, single-origin or disputed.")] string? status,
            [Description("Words to find inside the claims' text: every one must appear in one claim of a group.")] string? q,
            [Description("Page of groups, a whole number from 1 (default 1).")] string? page,
            BenghaziLinkDb db, EntityLookup lookup, ClaimQuery claims, CancellationToken ct) =>
        {
            var (number, problem) = ApiProblems.Page(page);
            if (problem is not null) return problem;
            int? entityId = null;
            if (!string.IsNullOrWhiteSpace(entity))
            {
                entityId = await db.Entities.Where(e => e.Slug == entity).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct)
                    ?? (await lookup.ResolveAsync(entity, ct))?.Id;
                if (entityId is null) return Results.Problem($"No entity has the slug or a name like '{entity}'.", statusCode: StatusCodes.Status404NotFound);
            }
            GroupStatus? wanted = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                wanted = IndexModel.Parse(status);
                if (wanted is null) return Results.Problem("status must be corroborated, single-origin or disputed.", statusCode: StatusCodes.Status400BadRequest);
            }
            var groups = await claims.GroupsAsync(new ClaimFilter(entityId, wanted, q), number, ct);
            // Past the last page the list is empty (the page asked for is kept), so a client sees where the list ends.
            var past = number > groups.Pages;
            string Link(int p) => BenghaziLink.Web.Pages.Paging.Url("/api/claims", [("entity", entity), ("status", status), ("q", q), ("page", BenghaziLink.Web.Pages.Paging.Value(p))]);
            return Results.Ok(new
            {
                groups.Total,
                Page = past ? number : groups.Page,
                groups.Pages,
                groups.PageSize,
                Previous = past ? Link(groups.Pages) : groups.HasPrevious ? Link(groups.Page - 1) : null,
                Next = !past && groups.HasNext ? Link(groups.Page + 1) : null,
                // A list shows each group's first page of members; the group's own address pages through all of them.
                Groups = past ? [] : groups.Items.Select(g => Json(g, 1, claims.PageSize)),
            });
        })
            .WithName("ListClaimGroups").WithTags("Claims")
            .WithSummary("Claims of different articles grouped by the claim they state, a page at a time, with status, origins, members, attribution chains, disputed values and framings.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/claims/{id:int}", async (int id,
            [Description("Page of members, a whole number from 1 (default 1).")] string? page,
            [Description("Page of related claims (\"see also\"), a whole number from 1 (default 1).")] string? seeAlsoPage,
            ClaimQuery claims, CancellationToken ct) =>
        {
            var (number, problem) = ApiProblems.Page(page);
            if (problem is not null) return problem;
            var (seeAlsoNumber, seeAlsoProblem) = ApiProblems.Page(seeAlsoPage);
            if (seeAlsoProblem is not null) return seeAlsoProblem;
            if (await claims.GroupAsync(id, ct) is not { } group)
                return Results.Problem($"No claim group has the id {id}.", statusCode: StatusCodes.Status404NotFound);
            var seeAlso = await claims.SeeAlsoAsync(group, seeAlsoNumber, ct);
            string Link(int p) => BenghaziLink.Web.Pages.Paging.Url($"/api/claims/{id}", [("page", page), ("seeAlsoPage", BenghaziLink.Web.Pages.Paging.Value(p))]);
            // Related claims (same topic, another claim) are apart from the members: never support, never counted as origins.
            var json = JsonSerializer.SerializeToNode(Json(group, number, claims.PageSize), JsonSerializerOptions.Web)!.AsObject();
            json["seeAlso"] = JsonSerializer.SerializeToNode(new
            {
                seeAlso.Total, seeAlso.Page, seeAlso.Pages, seeAlso.PageSize,
                Previous = seeAlso.HasPrevious ? Link(seeAlso.Page - 1) : null,
                Next = seeAlso.HasNext ? Link(seeAlso.Page + 1) : null,
                Claims = seeAlso.Items.Select(s => new
                {
                    s.Claim.Id, Article = s.Claim.Slug, s.Claim.Headline, s.Claim.Outlet, Reported = s.Claim.Published,
                    s.Claim.Quote, s.Claim.Source, s.Claim.Url,
                    Group = s.GroupId, GroupUrl = s.GroupId is { } g ? $"/claims/{g}" : null,
                }),
            }, JsonSerializerOptions.Web);
            return Results.Ok(json);
        })
            .WithName("GetClaimGroup").WithTags("Claims")
            .WithSummary("One claim group, as listed by /api/claims, its members a page at a time, and apart from them the related claims (\"see also\": same topic, another claim, never support) a page at a time.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static object Json(GroupView g, int page, int pageSize) => new
    {
        g.Id,
        Status = IndexModel.Key(g.Status),
        g.ShortForm,
        StatusInWords = g.StatusInWords,
        Quote = g.Representative.Quote,
        g.Quantity,
        g.Topic,
        ArticleCount = g.ArticleCount,
        IndependentOrigins = g.OriginCount,
        Origins = g.Origins.Select(o => new { o.Number, o.Label, o.Basis, o.Reports, o.Articles }),
        DisputedValues = g.Status == GroupStatus.Disputed
            ? g.Values.Select(v => new { v.Value, v.Qualifier, Articles = v.Claims.Select(c => c.Slug).Distinct() })
            : null,
        Framings = g.Status == GroupStatus.Disputed && g.Framings.Count > 0
            ? g.Framings.Select(f => new { Article = f.Claim.Slug, Claim = f.Claim.Id, f.Dimension, f.Pole, f.Text, f.Start, f.End, f.Claim.Url })
            : null,
        MemberCount = g.Members.Count,
        MemberPage = page,
        MemberPages = Math.Max(1, (g.Members.Count + pageSize - 1) / pageSize),
        Members = g.Members.Skip((page - 1) * pageSize).Take(pageSize).Select(m => new
        {
            m.Claim.Id, Article = m.Claim.Slug, m.Claim.Headline, m.Claim.Outlet, Reported = m.Claim.Published,
            m.Claim.Quote, m.Claim.Start, m.Claim.End, m.Claim.Sentence, m.Claim.Url,
            Hedge = m.Claim.Hedge.ToString().ToLowerInvariant(), m.Claim.Cue,
            AttributionChain = m.Claim.Chain.Select(s => new { s.Name, Class = ClaimQuery.Name(s.Class), s.Surface }),
            OriginClass = ClaimQuery.OriginClass(m.Claim.Chain),
            m.Origin, m.Echo, m.Value, m.Qualifier,
        }),
        Url = $"/claims/{g.Id}",
    };
}
