using BenghaziLink.Extraction.Gazetteer;

namespace BenghaziLink.Extraction.Tests.Gazetteer;

public class DemonymLookupTests
{
    private static readonly DemonymLookup Demonyms = DemonymLookup.Default;

    [Theory]
    [InlineData("Algerian", "Algeria", false)]
    [InlineData("Algerians", "Algeria", true)]
    [InlineData("Libyan", "Libya", false)]
    [InlineData("Libyans", "Libya", true)]
    [InlineData("American", "United States", false)]
    [InlineData("Americans", "United States", true)]
    [InlineData("Malian", "Mali", false)]
    [InlineData("Egyptian", "Egypt", false)]
    [InlineData("French", "France", false)]
    [InlineData("British", "United Kingdom", false)]
    [InlineData("Briton", "United Kingdom", false)]
    [InlineData("Moroccan", "Morocco", false)]
    [InlineData("Mauritanian", "Mauritania", false)]
    [InlineData("Nigerien", "Niger", false)]
    [InlineData("Israeli", "Israel", false)]
    [InlineData("Israelis", "Israel", true)]
    [InlineData("Palestinian", "Palestine", false)]
    [InlineData("Syrian", "Syria", false)]
    [InlineData("Iranian", "Iran", false)]
    [InlineData("Afghan", "Afghanistan", false)]
    [InlineData("Tunisian", "Tunisia", false)]
    [InlineData("Qatari", "Qatar", false)]
    [InlineData("Emirati", "United Arab Emirates", false)]
    [InlineData("Saudi", "Saudi Arabia", false)]
    [InlineData("Saudis", "Saudi Arabia", true)]
    [InlineData("Saudi Arabian", "Saudi Arabia", false)]
    [InlineData("Congolese", "DR Congo", false)]
    [InlineData("Swiss", "Switzerland", false)]
    [InlineData("ALGERIAN", "Algeria", false)]
    public void TryLookup_Demonym_FindsTheCountry(string word, string country, bool plural)
    {
        var found = Demonyms.TryLookup(word, out var entry);

        Assert.True(found);
        Assert.Equal(country, entry!.Country.Canonical);
        Assert.Equal(plural, entry.IsPlural);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Algeria")]
    [InlineData("Benghazi")]
    [InlineData("polish")]
    [InlineData("french")]
    [InlineData("Frenchs")]
    [InlineData("Government")]
    public void TryLookup_NotADemonym_FindsNothing(string word)
    {
        var found = Demonyms.TryLookup(word, out var entry);

        Assert.False(found);
        Assert.Null(entry);
    }

    [Theory]
    [InlineData("the South Korean navy", 4, "South Korean", "South Korea")]
    [InlineData("Algerian government forces", 0, "Algerian", "Algeria")]
    [InlineData("a Saudi Arabian prince", 2, "Saudi Arabian", "Saudi Arabia")]
    public void MatchLongest_DemonymAtStart_ReturnsTheLongest(string text, int start, string surface, string country)
    {
        var length = Demonyms.MatchLongest(text, start, out var entry);

        Assert.Equal(surface, text.Substring(start, length));
        Assert.Equal(country, entry!.Country.Canonical);
    }
}
