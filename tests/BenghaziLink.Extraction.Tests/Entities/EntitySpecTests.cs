using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;
using BenghaziLink.Extraction.Tests.Support;

namespace BenghaziLink.Extraction.Tests.Entities;

/// <summary>
/// The examples in <c>Specs/Entities</c>, one theory per file: each case runs through the default pipeline
/// with its own catalog (empty unless it gives one) and must yield every entity it lists, each a different
/// entity of the article with the stated type, kind, canonical name and mentions, and no entity mention
/// with a surface it forbids. Forbidden surfaces are checked against the entities, which is what the
/// product stores: a lone capitalised word the resolver drops is a candidate, not a mention.
/// </summary>
public class EntitySpecTests
{
    private static readonly string[] Files =
        ["people.json", "groups.json", "places.json", "aliases.json", "negatives.json", "typography.json"];

    public static TheoryData<string> CasesIn(string file) => SpecFiles.EntityCaseNames(file);

    [Theory]
    [MemberData(nameof(CasesIn), "people.json")]
    public void People_Case_MatchesSpec(string name) => Run("people.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "groups.json")]
    public void Groups_Case_MatchesSpec(string name) => Run("groups.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "places.json")]
    public void Places_Case_MatchesSpec(string name) => Run("places.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "aliases.json")]
    public void Aliases_Case_MatchesSpec(string name) => Run("aliases.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "negatives.json")]
    public void Negatives_Case_MatchesSpec(string name) => Run("negatives.json", name);

    [Theory]
    [MemberData(nameof(CasesIn), "typography.json")]
    public void Typography_Case_MatchesSpec(string name) => Run("typography.json", name);

    [Fact]
    public void EntityCaseFiles_EveryFile_HasATheory()
    {
        var files = SpecFiles.EntityCaseFileNames();

        Assert.Equal(Files.Order(), files);
    }

    private static void Run(string file, string name)
    {
        var spec = SpecFiles.EntityCases(file)[name];
        var pipeline = ExtractionPipelineBuilder.CreateDefault(spec.Catalog);

        var document = pipeline.Process(spec.Text, new ExtractionContext($"{file}#{name}", null));

        // The whole result goes into every message, so a failure shows what the pipeline found instead.
        var listing = Listing(document.Entities);
        var matched = new HashSet<DocumentEntity>(ReferenceEqualityComparer.Instance);
        foreach (var want in spec.Entities)
        {
            var got = document.Entities.FirstOrDefault(e => e.Type == want.Type && want.Names.Contains(e.Canonical, StringComparer.Ordinal));
            Assert.True(got is not null, $"No {Lower(want.Type)} entity named {string.Join(" or ", want.Names.Select(Quoted))}.\nEntities:\n{listing}");
            Assert.True(matched.Add(got), $"{Quoted(got.Canonical)} stands for two expected entities: they were merged.\nEntities:\n{listing}");
            if (want.Kind is not null)
            {
                Assert.True(want.Kind == EntityKinds.Name(got.Kind), $"{Quoted(got.Canonical)}: expected kind {want.Kind}, got {EntityKinds.Name(got.Kind)}.\nEntities:\n{listing}");
            }
            foreach (var mention in want.Mentions)
            {
                Assert.True(got.Mentions.Any(m => m.Surface == mention), $"{Quoted(got.Canonical)} has no mention {Quoted(mention)}.\nEntities:\n{listing}");
            }
        }
        foreach (var forbidden in spec.Forbidden)
        {
            var offending = document.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Surface == forbidden.Text && (forbidden.Type is null || e.Type == forbidden.Type)));
            Assert.True(offending is null, $"{Quoted(forbidden.Text)} is a mention of {Quoted(offending?.Canonical)}{(forbidden.Type is { } type ? $" ({Lower(type)})" : "")}.\nEntities:\n{listing}");
        }
        if (spec.Complete)
        {
            var extra = document.Entities.Where(e => !matched.Contains(e)).Select(e => e.Canonical).ToList();
            Assert.True(extra.Count == 0, $"Unexpected entities: {string.Join(", ", extra.Select(Quoted))}.\nEntities:\n{listing}");
        }
    }

    private static string Listing(IEnumerable<DocumentEntity> entities)
    {
        var lines = entities.Select(e => $"  {Lower(e.Type)}{(e.Kind is null ? "" : "/" + EntityKinds.Name(e.Kind))} {Quoted(e.Canonical)}: {string.Join(" | ", e.Mentions.Select(m => Visible(m.Surface)))}").ToList();
        return lines.Count == 0 ? "  (none)" : string.Join('\n', lines);
    }

    private static string Lower(EntityType type) => type.ToString().ToLowerInvariant();

    private static string Quoted(string? text) => $"“{text}”";

    // Non-breaking spaces matter in the typography cases; show them.
    private static string Visible(string text) => text.Replace("\u00a0", "⍽", StringComparison.Ordinal);
}
