using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;

namespace BenghaziLink.Web.Maps;

/// <summary>Where a place entity of the corpus is, and how a map names it.</summary>
public static class PlaceLocator
{
    /// <summary>
    /// Locates a place by its canonical name, or else by a name it goes by that the gazetteer knows as a
    /// place of the same kind: "Misrata" and "Mişrātah" are one city, but the U.S. consulate is not in the U.S.
    /// </summary>
    public static PlaceLocation? Locate(string canonical, EntityKind? kind, IEnumerable<string> names)
    {
        var gazetteer = PlaceGazetteer.Default;
        return gazetteer.Locate(canonical, kind)
            ?? names.Select(n => gazetteer.Locate(n, kind)).FirstOrDefault(l => l is not null && l.Kind == kind);
    }

    /// <summary>"Benghazi, Libya" for a place in a country; a country or a region across countries by its name alone.</summary>
    public static string Label(string canonical, PlaceLocation location) =>
        location.Kind != EntityKind.Country && location.CountryCode is { } code && PlaceGazetteer.Default.TryGetCountry(code, out var country)
            ? $"{canonical}, {country.Canonical}"
            : canonical;
}
