using System.Text;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>
/// Attribution chains of pathological length ("Omar Haddad said Karim Nouri said …" 2,000 times) are read in linear
/// work, with a bounded chain. Speed itself is measured by the benchmarks (docs/benchmarks.md), never here: these tests
/// check what the bound reads and count the bytes the pipeline allocates, which the same input makes the same, so
/// the check is deterministic. Each quadratic scan the reader used to make (a copy of the clause per verb, of the text
/// before each name per verb) showed in that count.
/// </summary>
public class AttributionChainScalingTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipelineBuilder.CreateDefault();

    private static readonly string[] Given = ["Omar", "Karim", "Samir", "Yusuf", "Tariq", "Nabil", "Fadi", "Walid", "Zaid", "Adel", "Bilal", "Majid"];
    private static readonly string[] Family = ["Haddad", "Nouri", "Mansour", "Khalil", "Saleh", "Darwish", "Aziz", "Jaber", "Hamdan", "Kassem", "Faris", "Najjar"];
    private static readonly string[] Nouns = ["the official", "the minister", "the spokesman", "the commander", "the diplomat", "the source"];

    // Two-letter syllables with no letter in common: two surnames built of three of them are at least two edits apart,
    // and with a given name of at most five letters no two names are spelling variants (one edit, under 12 letters).
    private static readonly string[] Syllables = ["ba", "ce", "di", "fo", "gu", "hy", "jk", "lm", "np", "qr", "st", "vw"];

    /// <summary>The <paramref name="i"/>th invented person: a dozen given names with a dozen family names, so names come back.</summary>
    private static string Person(int i) => $"{Given[i % Given.Length]} {Family[(i / Given.Length + i) % Family.Length]}";

    /// <summary>The <paramref name="i"/>th of 1,728 invented people who are all different people.</summary>
    private static string Stranger(int i)
    {
        var surname = Syllables[i % 12] + Syllables[i / 12 % 12] + Syllables[i / 144 % 12];
        return $"{Given[i % Given.Length]} {char.ToUpperInvariant(surname[0])}{surname[1..]}";
    }

    /// <summary>The chains the probe used, <paramref name="links"/> speakers long.</summary>
    private static string Chain(string form, int links)
    {
        var text = new StringBuilder();
        for (var i = 0; i < links; i++)
        {
            text.Append(form switch
            {
                "names in one sentence" => $"{Person(i)} said ",
                "nouns in one sentence" => $"{Nouns[i % Nouns.Length]} said ",
                "new names in one sentence" => $"{Stranger(i % 1728)} said ",
                "names in short sentences" => $"{Person(i)} said {Person(i + 1)} said the attack was planned. ",
                "nouns in short sentences" => $"The {Nouns[i % Nouns.Length][4..]} said {Nouns[(i + 1) % Nouns.Length]} said the attack was planned. ",
                "names in paragraphs" => $"{Person(i)} said {Person(i + 1)} said the attack was planned.\n\n",
                _ => throw new ArgumentOutOfRangeException(nameof(form)),
            });
        }
        if (form.EndsWith("one sentence", StringComparison.Ordinal)) text.Append("the attack was planned.");
        return text.ToString().TrimEnd() + "\n";
    }

    [Theory]
    [InlineData("names in one sentence")]
    [InlineData("nouns in one sentence")]
    public void Process_ChainOf2000Speakers_ReadsNoMoreLinksThanTheBound(string form)
    {
        var document = Pipeline.Process(Chain(form, 2000), new ExtractionContext("chain", null));

        var claim = Assert.Single(document.Claims);
        Assert.InRange(claim.Chain.Length, 1, ClaimReader.MaxCuesPerClause);
    }

    [Fact]
    public void Process_ChainLongerThanTheBound_KeepsTheOutermostSpeakers()
    {
        var document = Pipeline.Process(Chain("names in one sentence", 40), new ExtractionContext("chain", null));

        var claim = Assert.Single(document.Claims);
        Assert.InRange(claim.Chain.Length, 1, ClaimReader.MaxCuesPerClause);
        Assert.Equal(Enumerable.Range(0, claim.Chain.Length).Select(Person), claim.Chain.Select(s => s.Name));
    }

    [Fact]
    public void Process_ChainWithinTheBound_ReadsEverySpeaker()
    {
        var document = Pipeline.Process(Chain("names in one sentence", 3), new ExtractionContext("chain", null));

        var claim = Assert.Single(document.Claims);
        Assert.Equal(["Omar Haddad", "Karim Nouri", "Samir Mansour"], claim.Chain.Select(s => s.Name));
    }

    [Theory]
    [InlineData("names in one sentence")]
    [InlineData("nouns in one sentence")]
    [InlineData("new names in one sentence")]
    [InlineData("names in short sentences")]
    [InlineData("nouns in short sentences")]
    [InlineData("names in paragraphs")]
    public void Process_TwiceTheLinks_AllocatesAboutTwiceAsMuch(string form)
    {
        Allocated(Chain(form, 20)); // first use: static tables, regex runners

        var thousand = Allocated(Chain(form, 1000));
        var twoThousand = Allocated(Chain(form, 2000));

        Assert.True(twoThousand <= 2.2 * thousand, $"{form}: {thousand:N0} bytes for 1,000 links, {twoThousand:N0} for 2,000.");
    }

    [Fact]
    public void Process_NameAgainAfterThousandsOfOthers_IsStillOneEntity()
    {
        // More entities stand between the two mentions than the resolver compares by spelling: the same name is found by its key.
        var strangers = string.Concat(Enumerable.Range(0, 2 * AliasResolver.MaxEntitiesCompared).Select(i => $"{Stranger(i)} said "));
        var text = $"Mokhtar Belmokhtar said {strangers}Mokhtar Belmokhtar said the attack was planned.\n";

        var document = Pipeline.Process(text, new ExtractionContext("chain", null));

        var entity = Assert.Single(document.Entities, e => e.Canonical == "Mokhtar Belmokhtar");
        Assert.Equal(2, entity.Mentions.Length);
        Assert.Equal(2 * AliasResolver.MaxEntitiesCompared + 1, document.Entities.Length);
    }

    private static long Allocated(string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Pipeline.Process(text, new ExtractionContext("chain", null));
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
