using System.ComponentModel;
using BenghaziLink.Web.Links;
using Microsoft.AspNetCore.Mvc;

namespace BenghaziLink.Web.Api;

/// <summary>The article–entity network of <c>/links</c> as JSON, with the same filter.</summary>
internal static class LinksApi
{
    public static void MapLinksApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/links", async (
            [FromQuery(Name = "type"), Description("person, group or place; repeat for several (default: all three).")] string[]? type,
            [Description("Fewest mentions that make an article–entity link, from 1 (default 1).")] string? min,
            [Description("true adds pairs of entities named together in sentences more than chance allows (G², p < 0.001).")] string? associations,
            LinkNetwork network, CancellationToken ct) =>
        {
            var (filter, error) = NetworkFilter.Parse(type ?? [], min, associations);
            if (filter is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad filter", detail: error);
            return Results.Ok(await network.BuildAsync(filter, ct));
        })
            .WithName("GetLinkNetwork").WithTags("Links")
            .WithSummary("The article–entity network of /links, with the same filter.")
            .Produces<Network>().ProducesProblem(StatusCodes.Status400BadRequest);
}
