using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Maps;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Pages.Places;

public sealed class IndexModel(BenghaziLinkDb db, WorldMap worldMap) : PageModel
{
    /// <summary>A place of the corpus, most mentioned first, and where it is when the gazetteer knows.</summary>
    public sealed record Row(string Slug, string Canonical, EntityKind? Kind, int Mentions, PlaceLocation? Location, string Coordinates);

    // Names written on the map; the rest show on hover and in the table, so labels do not pile up.
    private const int LabelledPlaces = 8;

    public IReadOnlyList<Row> Located { get; private set; } = [];
    public IReadOnlyList<Row> Unlocated { get; private set; } = [];
    public MapDrawing? Drawing { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var places = await db.Entities.Where(e => e.Type == EntityType.Place)
            .Select(e => new { e.Id, e.Slug, e.Canonical, e.Kind, Mentions = db.ArticleMentions.Count(m => m.EntityId == e.Id) })
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.Canonical)
            .ToListAsync(cancellationToken);
        var aliases = (await db.EntityAliases.Where(a => db.Entities.Any(e => e.Id == a.EntityId && e.Type == EntityType.Place))
            .Select(a => new { a.EntityId, a.Name })
            .ToListAsync(cancellationToken)).ToLookup(a => a.EntityId, a => a.Name);

        var rows = places.Select(p => PlaceLocator.Locate(p.Canonical, p.Kind, aliases[p.Id]) is { } l
                ? new Row(p.Slug, p.Canonical, p.Kind, p.Mentions, l, WorldMap.FormatCoordinates(l.Latitude, l.Longitude, 3))
                : new Row(p.Slug, p.Canonical, p.Kind, p.Mentions, null, ""))
            .ToList();
        Located = [.. rows.Where(r => r.Location is not null)];
        Unlocated = [.. rows.Where(r => r.Location is null)];
        if (Located.Count == 0) return;

        // Countries are areas: highlighted, not dotted. A place standing in for its country's centre gets no
        // dot of its own, which would claim a position the data does not give.
        var dotted = Located.Where(r => r.Location!.Kind != EntityKind.Country && r.Location.Basis != LocationBasis.ContainingCountry).ToList();
        var countries = Located.Where(r => r.Location!.Kind == EntityKind.Country && r.Location.CountryNumeric is not null)
            .Select(r => r.Location!.CountryNumeric!).ToHashSet(StringComparer.Ordinal);
        var projection = MapFrame.Fitting(Located.Select(r => (r.Location!.Longitude, r.Location.Latitude)));
        var title = $"Map of the corpus: {countries.Count} countries and {dotted.Count} other places that the articles mention";
        Drawing = worldMap.Draw(title, projection, countries,
            dotted.Select((r, i) => new MapPlace(r.Location!.Latitude, r.Location.Longitude, r.Canonical, Labelled: i < LabelledPlaces, Href: $"/entities/{r.Slug}")));
    }
}
