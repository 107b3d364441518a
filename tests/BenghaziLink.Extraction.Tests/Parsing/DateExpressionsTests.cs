using BenghaziLink.Extraction.Parsing;

namespace BenghaziLink.Extraction.Tests.Parsing;

public class DateExpressionsTests
{
    [Theory]
    [InlineData("Published on 2016 March 19, Saturday", "2016 March 19", "2016-03-19")]
    [InlineData("March 19, 2016", "March 19, 2016", "2016-03-19")]
    [InlineData("on 19 March 2016 at noon", "19 March 2016", "2016-03-19")]
    [InlineData("the 19th of March, 2016", "19th of March, 2016", "2016-03-19")]
    [InlineData("Sept. 11, 2012", "Sept. 11, 2012", "2012-09-11")]
    [InlineData("Nov 20, 2015", "Nov 20, 2015", "2015-11-20")]
    [InlineData("DECEMBER 17, 2024", "DECEMBER 17, 2024", "2024-12-17")]
    [InlineData("2016-03-19T10:00:00Z", "2016-03-19", "2016-03-19")]
    [InlineData("in January 2013", "January 2013", "2013-01")]
    [InlineData("Feb. 29, 2016", "Feb. 29, 2016", "2016-02-29")]
    public void First_TextWithDate_FindsTheExpression(string text, string surface, string iso)
    {
        var date = DateExpressions.First(text);

        Assert.NotNull(date);
        Assert.Equal(surface, text.Substring(date.Value.Index, date.Value.Length));
        Assert.Equal(iso, date.Value.Value.ToIso());
    }

    [Theory]
    [InlineData("")]
    [InlineData("the 27th floor")]
    [InlineData("March 19")]
    [InlineData("in 2016")]
    [InlineData("03/04/2016")]
    [InlineData("February 30, 2016")]
    [InlineData("Feb. 29, 2015")]
    [InlineData("2016-13-01")]
    [InlineData("Marching 19, 2016")]
    [InlineData("may 2016a")]
    [InlineData("20160319")]
    public void First_TextWithoutReadableDate_FindsNothing(string text)
    {
        var date = DateExpressions.First(text);

        Assert.Null(date);
    }

    [Theory]
    [InlineData("Saturday, March 19, 2016", true)]
    [InlineData("March 19, 2016 10:45 AM GMT", true)]
    [InlineData("2016 March 19, Saturday", true)]
    [InlineData("On March 19, 2016, militants attacked", false)]
    [InlineData("March 2016 report", false)]
    public void AsWholeLine_Line_IsOnlyADate(string line, bool expected)
    {
        var date = DateExpressions.AsWholeLine(line);

        Assert.Equal(expected, date is not null);
    }
}
