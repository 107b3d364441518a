using System.Text.Json;

namespace BenghaziLink.Web.Maps;

/// <summary>A closed ring of a polygon: longitude and latitude pairs, interleaved, with its bounds.</summary>
public sealed class GeoRing
{
    public GeoRing(double[] coordinates)
    {
        Coordinates = coordinates;
        Bounds = GeoBox.Of(coordinates);
    }

    /// <summary>lon0, lat0, lon1, lat1, …</summary>
    public double[] Coordinates { get; }

    public GeoBox Bounds { get; }

    public int Count => Coordinates.Length / 2;

    /// <summary>Ray casting: whether the point lies inside this ring.</summary>
    public bool Contains(double longitude, double latitude)
    {
        if (!Bounds.Contains(longitude, latitude)) return false;
        var inside = false;
        var c = Coordinates;
        for (int i = 0, j = c.Length - 2; i < c.Length; j = i, i += 2)
        {
            if ((c[i + 1] > latitude) != (c[j + 1] > latitude)
                && longitude < (c[j] - c[i]) * (latitude - c[i + 1]) / (c[j + 1] - c[i + 1]) + c[i])
            {
                inside = !inside;
            }
        }
        return inside;
    }
}

/// <summary>A polygon: its outer ring first, then its holes (Lesotho in South Africa).</summary>
public sealed record GeoPolygon(IReadOnlyList<GeoRing> Rings)
{
    public GeoBox Bounds => Rings[0].Bounds;
}

/// <summary>A country of the atlas: its ISO 3166-1 numeric code (null for a few disputed areas), name and polygons.</summary>
public sealed record MapCountry(string? Id, string Name, IReadOnlyList<GeoPolygon> Polygons)
{
    public GeoBox Bounds { get; } = Polygons.Select(p => p.Bounds).Aggregate(GeoBox.Empty, GeoBox.Union);
}

/// <summary>
/// Reads the countries of a TopoJSON topology (the format of world-atlas). Its arcs are shared borders,
/// written once: quantized to integers and delta-encoded (each position is the offset from the one before),
/// turned back into degrees by the topology's transform. A ring lists arcs by index; index ~i is arc i
/// walked backwards.
/// </summary>
public static class TopoJson
{
    /// <summary>The polygons of every geometry in the object <paramref name="objectName"/>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a topology of polygons.</exception>
    public static IReadOnlyList<MapCountry> ReadCountries(ReadOnlySpan<byte> utf8Json, string objectName = "countries")
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            var arcs = DecodeArcs(root.GetProperty("arcs"), root.TryGetProperty("transform", out var t) ? t : null);
            var countries = new List<MapCountry>();
            foreach (var geometry in root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
            {
                var type = geometry.GetProperty("type").GetString();
                var polygons = type switch
                {
                    "Polygon" => [Polygon(geometry.GetProperty("arcs"), arcs)],
                    "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().Select(p => Polygon(p, arcs)).ToList(),
                    _ => new List<GeoPolygon>(),
                };
                if (polygons.Count == 0) continue;
                var id = geometry.TryGetProperty("id", out var idElement) ? idElement.ToString() : null;
                var name = geometry.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                countries.Add(new MapCountry(id, name, polygons));
            }
            return countries;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"Not a TopoJSON topology with an object '{objectName}' of polygons: {e.Message}", e);
        }
    }

    /// <summary>Every arc as interleaved longitude and latitude pairs in degrees.</summary>
    public static double[][] DecodeArcs(JsonElement arcs, JsonElement? transform)
    {
        var (scaleX, scaleY, translateX, translateY) = (1.0, 1.0, 0.0, 0.0);
        if (transform is { } t)
        {
            var scale = t.GetProperty("scale");
            var translate = t.GetProperty("translate");
            (scaleX, scaleY) = (scale[0].GetDouble(), scale[1].GetDouble());
            (translateX, translateY) = (translate[0].GetDouble(), translate[1].GetDouble());
        }
        var quantized = transform is not null;
        var decoded = new double[arcs.GetArrayLength()][];
        var a = 0;
        foreach (var arc in arcs.EnumerateArray())
        {
            var points = new double[arc.GetArrayLength() * 2];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                // Quantized arcs are delta-encoded; unquantized ones hold absolute positions.
                if (quantized) { x += position[0].GetDouble(); y += position[1].GetDouble(); }
                else { x = position[0].GetDouble(); y = position[1].GetDouble(); }
                points[i++] = x * scaleX + translateX;
                points[i++] = y * scaleY + translateY;
            }
            decoded[a++] = points;
        }
        return decoded;
    }

    /// <summary>
    /// Joins arcs into a ring. Consecutive arcs share their meeting point, so each arc after the first
    /// drops its first position.
    /// </summary>
    public static GeoRing Ring(IEnumerable<int> arcIndexes, double[][] arcs)
    {
        var ring = new List<double>();
        foreach (var index in arcIndexes)
        {
            var arc = arcs[index >= 0 ? index : ~index];
            var count = arc.Length / 2;
            for (var k = ring.Count == 0 ? 0 : 1; k < count; k++)
            {
                var p = index >= 0 ? k : count - 1 - k;
                ring.Add(arc[2 * p]);
                ring.Add(arc[2 * p + 1]);
            }
        }
        return new GeoRing([.. ring]);
    }

    private static GeoPolygon Polygon(JsonElement rings, double[][] arcs) =>
        new([.. rings.EnumerateArray().Select(r => Ring(r.EnumerateArray().Select(i => i.GetInt32()), arcs))]);
}
