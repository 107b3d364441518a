using System.Text.Json;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Links;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages.Links;

public sealed class IndexModel(LinkNetwork network) : PageModel
{
    /// <summary>One row of the text table: the same link as a graph edge, named for reading.</summary>
    public sealed record LinkRow(string ArticleUrl, string Article, string EntityUrl, string Entity, string Type, int Mentions);

    public static IReadOnlyList<EntityType> AllTypes { get; } = Enum.GetValues<EntityType>();

    public NetworkFilter Filter { get; private set; } = NetworkFilter.All;
    public string? Error { get; private set; }
    public string MinText { get; private set; } = "1";
    public Network Graph { get; private set; } = new([], [], []);
    public IReadOnlyList<LinkRow> Rows { get; private set; } = [];

    public sealed record AssociationRow(string FirstUrl, string First, string SecondUrl, string Second, double Score, int Sentences);

    public IReadOnlyList<AssociationRow> AssociationRows { get; private set; } = [];

    /// <summary>The graph for links.js, in the same form as <c>/api/links</c>. The serializer escapes &lt; and &gt;, so it cannot end the script element.</summary>
    public string GraphJson => JsonSerializer.Serialize(Graph, JsonSerializerOptions.Web);

    public int ArticleCount => Graph.Nodes.Count(n => n.Type == "article");
    public int EntityCount => Graph.Nodes.Count - ArticleCount;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "type")] string[]? type, string? min, string? associations, CancellationToken cancellationToken)
    {
        MinText = min ?? "1";
        var (filter, error) = NetworkFilter.Parse(type ?? [], min, associations);
        if (filter is null)
        {
            Error = error;
            return Page();
        }
        Filter = filter;
        Graph = await network.BuildAsync(filter, cancellationToken);
        var byId = Graph.Nodes.ToDictionary(n => n.Id);
        Rows = [.. Graph.Edges.Select(e =>
        {
            var (article, entity) = (byId[e.Source], byId[e.Target]);
            return new LinkRow(article.Url, article.Label, entity.Url, entity.Label, entity.Type, e.Mentions);
        })];
        AssociationRows = [.. Graph.Associations.Select(a =>
        {
            var (first, second) = (byId[a.Source], byId[a.Target]);
            return new AssociationRow(first.Url, first.Label, second.Url, second.Label, a.Score, a.Sentences);
        })];
        return Page();
    }

    public bool IsChecked(EntityType type) => Filter.Types.Contains(type);
}
