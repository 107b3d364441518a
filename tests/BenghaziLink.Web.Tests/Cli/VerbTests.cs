using BenghaziLink.Web.Cli;

namespace BenghaziLink.Web.Tests.Cli;

public class VerbTests
{
    [Theory]
    [InlineData("serve")]
    [InlineData("--urls=http://localhost:5080")]
    public void Parse_NotAVerb_IsNull(string first)
    {
        var verb = Verb.Parse([first]);

        Assert.Null(verb);
    }

    [Fact]
    public void Parse_ConfigurationAndOwnOptions_SplitsThem()
    {
        var verb = Verb.Parse(["eval", "--gold=g", "--articles", "a", "--Ingestion:SeedsPath=s", "--json"]);

        Assert.NotNull(verb);
        Assert.Equal("eval", verb.Name);
        Assert.Equal(["--gold", "g", "--articles", "a", "--json"], verb.Arguments);
        Assert.Equal(["--Ingestion:SeedsPath=s"], verb.HostArgs);
    }

    [Theory]
    [InlineData(new[] { "--json", "x.txt" }, true, null)]
    [InlineData(new[] { "--gold" }, false, "--gold needs a value")]
    [InlineData(new[] { "--nope" }, false, "unknown option --nope")]
    public void VerbOptions_Arguments_AreSwitchesValuesAndPaths(string[] arguments, bool parses, string? error)
    {
        var options = VerbOptions.Parse(arguments, ["--json"], ["--gold"], out var message);

        Assert.Equal(parses, options is not null);
        Assert.Equal(error, message);
    }
}
