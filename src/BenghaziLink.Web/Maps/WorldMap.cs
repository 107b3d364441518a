using System.Globalization;
using System.Text;

namespace BenghaziLink.Web.Maps;

/// <summary>A country's outline as SVG path data in the map's viewport.</summary>
public sealed record MapShape(string? Id, string Name, string Path, bool Highlighted);

/// <summary>
/// A place on the map: its position in the viewport and its name, written beside the dot (before it near the
/// right edge) when <paramref name="Labelled"/>, else shown only on hover; <paramref name="Href"/> links the dot.
/// </summary>
public sealed record MapMarker(double X, double Y, string Label, bool LabelBefore, bool Labelled = true, string? Href = null);

/// <summary>A place to mark: where it is, its name, whether to write the name, and the page it links to.</summary>
public sealed record MapPlace(double Latitude, double Longitude, string Label, bool Labelled = true, string? Href = null);

/// <summary>What a map shows, ready to be written as SVG: its title (what a screen reader says), the viewport, the outlines and the markers.</summary>
public sealed record MapDrawing(string Title, double Width, double Height, IReadOnlyList<MapShape> Shapes, IReadOnlyList<MapMarker> Markers);

/// <summary>
/// Country outlines of world-atlas (Natural Earth 1:50m, vendored in wwwroot/lib/world-atlas), decoded once
/// and drawn on the server as SVG, so a map needs no script, no tile server and no network. A drawing
/// keeps only what its frame shows: countries outside it are dropped, outlines are clipped to it, rounded
/// to a tenth of a unit, thinned (<see cref="Simplify"/>) and rid of islets too small to see.
/// </summary>
public sealed class WorldMap
{
    /// <summary>The outlines under the web root.</summary>
    public const string AtlasPath = "lib/world-atlas/countries-50m.json";

    // Points closer than this (in viewport units, about a pixel) add nothing to a 480-unit map but bytes.
    private const double Tolerance = 1.0;
    private const double MinExtent = 2.0;
    // Label size estimate for a 14-unit sans-serif font, enough to keep names from overprinting.
    private const double LabelHeight = 14, CharWidth = 7.5;

    private static readonly double[] WorldShifts = [0, -360, 360];

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

    /// <summary>
    /// A map of one place: framed on the part of its country it lies in (the outline containing it, else
    /// the nearest), the country highlighted, a marker and label at the place unless <paramref name="label"/> is null.
    /// </summary>
    public MapDrawing DrawPlace(string title, double latitude, double longitude, string? countryId, string? label)
    {
        var country = countryId is null ? null : countries.FirstOrDefault(c => c.Id == countryId);
        // The place's longitude as the outline writes it: a ring unwrapped across the antimeridian holds
        // Chukotka at 185°, not -175°.
        var nearest = country?.Polygons
            .SelectMany(p => WorldShifts.Select(shift => (Polygon: p, Longitude: longitude + shift)))
            .OrderBy(c => c.Polygon.Rings[0].Contains(c.Longitude, latitude) ? 0 : 1)
            .ThenBy(c => c.Polygon.Bounds.DistanceSquared(c.Longitude, latitude))
            .ThenByDescending(c => c.Polygon.Bounds.Width * c.Polygon.Bounds.Height)
            .First();
        var focus = nearest?.Polygon.Bounds;
        longitude = nearest?.Longitude ?? longitude;
        var projection = MapFrame.Around(longitude, latitude, focus);
        return Draw(title, projection, country is null ? [] : [country.Id!], label is null ? [] : [new MapPlace(latitude, longitude, label)]);
    }

    /// <summary>The countries inside <paramref name="projection"/>'s box, those of <paramref name="highlight"/> highlighted, and the places.</summary>
    public MapDrawing Draw(string title, Projection projection, IReadOnlyCollection<string> highlight, IEnumerable<MapPlace> places)
    {
        var box = projection.Box;
        // Clipped a little outside the viewport, so that clipped edges fall outside what is seen.
        var clip = new GeoBox(box.West - box.Width * 0.02, box.South - box.Height * 0.02, box.East + box.Width * 0.02, box.North + box.Height * 0.02);
        var shapes = new List<MapShape>();
        foreach (var country in countries)
        {
            if (!Shifts(country.Bounds, clip).Any()) continue;
            var path = new StringBuilder();
            foreach (var polygon in country.Polygons)
            {
                foreach (var shift in Shifts(polygon.Bounds, clip))
                {
                    foreach (var ring in polygon.Rings) AppendRing(path, Clip(shift == 0 ? ring : ring.Shifted(shift), clip), projection);
                }
            }
            if (path.Length > 0) shapes.Add(new MapShape(country.Id, country.Name, path.ToString(), country.Id is not null && highlight.Contains(country.Id)));
        }
        var markers = new List<MapMarker>();
        var labels = new List<(double Left, double Top, double Right, double Bottom)>();
        foreach (var place in places)
        {
            var (x, y) = (Round(projection.X(place.Longitude)), Round(projection.Y(place.Latitude)));
            var before = x > projection.Width * 0.6;
            // Earlier places keep their names; a later name that would overprint one is left to the hover title.
            var width = place.Label.Length * CharWidth;
            (double Left, double Top, double Right, double Bottom) label = before ? (x - 8 - width, y - LabelHeight / 2, x - 8, y + LabelHeight / 2) : (x + 8, y - LabelHeight / 2, x + 8 + width, y + LabelHeight / 2);
            var labelled = place.Labelled && !labels.Any(l => l.Left < label.Right && label.Left < l.Right && l.Top < label.Bottom && label.Top < l.Bottom);
            if (labelled) labels.Add(label);
            markers.Add(new MapMarker(x, y, place.Label, before, labelled, place.Href));
        }
        // The highlighted country last, so its border is drawn over its neighbours'.
        return new MapDrawing(title, projection.Width, projection.Height, [.. shapes.OrderBy(s => s.Highlighted)], markers);
    }

    /// <summary>"32.1° N, 20.1° E"</summary>
    public static string FormatCoordinates(double latitude, double longitude, int decimals)
    {
        var format = "0." + new string('#', decimals);
        string Degrees(double value) => Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);
        return $"{Degrees(latitude)}° {(latitude < 0 ? 'S' : 'N')}, {Degrees(longitude)}° {(longitude < 0 ? 'W' : 'E')}";
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
        points = Simplify(points, Tolerance / 2);
        // An islet smaller than a couple of units is a speck at this scale: the world's coasts hold thousands.
        if (points.Count < 3 || (points.Max(p => p.X) - points.Min(p => p.X) < MinExtent && points.Max(p => p.Y) - points.Min(p => p.Y) < MinExtent)) return;
        path.Append('M');
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0) path.Append(' ');
            path.Append(points[i].X.ToString(CultureInfo.InvariantCulture)).Append(',').Append(points[i].Y.ToString(CultureInfo.InvariantCulture));
        }
        path.Append('Z');
    }

    private static double Round(double value) => Math.Round(value, 1);

    // Where the outline shows in the frame: as it is, or a world to the west or east when it reaches past
    // the antimeridian (Chukotka at -175° is Russia's ring unwrapped to 185°).
    private static IEnumerable<double> Shifts(GeoBox bounds, GeoBox clip) =>
        WorldShifts.Where(shift => new GeoBox(bounds.West + shift, bounds.South, bounds.East + shift, bounds.North).Intersects(clip));

    /// <summary>
    /// Douglas–Peucker: keeps a point only where the outline strays more than <paramref name="tolerance"/>
    /// from the straight line between the points kept around it. A coast drawn a pixel a point at world
    /// scale keeps a fifth of its points and looks the same.
    /// </summary>
    public static List<(double X, double Y)> Simplify(List<(double X, double Y)> points, double tolerance)
    {
        if (points.Count < 4) return points;
        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var pending = new Stack<(int First, int Last)>();
        pending.Push((0, points.Count - 1));
        while (pending.Count > 0)
        {
            var (first, last) = pending.Pop();
            var (farthest, distance) = (-1, 0.0);
            for (var i = first + 1; i < last; i++)
            {
                var d = SegmentDistance(points[i], points[first], points[last]);
                if (d > distance) (farthest, distance) = (i, d);
            }
            if (distance <= tolerance) continue;
            keep[farthest] = true;
            pending.Push((first, farthest));
            pending.Push((farthest, last));
        }
        return [.. points.Where((_, i) => keep[i])];
    }

    private static double SegmentDistance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = dx * dx + dy * dy;
        var t = length == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / length, 0, 1);
        var (ex, ey) = (p.X - (a.X + t * dx), p.Y - (a.Y + t * dy));
        return Math.Sqrt(ex * ex + ey * ey);
    }

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
