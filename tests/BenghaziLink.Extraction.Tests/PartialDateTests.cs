namespace BenghaziLink.Extraction.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2016", "2016", DatePrecision.Year)]
    [InlineData("2016-03", "2016-03", DatePrecision.Month)]
    [InlineData("2016-03-19", "2016-03-19", DatePrecision.Day)]
    [InlineData("2016-02-29", "2016-02-29", DatePrecision.Day)]
    [InlineData("0001-01-01", "0001-01-01", DatePrecision.Day)]
    public void TryParseIso_ValidIso_RoundTrips(string input, string iso, DatePrecision precision)
    {
        var parsed = PartialDate.TryParseIso(input, out var date);

        Assert.True(parsed);
        Assert.Equal(iso, date.ToIso());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("16")]
    [InlineData("2016-3")]
    [InlineData("2016-03-9")]
    [InlineData("2016-13")]
    [InlineData("2016-00-10")]
    [InlineData("2015-02-29")]
    [InlineData("2016-04-31")]
    [InlineData("2016-03-19-01")]
    [InlineData("0000")]
    [InlineData("+016")]
    [InlineData("2016/03/19")]
    [InlineData("March 19, 2016")]
    public void TryParseIso_NotAnIsoDate_Fails(string? input)
    {
        var parsed = PartialDate.TryParseIso(input, out var date);

        Assert.False(parsed);
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData(2016, null, 3)]
    [InlineData(2016, 2, 30)]
    [InlineData(2016, 13, null)]
    [InlineData(0, null, null)]
    [InlineData(10000, null, null)]
    public void Constructor_ImpossibleDate_Throws(int year, int? month, int? day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(year, month, day));
    }
}
