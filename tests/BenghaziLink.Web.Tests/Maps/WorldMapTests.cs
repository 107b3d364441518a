using BenghaziLink.Web.Maps;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Maps;

public sealed class WorldMapTests
{
    private static readonly WorldMap Tiny = new(
        TopoJson.ReadCountries(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "BenghaziLink.Web.Tests", "Maps", "tiny-topology.json"))));

    [Theory]
    [InlineData(10, 30, 0, 0)]
    [InlineData(50, 30, 480, 0)]
    [InlineData(10, 0, 0, 360)]
    [InlineData(50, 0, 480, 360)]
    [InlineData(30, 15, 240, 180)]
    public void Projection_BoxCornersAndCentre_MapToTheViewportsCornersAndCentre(double longitude, double latitude, double x, double y)
    {
        var projection = new Projection(new GeoBox(10, 0, 50, 30), 480, 360);

        var point = (projection.X(longitude), projection.Y(latitude));

        Assert.Equal((x, y), point);
    }

    [Theory]
    [InlineData(20.07, 32.12, 9.4, 19.5, 25.2, 33.2)]
    [InlineData(-97, 38, -125, 24.5, -67, 49.4)]
    [InlineData(14.5, 35.9, 14.2, 35.8, 14.6, 36.1)]
    public void Around_PlaceInACountry_FramesThePlaceAndItsCountryInTheViewportsShape(
        double longitude, double latitude, double west, double south, double east, double north)
    {
        var projection = MapFrame.Around(longitude, latitude, new GeoBox(west, south, east, north));

        var box = projection.Box;
        Assert.True(box.Contains(longitude, latitude));
        Assert.True(box.Contains(west, south) && box.Contains(east, north), $"{box} should hold the country");
        Assert.InRange(box.Width, 8, 100);
        var cos = Math.Cos((box.North + box.South) / 2 * Math.PI / 180);
        Assert.Equal(MapFrame.Width / MapFrame.Height, box.Width * cos / box.Height, 3);
    }

    [Fact]
    public void Around_PlaceWithoutCountry_FramesAFixedSpanAroundIt()
    {
        var projection = MapFrame.Around(10, 14.5, focus: null);

        Assert.Equal((240.0, 180.0), (Math.Round(projection.X(10), 6), Math.Round(projection.Y(14.5), 6)));
    }

    [Fact]
    public void Fitting_PlacesAcrossTheWorld_HoldsThemAllInTheViewport()
    {
        (double Longitude, double Latitude)[] places = [(-77, 38.9), (20.1, 32.1), (69.2, 34.5), (-8, 12.65)];

        var projection = MapFrame.Fitting(places);

        Assert.All(places, p => Assert.InRange(projection.X(p.Longitude), 0, MapFrame.Width));
        Assert.All(places, p => Assert.InRange(projection.Y(p.Latitude), 0, MapFrame.Height));
    }

    [Fact]
    public void Fitting_NoPlaces_ShowsTheWorld()
    {
        var projection = MapFrame.Fitting([]);

        Assert.Equal((-180.0, 180.0), (projection.Box.West, projection.Box.East));
    }

    [Fact]
    public void DrawPlace_PlaceInTheWestSquare_HighlightsItKeepsItsNeighbourAndDropsFarCountries()
    {
        var drawing = Tiny.DrawPlace("Map: Middle (20.5° N, 11° E)", 20.5, 11, "001", "Middle");

        Assert.Equal(["002", "001"], drawing.Shapes.Select(s => s.Id));
        Assert.Equal([false, true], drawing.Shapes.Select(s => s.Highlighted));
        var marker = Assert.Single(drawing.Markers);
        Assert.Equal(240, marker.X, 0.5);
        Assert.Equal("Middle", marker.Label);
        Assert.StartsWith("M", drawing.Shapes[1].Path, StringComparison.Ordinal);
        Assert.EndsWith("Z", drawing.Shapes[1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public void DrawPlace_WestOfTheAntimeridian_DrawsTheIslandThatCrossesIt()
    {
        var drawing = Tiny.DrawPlace("Map: Dateline Isle", 30.5, -179.5, "005", "Dateline Isle");

        var shape = Assert.Single(drawing.Shapes);
        var xs = shape.Path.Trim('M', 'Z').Split(' ').Select(p => double.Parse(p.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(xs.Max() - xs.Min() < 100, $"drawn as one island, not a line across the world: {shape.Path}");
        Assert.InRange(drawing.Markers[0].X, 0, 480);
    }

    [Fact]
    public void Clip_RingLargerThanTheBox_KeepsEveryPointInsideTheBox()
    {
        var ring = new GeoRing([0, 0, 10, 0, 10, 10, 0, 10, 0, 0]);
        var box = new GeoBox(2, 2, 5, 5);

        var clipped = WorldMap.Clip(ring, box);

        Assert.NotEmpty(clipped);
        Assert.All(clipped, p => Assert.True(box.Contains(p.Lon, p.Lat), $"{p} outside"));
    }

    [Fact]
    public void Simplify_NearlyStraightRun_KeepsOnlyTheCornersThatStray()
    {
        List<(double X, double Y)> points = [(0, 0), (10, 0.2), (20, -0.2), (30, 0), (30, 30), (15, 15.3), (0, 0)];

        var simplified = WorldMap.Simplify(points, 0.5);

        Assert.Equal([(0, 0), (30, 0), (30, 30), (0, 0)], simplified);
    }

    [Fact]
    public void Draw_ManyPlacesCloseTogether_WritesOnlyTheNamesThatDoNotOverprint()
    {
        var projection = new Projection(new GeoBox(10, 20, 14, 23), 480, 360);

        var drawing = Tiny.Draw("Map", projection, [], [new MapPlace(21, 11, "First"), new MapPlace(21.01, 11.01, "Second"), new MapPlace(22.5, 11, "Third")]);

        Assert.Equal([true, false, true], drawing.Markers.Select(m => m.Labelled));
    }

    [Theory]
    [InlineData(32.115, 20.069, 1, "32.1° N, 20.1° E")]
    [InlineData(-33.9, -70.65, 3, "33.9° S, 70.65° W")]
    [InlineData(25, 17, 1, "25° N, 17° E")]
    public void FormatCoordinates_LatitudeAndLongitude_WritesHemispheres(double latitude, double longitude, int decimals, string expected)
    {
        var text = WorldMap.FormatCoordinates(latitude, longitude, decimals);

        Assert.Equal(expected, text);
    }
}
