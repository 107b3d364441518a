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

    /// <summary>The ring moved east by <paramref name="degrees"/> (±360 to draw a ring that crosses the antimeridian on its other side).</summary>
    public GeoRing Shifted(double degrees)
    {
        var shifted = (double[])Coordinates.Clone();
        for (var i = 0; i < shifted.Length; i += 2) shifted[i] += degrees;
        return new GeoRing(shifted);
    }

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
    // Read into plain arrays rather than a JsonDocument: a document of the 50m atlas rents megabytes from
    // the shared array pool, which keeps them after the one read at start-up.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The polygons of every geometry in the object <paramref name="objectName"/>.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a topology of polygons.</exception>
    public static IReadOnlyList<MapCountry> ReadCountries(ReadOnlySpan<byte> utf8Json, string objectName = "countries")
    {
        try
        {
            var topology = JsonSerializer.Deserialize<Topology>(utf8Json, Options) ?? throw new InvalidDataException("The topology is null.");
            var arcs = DecodeArcs(topology.Arcs ?? throw new InvalidDataException("The topology has no arcs."), topology.Transform);
            var geometries = topology.Objects?.GetValueOrDefault(objectName)?.Geometries
                ?? throw new InvalidDataException($"The topology has no object '{objectName}' with geometries.");
            var countries = new List<MapCountry>();
            foreach (var geometry in geometries)
            {
                var polygons = geometry.Type switch
                {
                    "Polygon" => [Polygon(geometry.Arcs.Deserialize<int[][]>(Options)!, arcs)],
                    "MultiPolygon" => geometry.Arcs.Deserialize<int[][][]>(Options)!.Select(p => Polygon(p, arcs)).ToList(),
                    _ => new List<GeoPolygon>(),
                };
                if (polygons.Count == 0) continue;
                var name = geometry.Properties?.GetValueOrDefault("name") is { ValueKind: JsonValueKind.String } n ? n.GetString()! : "";
                countries.Add(new MapCountry(geometry.Id?.ToString(), name, polygons));
            }
            return countries;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidDataException($"Not a TopoJSON topology with an object '{objectName}' of polygons: {e.Message}", e);
        }
    }

    /// <summary>Every arc as interleaved longitude and latitude pairs in degrees.</summary>
    public static double[][] DecodeArcs(double[][][] arcs, TopoTransform? transform)
    {
        var (scaleX, scaleY, translateX, translateY) = transform is null ? (1.0, 1.0, 0.0, 0.0)
            : (transform.Scale[0], transform.Scale[1], transform.Translate[0], transform.Translate[1]);
        var decoded = new double[arcs.Length][];
        for (var a = 0; a < arcs.Length; a++)
        {
            var points = new double[arcs[a].Length * 2];
            double x = 0, y = 0;
            for (var i = 0; i < arcs[a].Length; i++)
            {
                var position = arcs[a][i];
                // Quantized arcs are delta-encoded; unquantized ones hold absolute positions.
                if (transform is null) { x = position[0]; y = position[1]; }
                else { x += position[0]; y += position[1]; }
                points[2 * i] = x * scaleX + translateX;
                points[2 * i + 1] = y * scaleY + translateY;
            }
            decoded[a] = points;
        }
        return decoded;
    }

    /// <summary>
    /// Joins arcs into a ring. Consecutive arcs share their meeting point, so each arc after the first
    /// drops its first position. A ring that crosses the antimeridian and comes back (eastern Russia, Fiji)
    /// is unwrapped into longitudes past 180°, so that it is drawn whole rather than as lines across the
    /// world; one that crosses once (Antarctica, around the pole) is left as it is.
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
        return new GeoRing(Unwrapped([.. ring]));
    }

    private static double[] Unwrapped(double[] ring)
    {
        var unwrapped = new double[ring.Length];
        var offset = 0.0;
        var crossed = false;
        for (var i = 0; i + 1 < ring.Length; i += 2)
        {
            if (i > 0 && Math.Abs(ring[i] - ring[i - 2]) > 180)
            {
                offset += ring[i] < ring[i - 2] ? 360 : -360;
                crossed = true;
            }
            unwrapped[i] = ring[i] + offset;
            unwrapped[i + 1] = ring[i + 1];
        }
        return crossed && offset == 0 ? unwrapped : ring;
    }

    private static GeoPolygon Polygon(int[][] rings, double[][] arcs) => new([.. rings.Select(r => Ring(r, arcs))]);

    private sealed record Topology(Dictionary<string, GeometryCollection>? Objects, double[][][]? Arcs, TopoTransform? Transform);

    private sealed record GeometryCollection(Geometry[]? Geometries);

    private sealed record Geometry(string? Type, JsonElement? Id, Dictionary<string, JsonElement>? Properties, JsonElement Arcs);
}

/// <summary>How a quantized topology's integers become degrees: position × scale + translate.</summary>
public sealed record TopoTransform(double[] Scale, double[] Translate);
