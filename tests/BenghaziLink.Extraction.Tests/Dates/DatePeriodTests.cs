using BenghaziLink.Extraction.Dates;

namespace BenghaziLink.Extraction.Tests.Dates;

public sealed class DatePeriodTests
{
    [Theory]
    [InlineData("2013-01-16", "2013-01-16", "2013-01-16", DateGranularity.Day, "16 January 2013")]
    [InlineData("2012-09", "2012-09-01", "2012-09-30", DateGranularity.Month, "September 2012")]
    [InlineData("2012-02", "2012-02-01", "2012-02-29", DateGranularity.Month, "February 2012")]
    [InlineData("2011", "2011-01-01", "2011-12-31", DateGranularity.Year, "2011")]
    [InlineData("2013-W03", "2013-01-14", "2013-01-20", DateGranularity.Week, "the week of 14–20 January 2013")]
    [InlineData("2013-W05", "2013-01-28", "2013-02-03", DateGranularity.Week, "the week of 28 January – 3 February 2013")]
    [InlineData("2015-W01", "2014-12-29", "2015-01-04", DateGranularity.Week, "the week of 29 December 2014 – 4 January 2015")]
    [InlineData("1990/1999", "1990-01-01", "1999-12-31", DateGranularity.Interval, "the 1990s")]
    [InlineData("2011/2013", "2011-01-01", "2013-12-31", DateGranularity.Interval, "2011–2013")]
    [InlineData("2016-03-16/2016-03-17", "2016-03-16", "2016-03-17", DateGranularity.Interval, "16–17 March 2016")]
    [InlineData("2012-09/2013-01", "2012-09-01", "2013-01-31", DateGranularity.Interval, "September 2012 – January 2013")]
    public void Parse_NormalisedValue_KeepsItsPrecision(string value, string start, string end, DateGranularity granularity, string label)
    {
        var period = DatePeriod.Parse(value);

        Assert.NotNull(period);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(granularity, period.Granularity);
        Assert.Equal(label, period.Label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("last week")]
    [InlineData("2013-13")]
    [InlineData("2013-02-30")]
    [InlineData("2013-W54")]
    [InlineData("2013/2012")]
    [InlineData("2013/")]
    public void Parse_AnythingElse_ReturnsNull(string? value)
    {
        Assert.Null(DatePeriod.Parse(value));
    }
}
