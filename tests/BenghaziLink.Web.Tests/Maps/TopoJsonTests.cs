using System.Text;
using BenghaziLink.Web.Maps;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Maps;

public sealed class TopoJsonTests
{
    private static readonly IReadOnlyList<MapCountry> Tiny =
        TopoJson.ReadCountries(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "BenghaziLink.Web.Tests", "Maps", "tiny-topology.json")));

    [Fact]
    public void ReadCountries_QuantizedDeltaEncodedArcs_DecodeToDegrees()
    {
        var west = Tiny.Single(c => c.Id == "001");

        var ring = Assert.Single(Assert.Single(west.Polygons).Rings);

        Assert.Equal("West Square", west.Name);
        Assert.Equal([12, 20, 12, 21, 10, 21, 10, 20, 12, 20], ring.Coordinates);
    }

    [Fact]
    public void ReadCountries_NegativeArcIndex_WalksTheSharedArcBackwards()
    {
        var east = Tiny.Single(c => c.Id == "002");

        var ring = Assert.Single(Assert.Single(east.Polygons).Rings);

        Assert.Equal([12, 21, 12, 20, 14, 20, 14, 21, 12, 21], ring.Coordinates);
    }

    [Fact]
    public void ReadCountries_MultiPolygonAndGeometryWithoutShape_ReadsEveryPolygonAndSkipsTheEmpty()
    {
        var islands = Tiny.Single(c => c.Id == "003");

        Assert.Equal(["001", "002", "003", "005"], Tiny.Select(c => c.Id));
        Assert.Equal(2, islands.Polygons.Count);
        Assert.Equal([60, 45, 61, 45, 60.5, 45.5, 60, 45], islands.Polygons[1].Rings[0].Coordinates);
        Assert.Equal(new GeoBox(20, 25, 61, 45.5), islands.Bounds);
    }

    [Fact]
    public void ReadCountries_RingAcrossTheAntimeridian_IsUnwrappedPast180()
    {
        var isle = Tiny.Single(c => c.Id == "005");

        var ring = isle.Polygons[0].Rings[0];

        Assert.Equal([179, 30, 181, 30, 181, 31, 179, 31, 179, 30], ring.Coordinates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": \"Topology\", \"arcs\": []}")]
    [InlineData("{\"type\": \"Topology\", \"arcs\": [], \"objects\": {\"land\": {}}}")]
    public void ReadCountries_NotATopologyOfCountries_ThrowsInvalidData(string json)
    {
        var read = () => TopoJson.ReadCountries(Encoding.UTF8.GetBytes(json));

        Assert.Throws<InvalidDataException>(read);
    }

    [Theory]
    [InlineData(11, 20.5, true)]
    [InlineData(13, 20.5, false)]
    [InlineData(10.5, 22, false)]
    public void Contains_PointAndSquare_TellsInsideFromOutside(double longitude, double latitude, bool inside)
    {
        var west = Tiny.Single(c => c.Id == "001").Polygons[0].Rings[0];

        var contains = west.Contains(longitude, latitude);

        Assert.Equal(inside, contains);
    }

    [Fact]
    public void ReadCountries_VendoredAtlas_HasTheCountriesWithTheirNumericCodes()
    {
        var atlas = TopoJson.ReadCountries(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "src", "BenghaziLink.Web", "wwwroot", "lib", "world-atlas", "countries-50m.json")));

        var libya = atlas.Single(c => c.Id == "434");

        Assert.InRange(atlas.Count, 200, 260);
        Assert.Equal("Libya", libya.Name);
        // The centre world-countries gives Libya lies inside its outline.
        Assert.Contains(libya.Polygons, p => p.Rings[0].Contains(17, 25));
    }
}
