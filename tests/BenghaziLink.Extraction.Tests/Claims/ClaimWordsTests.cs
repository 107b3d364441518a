using BenghaziLink.Extraction.Claims;

namespace BenghaziLink.Extraction.Tests.Claims;

/// <summary>The claim reader's word lists, read from the embedded data files.</summary>
public class ClaimWordsTests
{
    [Theory]
    [InlineData("The minister argued that the tax was unfair.", "argued")]
    [InlineData("The mayor tweeted that the road was open.", "tweeted")]
    [InlineData("The police declined to comment on the arrests.", "declined to comment")]
    public void Speech_VerbFromDataFile_Matches(string sentence, string verb)
    {
        var match = ClaimWords.Speech.Match(sentence);

        Assert.Equal(verb, match.Groups["verb"].Value);
    }

    [Fact]
    public void Speech_WordInsideAnotherWord_DoesNotMatch()
    {
        Assert.DoesNotMatch(ClaimWords.Speech, "The saidanite mine reopened.");
    }

    [Fact]
    public void NounForms_PluralNounForm_IsListed()
    {
        Assert.Contains("reports", (IReadOnlySet<string>)ClaimWords.NounForms);
        Assert.DoesNotContain("argued", (IReadOnlySet<string>)ClaimWords.NounForms);
    }

    [Fact]
    public void Participles_IngForm_IsListed()
    {
        Assert.Contains("saying", (IReadOnlySet<string>)ClaimWords.Participles);
    }

    [Theory]
    [InlineData("The convoy was reportedly attacked.", true)]
    [InlineData("He is widely believed to have fled.", true)]
    [InlineData("The town fell, according to unconfirmed reports.", true)]
    [InlineData("The convoy was attacked near the bridge.", false)]
    public void ReportedHedge_Sentence_MatchesHedgesOnly(string sentence, bool hedged)
    {
        Assert.Equal(hedged, ClaimWords.ReportedHedge.IsMatch(sentence));
    }

    [Theory]
    [InlineData("speech-verbs.tsv")]
    [InlineData("hedges.tsv")]
    public void Rows_DataFile_HasRowsWithAUse(string file)
    {
        var rows = ClaimWords.Rows(file).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Length == 2 || (r.Length == 3 && r[2] == "inverts"), string.Join('|', r)));
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("added", true)]
    [InlineData("told", false)]
    [InlineData("saying", false)]
    public void Inverting_SpeechVerb_StandsBeforeItsSpeakerOnlyIfMarked(string form, bool inverts)
    {
        var inverting = ClaimWords.Inverting;

        Assert.Equal(inverts, inverting.Contains(form));
    }
}
