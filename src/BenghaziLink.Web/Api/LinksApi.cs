using BenghaziLink.Web.Links;

namespace BenghaziLink.Web.Api;

/// <summary>The article–entity network of <c>/links</c> as JSON, with the same filter.</summary>
internal static class LinksApi
{
    public static void MapLinksApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/links", async (HttpRequest request, LinkNetwork network, CancellationToken ct) =>
        {
            var (filter, error) = NetworkFilter.Parse(request.Query["type"], request.Query["min"], request.Query["associations"]);
            if (filter is null) return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad filter", detail: error);
            return Results.Ok(await network.BuildAsync(filter, ct));
        });
}
