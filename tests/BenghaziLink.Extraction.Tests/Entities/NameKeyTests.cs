using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Tests.Entities;

public class NameKeyTests
{
    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("US", "us")]
    [InlineData("the U.S.", "us")]
    [InlineData("The US", "us")]
    [InlineData("u.s.", "us")]
    [InlineData("Al-Qaeda", "alqaeda")]
    [InlineData("al Qaeda", "alqaeda")]
    [InlineData("AL-QAEDA", "alqaeda")]
    [InlineData("Belmokhtar’s", "belmokhtar")]
    [InlineData("Belmokhtar's", "belmokhtar")]
    [InlineData("Reuters'", "reuters")]
    [InlineData("Abou Zéid", "abouzeid")]
    [InlineData("Çelik", "celik")]
    [InlineData("Hillary\u00a0Clinton", "hillaryclinton")]
    [InlineData("  Sahel  ", "sahel")]
    [InlineData("Theodore", "theodore")]
    [InlineData("the", "the")]
    [InlineData("MI6", "mi6")]
    [InlineData("", "")]
    [InlineData("—", "")]
    public void Of_Name_FoldsToKey(string name, string expected)
    {
        var key = NameKey.Of(name);

        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("gaddafi", "gaddafi", 1, 0)]
    [InlineData("gaddafi", "gadhafi", 1, 1)]
    [InlineData("murabitoon", "murabitoun", 1, 1)]
    [InlineData("belmokhtar", "belmokhtra", 1, 1)]
    [InlineData("mokhtarbelmokhtar", "mokhtarbenmokhtar", 2, 1)]
    [InlineData("moammargadhafi", "muammargaddafi", 2, 2)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("clinton", "stevens", 2, 3)]
    [InlineData("aqim", "alqaedaintheislamicmaghreb", 2, 3)]
    [InlineData("", "abc", 3, 3)]
    [InlineData("abc", "", 1, 2)]
    public void Distance_TwoKeys_CountsEditsUpToTheCap(string a, string b, int max, int expected)
    {
        var distance = NameKey.Distance(a, b, max);

        Assert.Equal(expected, distance);
        Assert.Equal(expected, NameKey.Distance(b, a, max));
    }
}
