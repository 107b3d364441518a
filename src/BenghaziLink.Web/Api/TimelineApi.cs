using System.ComponentModel;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Pages.Timeline;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Api;

/// <summary>The timeline as JSON: the same dated statements, order and resolutions as <c>/timeline</c>.</summary>
internal static class TimelineApi
{
    public static void MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/timeline", async ([Description("An entity's slug: only sentences about it.")] string? entity, BenghaziLinkDb db, TimelineQuery timeline, CancellationToken ct) =>
        {
            int? entityId = null;
            if (!string.IsNullOrWhiteSpace(entity))
            {
                entityId = await db.Entities.Where(e => e.Slug == entity).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
                if (entityId is null) return Results.Problem($"No entity has the slug '{entity}'.", statusCode: StatusCodes.Status404NotFound);
            }
            var entries = await timeline.LoadAsync(entityId, ct);
            return Results.Ok(entries.Select(e => new
            {
                e.Value,
                Label = e.Period?.Label,
                Granularity = e.Period?.Granularity,
                Start = e.Period?.Start,
                End = e.Period?.End,
                e.Surface,
                e.Relative,
                e.ResolvedFrom,
                Article = e.Slug,
                e.Headline,
                e.Sentence,
                e.SentenceText,
                e.Url,
            }));
        })
            .WithName("ListTimeline").WithTags("Timeline")
            .WithSummary("Every date mention in its sentence, ordered by the period it covers, with what relative dates were resolved against.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
