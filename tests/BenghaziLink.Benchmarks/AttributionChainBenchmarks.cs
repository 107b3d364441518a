using System.Text;
using BenchmarkDotNet.Attributes;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Benchmarks;

/// <summary>
/// The whole pipeline over attribution chains of pathological length: "Omar Haddad said Karim Nouri said …" (a dozen
/// invented people, names coming back), the same with every name new, "the official said the minister said …", each
/// in one sentence, and two-link sentences one after another in one paragraph. The time should grow with the links,
/// not with their square: the tests count bytes allocated (<c>AttributionChainScalingTests</c>), this measures time.
/// </summary>
[MemoryDiagnoser]
public class AttributionChainBenchmarks
{
    private static readonly string[] Given = ["Omar", "Karim", "Samir", "Yusuf", "Tariq", "Nabil", "Fadi", "Walid", "Zaid", "Adel", "Bilal", "Majid"];
    private static readonly string[] Family = ["Haddad", "Nouri", "Mansour", "Khalil", "Saleh", "Darwish", "Aziz", "Jaber", "Hamdan", "Kassem", "Faris", "Najjar"];
    private static readonly string[] Nouns = ["the official", "the minister", "the spokesman", "the commander", "the diplomat", "the source"];
    private static readonly string[] Syllables = ["ba", "ce", "di", "fo", "gu", "hy", "jk", "lm", "np", "qr", "st", "vw"];

    private readonly ExtractionPipeline pipeline = ExtractionPipelineBuilder.CreateDefault();
    private string text = "";

    [Params("names", "new names", "nouns", "sentences")]
    public string Form { get; set; } = "names";

    [Params(250, 500, 1000, 2000)]
    public int Links { get; set; }

    [GlobalSetup]
    public void Setup() => text = Text(Form, Links);

    [Benchmark]
    public int Extract() => pipeline.Process(text, new ExtractionContext("chain", null)).Claims.Length;

    public static string Text(string form, int links)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < links; i++)
        {
            builder.Append(form switch
            {
                "names" => $"{Person(i)} said ",
                "new names" => $"{Stranger(i % 1728)} said ",
                "nouns" => $"{Nouns[i % Nouns.Length]} said ",
                "sentences" => $"{Person(i)} said {Person(i + 1)} said the attack was planned. ",
                _ => throw new ArgumentOutOfRangeException(nameof(form)),
            });
        }
        if (form != "sentences") builder.Append("the attack was planned.");
        return builder.ToString().TrimEnd() + "\n";
    }

    private static string Person(int i) => $"{Given[i % Given.Length]} {Family[(i / Given.Length + i) % Family.Length]}";

    // Surnames of three two-letter syllables with no letter in common: no two are spelling variants of each other.
    private static string Stranger(int i)
    {
        var surname = Syllables[i % 12] + Syllables[i / 12 % 12] + Syllables[i / 144 % 12];
        return $"{Given[i % Given.Length]} {char.ToUpperInvariant(surname[0])}{surname[1..]}";
    }
}
