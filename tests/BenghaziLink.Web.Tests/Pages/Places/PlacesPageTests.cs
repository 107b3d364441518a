using System.Globalization;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Pages.Places;

public sealed class PlacesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_Places_DotsACityInsideTheMapAndLinksItToItsProfile()
    {
        var slug = await app.QueryAsync(db => db.Entities.Where(e => e.Canonical == "Benghazi" && e.Type == EntityType.Place).Select(e => e.Slug).SingleAsync());

        var document = await app.GetDocumentAsync("/places");

        var svg = document.QuerySelector("svg.world-map");
        Assert.StartsWith("Map of the corpus:", svg?.GetAttribute("aria-label"), StringComparison.Ordinal);
        // Its dots are links, so it is a group of links rather than an image (whose content would be hidden).
        Assert.Equal("group", svg!.GetAttribute("role"));
        var link = svg!.QuerySelector($"a.map-place[href='/entities/{slug}']");
        Assert.Equal("Benghazi", link?.QuerySelector("circle.map-marker title")?.TextContent);
        Assert.Equal("Benghazi", link?.GetAttribute("aria-label"));
        var cx = double.Parse(link!.QuerySelector("circle")!.GetAttribute("cx")!, CultureInfo.InvariantCulture);
        Assert.InRange(cx, 0, 480);
    }

    [Fact]
    public async Task Get_Places_HighlightsTheCountriesTheArticlesMentionAndDotsNone()
    {
        var document = await app.GetDocumentAsync("/places");

        var highlighted = document.QuerySelectorAll("svg.world-map path.highlighted").Select(p => p.GetAttribute("data-name")).ToList();

        Assert.Contains("Libya", highlighted);
        Assert.Contains("Algeria", highlighted);
        Assert.DoesNotContain(document.QuerySelectorAll("svg.world-map circle.map-marker title"), t => t.TextContent == "Libya");
    }

    [Fact]
    public async Task Get_Places_ListsEveryPlaceLocatedOrNot()
    {
        var places = await app.QueryAsync(db => db.Entities.CountAsync(e => e.Type == EntityType.Place));

        var document = await app.GetDocumentAsync("/places");

        var located = document.QuerySelectorAll("table.places-table tbody tr");
        var unlocated = document.QuerySelectorAll("ul.unlocated-places li");
        Assert.Equal(places, located.Length + unlocated.Length);
        Assert.NotEmpty(unlocated);
        Assert.Contains(located, r => r.QuerySelector("a")?.TextContent == "Benghazi" && r.QuerySelector(".coordinates")!.TextContent.Contains("° N", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_PlacesOnAnEmptyStore_SaysThereIsNothingToMap()
    {
        using var empty = new EmptyAppFactory();

        var document = await empty.GetDocumentAsync("/places");

        Assert.NotNull(document.QuerySelector("p.empty-state"));
        Assert.Null(document.QuerySelector("svg"));
    }
}
