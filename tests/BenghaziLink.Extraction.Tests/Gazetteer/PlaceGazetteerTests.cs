using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Gazetteer;

namespace BenghaziLink.Extraction.Tests.Gazetteer;

public class PlaceGazetteerTests
{
    private static readonly PlaceGazetteer Gazetteer = PlaceGazetteer.Default;

    [Theory]
    [InlineData("Libya", "Libya", "LY")]
    [InlineData("LIBYA", "Libya", "LY")]
    [InlineData("State of Libya", "Libya", "LY")]
    [InlineData("Algeria", "Algeria", "DZ")]
    [InlineData("Mali", "Mali", "ML")]
    [InlineData("Republic of Mali", "Mali", "ML")]
    [InlineData("Mauritania", "Mauritania", "MR")]
    [InlineData("Niger", "Niger", "NE")]
    [InlineData("U.S.", "United States", "US")]
    [InlineData("US", "United States", "US")]
    [InlineData("USA", "United States", "US")]
    [InlineData("United States", "United States", "US")]
    [InlineData("United States of America", "United States", "US")]
    [InlineData("America", "United States", "US")]
    [InlineData("Britain", "United Kingdom", "GB")]
    [InlineData("Great Britain", "United Kingdom", "GB")]
    [InlineData("UK", "United Kingdom", "GB")]
    [InlineData("U.K.", "United Kingdom", "GB")]
    [InlineData("Israel", "Israel", "IL")]
    [InlineData("Iran", "Iran", "IR")]
    [InlineData("Islamic Republic of Iran", "Iran", "IR")]
    [InlineData("Syria", "Syria", "SY")]
    [InlineData("Syrian Arab Republic", "Syria", "SY")]
    [InlineData("Lebanon", "Lebanon", "LB")]
    [InlineData("Egypt", "Egypt", "EG")]
    [InlineData("Palestine", "Palestine", "PS")]
    [InlineData("Afghanistan", "Afghanistan", "AF")]
    [InlineData("Morocco", "Morocco", "MA")]
    [InlineData("Western Sahara", "Western Sahara", "EH")]
    [InlineData("Turkey", "Türkiye", "TR")]
    [InlineData("Ivory Coast", "Ivory Coast", "CI")]
    [InlineData("Côte d'Ivoire", "Ivory Coast", "CI")]
    [InlineData("Cote d’Ivoire", "Ivory Coast", "CI")]
    [InlineData("Guinea-Bissau", "Guinea-Bissau", "GW")]
    [InlineData("Guinea Bissau", "Guinea-Bissau", "GW")]
    [InlineData("UAE", "United Arab Emirates", "AE")]
    [InlineData("Georgia", "Georgia", "GE")]
    [InlineData("Jordan", "Jordan", "JO")]
    public void TryLookup_CountryName_FindsTheCountry(string name, string canonical, string code)
    {
        var found = Gazetteer.TryLookup(name, out var entry);

        Assert.True(found);
        Assert.Equal(new PlaceEntry(canonical, EntityKind.Country, code), entry);
    }

    [Theory]
    [InlineData("Benghazi", "Benghazi", "LY")]
    [InlineData("Tripoli", "Tripoli", "LY")]
    [InlineData("Misrata", "Mişrātah", "LY")]
    [InlineData("Misurata", "Mişrātah", "LY")]
    [InlineData("Derna", "Darnah", "LY")]
    [InlineData("Sirte", "Sirte", "LY")]
    [InlineData("Tobruk", "Tobruk", "LY")]
    [InlineData("Ajdabiya", "Ajdabiya", "LY")]
    [InlineData("Zawiya", "Az Zāwīyah", "LY")]
    [InlineData("al-Bayda", "Al Bayḑā’", "LY")]
    [InlineData("Bamako", "Bamako", "ML")]
    [InlineData("Gao", "Gao", "ML")]
    [InlineData("Timbuktu", "Timbuktu", "ML")]
    [InlineData("Tombouctou", "Timbuktu", "ML")]
    [InlineData("Kidal", "Kidal", "ML")]
    [InlineData("Algiers", "Algiers", "DZ")]
    [InlineData("Djelfa", "Djelfa", "DZ")]
    [InlineData("Tébessa", "Tébessa", "DZ")]
    [InlineData("Tebessa", "Tébessa", "DZ")]
    [InlineData("El Aouinet", "El Aouinet", "DZ")]
    [InlineData("Nouakchott", "Nouakchott", "MR")]
    [InlineData("Niamey", "Niamey", "NE")]
    [InlineData("Tel Aviv", "Tel Aviv", "IL")]
    [InlineData("Tel-Aviv", "Tel Aviv", "IL")]
    [InlineData("Jerusalem", "Jerusalem", "IL")]
    [InlineData("Cairo", "Cairo", "EG")]
    [InlineData("Damascus", "Damascus", "SY")]
    [InlineData("Washington", "Washington, D.C.", "US")]
    [InlineData("Washington, D.C.", "Washington, D.C.", "US")]
    [InlineData("New York", "New York City", "US")]
    [InlineData("Paris", "Paris", "FR")]
    [InlineData("Aden", "Aden", "YE")]
    [InlineData("Wellington", "Wellington", "NZ")]
    public void TryLookup_CityName_FindsTheCity(string name, string canonical, string code)
    {
        var found = Gazetteer.TryLookup(name, out var entry);

        Assert.True(found);
        Assert.Equal(EntityKind.City, entry!.Kind);
        Assert.Equal(canonical, entry.Canonical);
        Assert.Equal(code, entry.CountryCode);
        Assert.True(entry.Population > 0);
    }

    [Theory]
    [InlineData("Sahara", null)]
    [InlineData("Sahel", null)]
    [InlineData("Maghreb", null)]
    [InlineData("North Africa", null)]
    [InlineData("West Africa", null)]
    [InlineData("Horn of Africa", null)]
    [InlineData("Middle East", null)]
    [InlineData("Mideast", null)]
    [InlineData("Levant", null)]
    [InlineData("Gulf", null)]
    [InlineData("Balkans", null)]
    [InlineData("Southeast Asia", null)]
    [InlineData("the West", null)]
    [InlineData("The West", null)]
    [InlineData("Africa", null)]
    [InlineData("Europe", null)]
    [InlineData("Cyrenaica", "LY")]
    [InlineData("Fezzan", "LY")]
    [InlineData("Kufra", "LY")]
    [InlineData("Azawad", "ML")]
    [InlineData("Sinai", "EG")]
    [InlineData("Darfur", "SD")]
    [InlineData("West Bank", "PS")]
    [InlineData("Texas", "US")]
    [InlineData("Washington State", "US")]
    public void TryLookup_RegionName_FindsARegion(string name, string? code)
    {
        var found = Gazetteer.TryLookup(name, out var entry);

        Assert.True(found);
        Assert.Equal(EntityKind.Region, entry!.Kind);
        Assert.Equal(code, entry.CountryCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("The")]
    [InlineData("May")]
    [InlineData("Reading")]
    [InlineData("Mobile")]
    [InlineData("Chief")]
    [InlineData("Monday")]
    [InlineData("March")]
    [InlineData("Of")]
    [InlineData("Man")]
    [InlineData("Best")]
    [InlineData("Split")]
    [InlineData("Along")]
    [InlineData("Nice")]
    [InlineData("Police")]
    [InlineData("Mission")]
    [InlineData("Central")]
    [InlineData("Western")]
    [InlineData("West")]
    [InlineData("Said")]
    [InlineData("President")]
    [InlineData("Abu")]
    [InlineData("David")]
    [InlineData("Leon")]
    [InlineData("Victoria")]
    [InlineData("Florence")]
    [InlineData("Laval")]
    [InlineData("Obama")]
    [InlineData("Clinton")]
    [InlineData("Kerry")]
    [InlineData("Stevens")]
    [InlineData("Us")]
    [InlineData("us")]
    [InlineData("libya")]
    [InlineData("turkey")]
    [InlineData("china")]
    [InlineData("Algerian")]
    [InlineData("Libyan")]
    [InlineData("Washington Post")]
    public void TryLookup_WordThatIsNotAPlaceByItself_FindsNothing(string name)
    {
        var found = Gazetteer.TryLookup(name, out var entry);

        Assert.False(found);
        Assert.Null(entry);
    }

    [Theory]
    [InlineData("Reading", "GB")]
    [InlineData("Mobile", "US")]
    [InlineData("Split", "HR")]
    [InlineData("Laval", "CA")]
    [InlineData("Victoria", "CA")]
    [InlineData("Florence", "IT")]
    [InlineData("Obama", "JP")]
    public void TryLookupAmbiguous_HeldName_FindsThePlaceForACue(string name, string code)
    {
        var found = Gazetteer.TryLookupAmbiguous(name, out var entry);

        Assert.True(found);
        Assert.Equal(EntityKind.City, entry!.Kind);
        Assert.Equal(code, entry.CountryCode);
    }

    [Theory]
    [InlineData("Benghazi")]
    [InlineData("Libya")]
    [InlineData("Chief")]
    public void TryLookupAmbiguous_NameThatIsNotHeld_FindsNothing(string name)
    {
        var found = Gazetteer.TryLookupAmbiguous(name, out _);

        Assert.False(found);
    }

    [Fact]
    public void LookupAll_SharedName_GivesEveryPlaceBestFirst()
    {
        var tripoli = Gazetteer.LookupAll("Tripoli").ToArray();

        Assert.Equal(("LY", EntityKind.City), (tripoli[0].CountryCode, tripoli[0].Kind));
        Assert.Contains(tripoli, e => e.CountryCode == "LB" && e.Kind == EntityKind.City);
    }

    [Fact]
    public void LookupAll_CountryAndState_PutsTheCountryFirst()
    {
        var georgia = Gazetteer.LookupAll("Georgia").ToArray();

        Assert.Equal(EntityKind.Country, georgia[0].Kind);
        Assert.Contains(georgia, e => e.Kind == EntityKind.Region && e.CountryCode == "US");
    }

    [Theory]
    [InlineData("Forces entered Western Sahara on Monday.", 15, "Western Sahara", "Western Sahara")]
    [InlineData("flights to Saudi Arabia resumed", 11, "Saudi Arabia", "Saudi Arabia")]
    [InlineData("across North Africa and", 7, "North Africa", "North Africa")]
    [InlineData("jihadists in the Sahel.", 17, "Sahel", "Sahel")]
    [InlineData("the U.S.-led coalition", 4, "U.S.", "United States")]
    [InlineData("in St. Louis today", 3, "St. Louis", "St. Louis")]
    [InlineData("the U.S. consulate", 4, "U.S.", "United States")]
    [InlineData("based in Washington, D.C., he said", 9, "Washington, D.C.", "Washington, D.C.")]
    [InlineData("attack in Benghazi, Libya", 10, "Benghazi", "Benghazi")]
    [InlineData("near El Aouinet in Tébessa", 5, "El Aouinet", "El Aouinet")]
    [InlineData("the United States of America said", 4, "United States of America", "United States")]
    [InlineData("Libya.", 0, "Libya", "Libya")]
    [InlineData("suspicion of the West grew", 13, "the West", "the West")]
    [InlineData("in Tel-Aviv today", 3, "Tel-Aviv", "Tel Aviv")]
    public void MatchLongest_NameAtStart_ReturnsTheLongestName(string text, int start, string surface, string canonical)
    {
        var length = Gazetteer.MatchLongest(text, start, out var entry);

        Assert.Equal(surface, text.Substring(start, length));
        Assert.Equal(canonical, entry!.Canonical);
    }

    [Theory]
    [InlineData("Reading the report", 0)]
    [InlineData("The attack", 0)]
    [InlineData("said Monday", 5)]
    [InlineData("Benghazi", 8)]
    [InlineData("", 0)]
    public void MatchLongest_NoNameAtStart_ReturnsZero(string text, int start)
    {
        var length = Gazetteer.MatchLongest(text, start, out var entry);

        Assert.Equal(0, length);
        Assert.Null(entry);
    }

    [Fact]
    public void MatchLongest_HeldNameWithAmbiguousAllowed_FindsIt()
    {
        var length = Gazetteer.MatchLongest("in Reading, England", 3, out var entry, includeAmbiguous: true);

        Assert.Equal("Reading".Length, length);
        Assert.Equal("GB", entry!.CountryCode);
    }

    [Theory]
    [InlineData("LY", "Libya")]
    [InlineData("LBY", "Libya")]
    [InlineData("US", "United States")]
    [InlineData("DZ", "Algeria")]
    public void TryGetCountry_IsoCode_FindsTheCountry(string code, string canonical)
    {
        var found = Gazetteer.TryGetCountry(code, out var country);

        Assert.True(found);
        Assert.Equal(canonical, country!.Canonical);
    }

    [Fact]
    public void Lookups_WarmGazetteer_AllocateNothing()
    {
        const string text = "militants from Western Sahara crossed into Tébessa";
        Gazetteer.TryLookup("Tébessa", out _);
        Gazetteer.MatchLongest(text, 15, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Gazetteer.TryLookup("Tébessa", out _);
            Gazetteer.TryLookupAmbiguous("Reading", out _);
            Gazetteer.MatchLongest(text, 15, out _);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Default_EmbeddedData_HasCountriesCitiesAndRegions()
    {
        var gazetteer = PlaceGazetteer.Default;

        Assert.InRange(gazetteer.Countries.Count, 240, 260);
        Assert.InRange(gazetteer.NameCount, 20_000, 60_000);
        Assert.True(gazetteer.HeldNameCount > 100);
    }
}
