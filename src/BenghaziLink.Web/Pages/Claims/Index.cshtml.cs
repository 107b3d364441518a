using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages.Claims;

public sealed class IndexModel(ClaimQuery claims, EntityLookup lookup, BenghaziLink.Web.Ingestion.MeaningBacklog backlog) : PageModel
{
    /// <summary>An entity's slug, or a name to look up (typos included).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    /// <summary>corroborated, single-origin or disputed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>Words to find inside the claims' text: every one must appear in one claim of a group.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }


    /// <summary>Claims whose meaning is still being computed in the background: groups may change when it is done.</summary>
    public int MeaningPending { get; private set; }

    public EntityChoice? Filter { get; private set; }
    public bool FilterNotFound { get; private set; }
    public GroupStatus? StatusFilter { get; private set; }
    public Paged<GroupView> Groups { get; private set; } = new([], 1, 1, 0);

    /// <summary>Groups per status before the status filter, so the filter shows what each choice would give.</summary>
    public IReadOnlyDictionary<GroupStatus, int> Counts { get; private set; } = new Dictionary<GroupStatus, int>();

    public static string Key(GroupStatus status) => status switch
    {
        GroupStatus.SingleOrigin => "single-origin",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>A listed status from its key; null for anything else (related groups are never listed as support).</summary>
    public static GroupStatus? Parse(string? key) => ClaimQuery.Listed.Cast<GroupStatus?>().FirstOrDefault(s => Key(s!.Value) == key);

    /// <summary>This list with the same filters on another page.</summary>
    public string PageUrl(int page) => Paging.Url("/claims", [("entity", Entity), ("status", StatusFilter is { } s ? Key(s) : null), ("q", Text), ("page", Paging.Value(page))]);

    public Pager GroupsPager => Pager.Of(Groups, "Pages of claim groups", PageUrl);

    /// <summary>What the filters ask for, in words, for the heading and the empty state.</summary>
    public string Described =>
        (Filter is null ? "" : $" about {Filter.Canonical}")
        + (string.IsNullOrWhiteSpace(Text) ? "" : $" containing “{Text.Trim()}”");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        StatusFilter = Parse(Status);
        MeaningPending = await backlog.CountAsync(cancellationToken);
        int? entityId = null;
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            var found = await lookup.ResolveAsync(Entity, cancellationToken);
            if (found is null)
            {
                FilterNotFound = true;
                return;
            }
            Filter = found;
            entityId = found.Id;
        }
        var filter = new ClaimFilter(entityId, StatusFilter, Text);
        Counts = await claims.CountsAsync(filter, cancellationToken);
        Groups = await claims.GroupsAsync(filter, Paging.Read(Request.Query["page"]), cancellationToken);
    }
}
