using System.Globalization;
using System.Text;

namespace BenghaziLink.Web.Maps;

/// <summary>A country's outline as SVG path data in the map's viewport.</summary>
public sealed record MapShape(string? Id, string Name, string Path, bool Highlighted);

/// <summary>A place on the map: its position in the viewport and its label, written before the dot near the right edge.</summary>
public sealed record MapMarker(double X, double Y, string Label, bool LabelBefore);

/// <summary>What a map shows, ready to be written as SVG: its title (what a screen reader says), the viewport, the outlines and the markers.</summary>
public sealed record MapDrawing(string Title, double Width, double Height, IReadOnlyList<MapShape> Shapes, IReadOnlyList<MapMarker> Markers);

/// <summary>
/// Country outlines of world-atlas (Natural Earth 1:50m, vendored in wwwroot/lib/world-atlas), decoded once
/// and drawn on the server as SVG, so a map needs no script, no tile server and no network. A drawing
/// keeps only what its frame shows: countries outside it are dropped, outlines are clipped to it, rounded
/// to a tenth of a unit and thinned to points at least <see cref="Tolerance"/> apart.
/// </summary>
public sealed class WorldMap
{
    /// <summary>The outlines under the web root.</summary>
    public const string AtlasPath = "lib/world-atlas/countries-50m.json";

    // Points closer than this (in viewport units, about a pixel) add nothing to a 480-unit map but bytes.
    private const double Tolerance = 1.0;

    private readonly IReadOnlyList<MapCountry> countries;

    public WorldMap(IReadOnlyList<MapCountry> countries) => this.countries = countries;

    /// <summary>Loads the vendored outlines from the web root.</summary>
    public static WorldMap FromServices(IServiceProvider services)
    {
        var file = services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(AtlasPath);
        if (!file.Exists) throw new InvalidOperationException($"The map outlines are missing: {AtlasPath} under the web root (see docs/data-sources.md).");
        using var stream = file.CreateReadStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new WorldMap(TopoJson.ReadCountries(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    public int CountryCount => countries.Count;

    /// <summary>
    /// A map of one place: framed on the part of its country it lies in (the outline containing it, else
    /// the nearest), the country highlighted, a marker and label at the place.
    /// </summary>
    public MapDrawing DrawPlace(string title, double latitude, double longitude, string? countryId, string label)
    {
        var country = countryId is null ? null : countries.FirstOrDefault(c => c.Id == countryId);
        var focus = country?.Polygons
            .OrderBy(p => p.Rings[0].Contains(longitude, latitude) ? 0 : 1)
            .ThenBy(p => p.Bounds.DistanceSquared(longitude, latitude))
            .ThenByDescending(p => p.Bounds.Width * p.Bounds.Height)
            .First().Bounds;
        var projection = MapFrame.Around(longitude, latitude, focus);
        return Draw(title, projection, country is null ? [] : [country.Id!], [(latitude, longitude, label)]);
    }

    /// <summary>The countries inside <paramref name="projection"/>'s box, those of <paramref name="highlight"/> highlighted, and the places.</summary>
    public MapDrawing Draw(string title, Projection projection, IReadOnlyCollection<string> highlight, IEnumerable<(double Latitude, double Longitude, string Label)> places)
    {
        var box = projection.Box;
        // Clipped a little outside the viewport, so that clipped edges fall outside what is seen.
        var clip = new GeoBox(box.West - box.Width * 0.02, box.South - box.Height * 0.02, box.East + box.Width * 0.02, box.North + box.Height * 0.02);
        var shapes = new List<MapShape>();
        foreach (var country in countries)
        {
            if (!country.Bounds.Intersects(clip)) continue;
            var path = new StringBuilder();
            foreach (var polygon in country.Polygons)
            {
                if (!polygon.Bounds.Intersects(clip)) continue;
                foreach (var ring in polygon.Rings) AppendRing(path, Clip(ring, clip), projection);
            }
            if (path.Length > 0) shapes.Add(new MapShape(country.Id, country.Name, path.ToString(), country.Id is not null && highlight.Contains(country.Id)));
        }
        var markers = places.Select(p => (X: Round(projection.X(p.Longitude)), Y: Round(projection.Y(p.Latitude)), p.Label))
            .Select(p => new MapMarker(p.X, p.Y, p.Label, LabelBefore: p.X > projection.Width * 0.6))
            .ToList();
        // The highlighted country last, so its border is drawn over its neighbours'.
        return new MapDrawing(title, projection.Width, projection.Height, [.. shapes.OrderBy(s => s.Highlighted)], markers);
    }

    /// <summary>"32.1° N, 20.1° E"</summary>
    public static string FormatCoordinates(double latitude, double longitude, int decimals)
    {
        var format = "0." + new string('#', decimals);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Math.Abs(latitude).ToString(format, CultureInfo.InvariantCulture)}° {(latitude < 0 ? 'S' : 'N')}, {Math.Abs(longitude).ToString(format, CultureInfo.InvariantCulture)}° {(longitude < 0 ? 'W' : 'E')}");
    }

    private static void AppendRing(StringBuilder path, List<(double Lon, double Lat)> ring, Projection projection)
    {
        var points = new List<(double X, double Y)>(ring.Count);
        foreach (var (lon, lat) in ring)
        {
            var point = (X: Round(projection.X(lon)), Y: Round(projection.Y(lat)));
            if (points.Count > 0 && Math.Abs(point.X - points[^1].X) < Tolerance && Math.Abs(point.Y - points[^1].Y) < Tolerance) continue;
            points.Add(point);
        }
        if (points.Count < 3) return;
        path.Append('M');
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0) path.Append(' ');
            path.Append(points[i].X.ToString(CultureInfo.InvariantCulture)).Append(',').Append(points[i].Y.ToString(CultureInfo.InvariantCulture));
        }
        path.Append('Z');
    }

    private static double Round(double value) => Math.Round(value, 1);

    /// <summary>
    /// Sutherland–Hodgman: the ring cut to the box, one edge at a time. A ring that leaves the box and comes
    /// back gains a stretch along the box's edge, outside the viewport.
    /// </summary>
    public static List<(double Lon, double Lat)> Clip(GeoRing ring, GeoBox box)
    {
        var c = ring.Coordinates;
        var points = new List<(double Lon, double Lat)>(ring.Count);
        for (var i = 0; i + 1 < c.Length; i += 2) points.Add((c[i], c[i + 1]));
        if (box.Contains(ring.Bounds.West, ring.Bounds.South) && box.Contains(ring.Bounds.East, ring.Bounds.North)) return points;
        points = ClipEdge(points, p => p.Lon >= box.West, (a, b) => At(a, b, (box.West - a.Lon) / (b.Lon - a.Lon)));
        points = ClipEdge(points, p => p.Lon <= box.East, (a, b) => At(a, b, (box.East - a.Lon) / (b.Lon - a.Lon)));
        points = ClipEdge(points, p => p.Lat >= box.South, (a, b) => At(a, b, (box.South - a.Lat) / (b.Lat - a.Lat)));
        return ClipEdge(points, p => p.Lat <= box.North, (a, b) => At(a, b, (box.North - a.Lat) / (b.Lat - a.Lat)));
    }

    private static (double Lon, double Lat) At((double Lon, double Lat) a, (double Lon, double Lat) b, double t) =>
        (a.Lon + (b.Lon - a.Lon) * t, a.Lat + (b.Lat - a.Lat) * t);

    private static List<(double Lon, double Lat)> ClipEdge(
        List<(double Lon, double Lat)> points, Func<(double Lon, double Lat), bool> inside, Func<(double Lon, double Lat), (double Lon, double Lat), (double Lon, double Lat)> cross)
    {
        var kept = new List<(double Lon, double Lat)>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var current = points[i];
            var previous = points[(i + points.Count - 1) % points.Count];
            if (inside(current))
            {
                if (!inside(previous)) kept.Add(cross(previous, current));
                kept.Add(current);
            }
            else if (inside(previous))
            {
                kept.Add(cross(previous, current));
            }
        }
        return kept;
    }
}
