using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BenghaziLink.Web.Pages.Claims;

public sealed class IndexModel(ClaimQuery claims, EntityLookup lookup) : PageModel
{
    /// <summary>An entity's slug, or a name to look up (typos included).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    /// <summary>corroborated, single-origin or disputed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public EntityChoice? Filter { get; private set; }
    public bool FilterNotFound { get; private set; }
    public GroupStatus? StatusFilter { get; private set; }
    public IReadOnlyList<GroupView> Groups { get; private set; } = [];

    /// <summary>Groups per status before the status filter, so the filter shows what each choice would give.</summary>
    public IReadOnlyDictionary<GroupStatus, int> Counts { get; private set; } = new Dictionary<GroupStatus, int>();

    public static string Key(GroupStatus status) => status switch
    {
        GroupStatus.SingleOrigin => "single-origin",
        _ => status.ToString().ToLowerInvariant(),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        StatusFilter = Enum.GetValues<GroupStatus>().Cast<GroupStatus?>().FirstOrDefault(s => Key(s!.Value) == Status);
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
        var groups = await claims.GroupsAsync(entityId, cancellationToken);
        Counts = Enum.GetValues<GroupStatus>().ToDictionary(s => s, s => groups.Count(g => g.Status == s));
        Groups = StatusFilter is { } status ? [.. groups.Where(g => g.Status == status)] : groups;
    }
}
