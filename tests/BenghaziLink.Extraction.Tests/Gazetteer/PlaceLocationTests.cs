using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;

namespace BenghaziLink.Extraction.Tests.Gazetteer;

public class PlaceLocationTests
{
    private static readonly PlaceGazetteer Gazetteer = PlaceGazetteer.Default;

    [Theory]
    [InlineData("Benghazi", "Benghazi", EntityKind.City, "LY", "434", 32.115, 20.069, LocationBasis.GeoNames)]
    [InlineData("Tripoli", "Tripoli", EntityKind.City, "LY", "434", 32.887, 13.187, LocationBasis.GeoNames)]
    [InlineData("Misurata", "Mişrātah", EntityKind.City, "LY", "434", 32.375, 15.093, LocationBasis.GeoNames)]
    [InlineData("Bamako", "Bamako", EntityKind.City, "ML", "466", 12.65, -8, LocationBasis.GeoNames)]
    [InlineData("Reading", "Reading", EntityKind.City, "GB", "826", 51.456, -0.971, LocationBasis.GeoNames)]
    [InlineData("Libya", "Libya", EntityKind.Country, "LY", "434", 25, 17, LocationBasis.CountryCentre)]
    [InlineData("Algeria", "Algeria", EntityKind.Country, "DZ", "012", 28, 3, LocationBasis.CountryCentre)]
    [InlineData("Mali", "Mali", EntityKind.Country, "ML", "466", 17, -4, LocationBasis.CountryCentre)]
    [InlineData("U.S.", "United States", EntityKind.Country, "US", "840", 38, -97, LocationBasis.CountryCentre)]
    [InlineData("Sahel", "Sahel", EntityKind.Region, null, null, 14.5, 10, LocationBasis.CuratedCentre)]
    [InlineData("Cyrenaica", "Cyrenaica", EntityKind.Region, "LY", "434", 30, 22, LocationBasis.CuratedCentre)]
    [InlineData("Texas", "Texas", EntityKind.Region, "US", "840", 38, -97, LocationBasis.ContainingCountry)]
    [InlineData("Kufra", "Al Kufrah", EntityKind.Region, "LY", "434", 25, 17, LocationBasis.ContainingCountry)]
    public void Locate_KnownName_GivesCoordinatesAndTheirBasis(
        string name, string canonical, EntityKind kind, string? code, string? numeric, double latitude, double longitude, LocationBasis basis)
    {
        var location = Gazetteer.Locate(name);

        Assert.Equal(new PlaceLocation(canonical, kind, code, numeric, latitude, longitude, basis), location);
    }

    [Theory]
    [InlineData("Gondor")]
    [InlineData("")]
    [InlineData("libya")]
    [InlineData("Muslim world")]
    [InlineData("Washington Post")]
    public void Locate_UnknownNameOrPlaceWithoutCoordinates_ReturnsNull(string name)
    {
        var location = Gazetteer.Locate(name);

        Assert.Null(location);
    }

    [Theory]
    [InlineData(null, EntityKind.Country, "GE")]
    [InlineData(EntityKind.Country, EntityKind.Country, "GE")]
    [InlineData(EntityKind.Region, EntityKind.Region, "US")]
    [InlineData(EntityKind.Facility, EntityKind.Country, "GE")]
    public void Locate_SharedNameWithAKind_PrefersAPlaceOfThatKind(EntityKind? asked, EntityKind kind, string code)
    {
        var location = Gazetteer.Locate("Georgia", asked);

        Assert.Equal((kind, code), (location!.Kind, location.CountryCode));
    }

    [Fact]
    public void Locate_EveryCountryWithAnOutlineCode_HasCoordinates()
    {
        var located = Gazetteer.Countries.Select(Gazetteer.Locate).ToList();

        Assert.All(located, l => Assert.NotNull(l));
        Assert.All(located, l => Assert.InRange(l!.Latitude, -90, 90));
        Assert.True(located.Count(l => l!.CountryNumeric is not null) >= 240);
    }
}
