using System.ComponentModel;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Pages.Claims;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Api;

/// <summary>Claim groups as JSON: the same groups, members, chains, origin counts, disputed values and conflicting framings as <c>/claims</c>.</summary>
internal static class ClaimsApi
{
    public static void MapClaimsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/claims", async (
            [Description("An entity's slug: only groups with a claim about it.")] string? entity,
            [Description("corroborated, single-origin or disputed.")] string? status,
            BenghaziLinkDb db, ClaimQuery claims, CancellationToken ct) =>
        {
            int? entityId = null;
            if (!string.IsNullOrWhiteSpace(entity))
            {
                entityId = await db.Entities.Where(e => e.Slug == entity).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
                if (entityId is null) return Results.Problem($"No entity has the slug '{entity}'.", statusCode: StatusCodes.Status404NotFound);
            }
            GroupStatus? wanted = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                wanted = Enum.GetValues<GroupStatus>().Cast<GroupStatus?>().FirstOrDefault(s => IndexModel.Key(s!.Value) == status);
                if (wanted is null) return Results.Problem("status must be corroborated, single-origin or disputed.", statusCode: StatusCodes.Status400BadRequest);
            }
            var groups = await claims.GroupsAsync(entityId, ct);
            return Results.Ok(groups.Where(g => wanted is null || g.Status == wanted).Select(Json));
        })
            .WithName("ListClaimGroups").WithTags("Claims")
            .WithSummary("Claims of different articles grouped by the fact they state, with status, members, attribution chains, disputed values and framings.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/claims/{id:int}", async (int id, ClaimQuery claims, CancellationToken ct) =>
            await claims.GroupAsync(id, ct) is { } group
                ? Results.Ok(Json(group))
                : Results.Problem($"No claim group has the id {id}.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetClaimGroup").WithTags("Claims").WithSummary("One claim group, as listed by /api/claims.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static object Json(GroupView g) => new
    {
        g.Id,
        Status = IndexModel.Key(g.Status),
        Quote = g.Representative.Quote,
        g.Quantity,
        g.Topic,
        ArticleCount = g.ArticleCount,
        IndependentOrigins = g.OriginCount,
        DisputedValues = g.Status == GroupStatus.Disputed
            ? g.Values.Select(v => new { v.Value, v.Qualifier, Articles = v.Claims.Select(c => c.Slug).Distinct() })
            : null,
        Framings = g.Status == GroupStatus.Disputed && g.Framings.Count > 0
            ? g.Framings.Select(f => new { Article = f.Claim.Slug, Claim = f.Claim.Id, f.Dimension, f.Pole, f.Text, f.Start, f.End, f.Claim.Url })
            : null,
        Members = g.Members.Select(m => new
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
