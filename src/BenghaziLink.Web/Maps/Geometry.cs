namespace BenghaziLink.Web.Maps;

/// <summary>A box of longitudes (west to east) and latitudes (south to north) in degrees.</summary>
public readonly record struct GeoBox(double West, double South, double East, double North)
{
    /// <summary>The box of nothing: the union with it is the other box.</summary>
    public static GeoBox Empty { get; } = new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);

    public double Width => East - West;

    public double Height => North - South;

    public static GeoBox Of(ReadOnlySpan<double> lonLat)
    {
        var box = Empty;
        for (var i = 0; i + 1 < lonLat.Length; i += 2) box = box.Including(lonLat[i], lonLat[i + 1]);
        return box;
    }

    public static GeoBox Union(GeoBox a, GeoBox b) =>
        new(Math.Min(a.West, b.West), Math.Min(a.South, b.South), Math.Max(a.East, b.East), Math.Max(a.North, b.North));

    public GeoBox Including(double longitude, double latitude) =>
        new(Math.Min(West, longitude), Math.Min(South, latitude), Math.Max(East, longitude), Math.Max(North, latitude));

    public bool Contains(double longitude, double latitude) =>
        longitude >= West && longitude <= East && latitude >= South && latitude <= North;

    public bool Intersects(GeoBox other) =>
        other.West <= East && other.East >= West && other.South <= North && other.North >= South;

    /// <summary>Squared distance in degrees from a point to the box (0 inside): enough to rank boxes by nearness.</summary>
    public double DistanceSquared(double longitude, double latitude)
    {
        var dx = Math.Max(0, Math.Max(West - longitude, longitude - East));
        var dy = Math.Max(0, Math.Max(South - latitude, latitude - North));
        return dx * dx + dy * dy;
    }
}

/// <summary>
/// The equirectangular projection of a box onto a viewport: longitude to x from the west edge, latitude to
/// y from the north edge, both linear. A frame whose box has the viewport's shape once longitudes are
/// shortened by the cosine of its middle latitude keeps shapes true there (see <see cref="MapFrame"/>).
/// </summary>
public readonly record struct Projection(GeoBox Box, double Width, double Height)
{
    public double X(double longitude) => (longitude - Box.West) / Box.Width * Width;

    public double Y(double latitude) => (Box.North - latitude) / Box.Height * Height;
}

/// <summary>Chooses the part of the world a map shows.</summary>
public static class MapFrame
{
    /// <summary>Viewport of every map, in SVG user units (4:3).</summary>
    public const double Width = 480, Height = 360;

    // A country's outline fills the map with this much of its size around it, and never less than
    // MinSpan degrees: a city-state or a small island would otherwise fill the map with no context.
    private const double Margin = 0.2, MinSpan = 8;
    // Russia, Canada or the United States with Alaska would shrink a city to a dot: a wider focus is
    // cut down to this span around the place.
    private const double MaxSpan = 70;
    // A place with no country (the Sahel, the Middle East) is shown with this many degrees around it.
    private const double RegionSpan = 36;

    /// <summary>
    /// The projection of a box around <paramref name="focus"/> (the outline the place lies in) and the
    /// place, with a margin, widened to the viewport's shape and kept off the poles.
    /// </summary>
    public static Projection Around(double longitude, double latitude, GeoBox? focus)
    {
        var box = focus is { } f ? f.Including(longitude, latitude) : new GeoBox(longitude, latitude, longitude, latitude);
        var width = Math.Max(MinSpan, Math.Min(MaxSpan, focus is null ? RegionSpan : box.Width * (1 + 2 * Margin)));
        var height = Math.Max(MinSpan, Math.Min(MaxSpan, focus is null ? RegionSpan * Height / Width : box.Height * (1 + 2 * Margin)));
        return Frame(Centre(box.West, box.East, longitude, width), Centre(box.South, box.North, latitude, height), width, height);
    }

    /// <summary>
    /// The projection of the smallest frame of the viewport's shape that holds every point with a margin
    /// (at least <c>MinSpan</c> degrees across, never past the poles); the whole world when there are none.
    /// </summary>
    public static Projection Fitting(IEnumerable<(double Longitude, double Latitude)> points)
    {
        var box = points.Aggregate(GeoBox.Empty, (b, p) => b.Including(p.Longitude, p.Latitude));
        if (box.Width < 0) box = new GeoBox(-180, -60, 180, 80);
        var width = Math.Max(MinSpan, box.Width * (1 + 2 * Margin));
        var height = Math.Max(MinSpan, box.Height * (1 + 2 * Margin));
        return Frame((box.West + box.East) / 2, (box.South + box.North) / 2, width, height);
    }

    // Widens the shorter side to the viewport's shape (a degree of longitude is cos(latitude) as long as a
    // degree of latitude), then keeps the frame within the world and off the poles.
    private static Projection Frame(double centreX, double centreY, double width, double height)
    {
        var cos = Math.Max(0.2, Math.Cos(centreY * Math.PI / 180));
        if (width * cos / height < Width / Height) width = height * Width / Height / cos;
        else height = width * cos * Height / Width;
        (width, height) = (Math.Min(width, 360), Math.Min(height, 170));
        centreY = Math.Clamp(centreY, -85 + height / 2, 85 - height / 2);
        return new Projection(new GeoBox(centreX - width / 2, centreY - height / 2, centreX + width / 2, centreY + height / 2), Width, Height);
    }

    // The middle of the box, moved towards the place when the span cannot hold the whole box.
    private static double Centre(double low, double high, double place, double span)
    {
        var middle = (low + high) / 2;
        return Math.Clamp(middle, place - span / 2 * 0.8, place + span / 2 * 0.8);
    }
}
