using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Gazetteer;

/// <summary>
/// A place the gazetteer knows: its canonical name as the data writes it ("Libya", "Mişrātah",
/// "Washington, D.C.", "North Africa"), its kind (<see cref="EntityKind.Country"/>, <see cref="EntityKind.City"/>
/// or <see cref="EntityKind.Region"/>) and the ISO 3166-1 alpha-2 code of the country it lies in (its own
/// code for a country; null for regions that span countries, such as "Sahel").
/// </summary>
public sealed record PlaceEntry(string Canonical, EntityKind Kind, string? CountryCode)
{
    /// <summary>Inhabitants of a city according to GeoNames; 0 for countries and regions.</summary>
    public int Population { get; init; }

    // Where the place comes among places of the same name: countries first, then curated regions, cities
    // and administrative regions (see PlaceGazetteer).
    internal int Rank { get; init; }
}

/// <summary>
/// A word for the people of a country ("Libyan", "Algerians", "French"): with it a recogniser can read
/// "Algerian officials" as a group of Algeria and know that "Algerian" alone is not a place.
/// </summary>
public sealed record DemonymEntry(string Demonym, PlaceEntry Country, bool IsPlural);
