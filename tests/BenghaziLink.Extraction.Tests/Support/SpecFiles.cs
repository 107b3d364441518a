using System.Collections.Immutable;
using System.Text.Json;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Tests.Support;

/// <summary>
/// Reads the example files copied next to the test assembly: the seed articles (<c>Seeds/*.txt</c>), the
/// expectations for each of them (<c>Specs/Articles/*.json</c>), the small cases per processor
/// (<c>Specs/Parsing/*.json</c>), the date cases (<c>Specs/Dates/*.json</c>) and the entity cases (<c>Specs/Entities/*.json</c>). Paths are relative to the assembly, never to the working directory.
/// </summary>
internal static class SpecFiles
{
    public static readonly ExtractionPipeline Pipeline = ExtractionPipelineBuilder.CreateDefault();

    /// <summary>
    /// Runs the default pipeline's processors up to and including the one named <paramref name="processor"/> and returns the
    /// working document, so that a processor's spec sees what it produced (working state such as clauses included) and
    /// nothing a later processor adds.
    /// </summary>
    public static DocumentBuilder RunThrough(string processor, string text, string source)
    {
        var until = Pipeline.Processors.Select(p => p.Name).ToList().IndexOf(processor);
        if (until < 0) throw new InvalidOperationException($"The default pipeline has no processor '{processor}'.");
        var document = new DocumentBuilder(text, new ExtractionContext(source));
        foreach (var step in Pipeline.Processors.Take(until + 1)) step.Process(document);
        return document;
    }

    private static string Root => AppContext.BaseDirectory;

    public static string SeedText(string name) => File.ReadAllText(Path.Combine(Root, "Seeds", name + ".txt"));

    public static IEnumerable<string> SeedNames() =>
        Directory.GetFiles(Path.Combine(Root, "Seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static IEnumerable<string> ArticleSpecNames() =>
        Directory.GetFiles(Path.Combine(Root, "Specs", "Articles"), "*.json").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static JsonElement ArticleSpec(string name) => Load(Path.Combine("Specs", "Articles", name + ".json"));

    public static IEnumerable<string> CaseFileNames() =>
        Directory.GetFiles(Path.Combine(Root, "Specs", "Parsing"), "*.json").Select(Path.GetFileName).Order()!;

    /// <summary>The cases of one file in <c>Specs/Parsing</c>, by name; names are unique within a file.</summary>
    public static IReadOnlyDictionary<string, SpecCase> Cases(string file)
    {
        var root = Load(Path.Combine("Specs", "Parsing", file));
        var cases = new Dictionary<string, SpecCase>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            if (!cases.TryAdd(name, new SpecCase(name, text, item.GetProperty("expect"))))
            {
                throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
            }
        }
        return cases;
    }

    public static TheoryData<string> CaseNames(string file) => [.. Cases(file).Keys];

    public static IEnumerable<string> DateCaseFileNames() =>
        Directory.GetFiles(Path.Combine(Root, "Specs", "Dates"), "*.json").Select(Path.GetFileName).Order()!;

    /// <summary>
    /// The cases of one file in <c>Specs/Dates</c>, by name. Every case pins its reference date
    /// (<c>"reference": "2013-01-23"</c>, or an explicit null to test what happens without one) and lists every
    /// date expected in the text, in text order: <c>"dates": [{"text": …, "value": …}]</c>, or <c>"none": true</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, DateSpecCase> DateCases(string file)
    {
        var root = Load(Path.Combine("Specs", "Dates", file));
        var cases = new Dictionary<string, DateSpecCase>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            if (!item.TryGetProperty("reference", out var referenceElement))
            {
                throw new InvalidOperationException($"Case '{name}' in {file} has no pinned reference date.");
            }
            PartialDate? reference = null;
            if (referenceElement.ValueKind != JsonValueKind.Null)
            {
                if (!PartialDate.TryParseIso(referenceElement.GetString(), out var parsed)) throw new InvalidOperationException($"Bad reference date in '{name}'.");
                reference = parsed;
            }
            var none = item.TryGetProperty("none", out var noneElement) && noneElement.GetBoolean();
            var hasDates = item.TryGetProperty("dates", out var dates);
            if (none == hasDates) throw new InvalidOperationException($"Case '{name}' in {file} needs either \"dates\" or \"none\": true.");
            List<ExpectedDate> expected = hasDates
                ? [.. dates.EnumerateArray().Select(d => new ExpectedDate(
                    d.GetProperty("text").GetString()!,
                    d.GetProperty("value").GetString(),
                    d.TryGetProperty("relative", out var relative) ? relative.GetBoolean() : null,
                    d.TryGetProperty("anchor", out var anchor) ? anchor.GetString() : null))]
                : [];
            if (!cases.TryAdd(name, new DateSpecCase(name, text, reference, expected)))
            {
                throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
            }
        }
        return cases;
    }

    public static TheoryData<string> DateCaseNames(string file) => [.. DateCases(file).Keys];

    /// <summary>The role cases sit with the entity cases but have their own form (see <see cref="RoleCases"/>).</summary>
    public const string RoleCaseFile = "roles.json";

    public static IEnumerable<string> EntityCaseFileNames() =>
        Directory.GetFiles(Path.Combine(Root, "Specs", "Entities"), "*.json").Select(Path.GetFileName).Where(f => f != RoleCaseFile).Order()!;

    /// <summary>
    /// The cases of <c>Specs/Entities/roles.json</c>, by name. A case gives its text (or <c>lines</c>) and <c>roles</c>: every role the
    /// text must yield, each as <c>{"of": mention, "role": exact text, "cue": pattern}</c>; an empty list says the
    /// text describes nobody.
    /// </summary>
    public static IReadOnlyDictionary<string, RoleSpecCase> RoleCases()
    {
        var root = Load(Path.Combine("Specs", "Entities", RoleCaseFile));
        var cases = new Dictionary<string, RoleSpecCase>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            if (!item.TryGetProperty("roles", out var roles)) throw new InvalidOperationException($"Case '{name}' in {RoleCaseFile} has no \"roles\" (give [] for none).");
            List<ExpectedRole> expected = [.. roles.EnumerateArray().Select(r => new ExpectedRole(
                r.GetProperty("of").GetString()!, r.GetProperty("role").GetString()!, r.GetProperty("cue").GetString()!))];
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            if (!cases.TryAdd(name, new RoleSpecCase(name, text, expected)))
            {
                throw new InvalidOperationException($"Duplicate case name '{name}' in {RoleCaseFile}.");
            }
        }
        return cases;
    }

    /// <summary>
    /// The cases of one file in <c>Specs/Entities</c>, by name. A case gives its text, an optional
    /// <c>catalog</c> (entries shaped like those of <c>seeds/catalog.json</c>), the <c>entities</c> the article must
    /// have and the surfaces it must <c>not</c> have (see <see cref="EntitySpecCase"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, EntitySpecCase> EntityCases(string file)
    {
        var root = Load(Path.Combine("Specs", "Entities", file));
        var cases = new Dictionary<string, EntitySpecCase>(StringComparer.Ordinal);
        foreach (var item in root.GetProperty("cases").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var text = item.TryGetProperty("lines", out var lines)
                ? string.Join('\n', lines.EnumerateArray().Select(l => l.GetString()))
                : item.GetProperty("text").GetString()!;
            var catalog = item.TryGetProperty("catalog", out var entries) ? ReadCatalog(entries) : EntityCatalog.Empty;
            List<ExpectedEntity> entities = item.TryGetProperty("entities", out var expected)
                ? [.. expected.EnumerateArray().Select(e => ReadExpectedEntity(name, e))]
                : [];
            List<ForbiddenMention> forbidden = item.TryGetProperty("not", out var not)
                ? [.. not.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.String
                    ? new ForbiddenMention(n.GetString()!, null)
                    : new ForbiddenMention(n.GetProperty("text").GetString()!, ParseType(n.GetProperty("type").GetString()!)))]
                : [];
            var complete = item.TryGetProperty("complete", out var completeElement) && completeElement.GetBoolean();
            if (entities.Count == 0 && forbidden.Count == 0 && !complete)
            {
                throw new InvalidOperationException($"Case '{name}' in {file} expects nothing: give \"entities\", \"not\" or \"complete\": true.");
            }
            if (!cases.TryAdd(name, new EntitySpecCase(name, text, catalog, entities, forbidden, complete)))
            {
                throw new InvalidOperationException($"Duplicate case name '{name}' in {file}.");
            }
        }
        return cases;
    }

    public static TheoryData<string> EntityCaseNames(string file) => [.. EntityCases(file).Keys];

    /// <summary>The product's catalog (<c>seeds/catalog.json</c>), read the way the entity cases read theirs.</summary>
    public static EntityCatalog SeedCatalog() => ReadCatalog(Load(Path.Combine("Seeds", "catalog.json")).GetProperty("entities"));

    /// <summary>
    /// Every text the specs and seeds feed the pipeline, with the reference date it is read against and the
    /// catalog it is read with, for invariant checks. Seeds are read both without and with the product's catalog.
    /// </summary>
    public static IEnumerable<(string Source, string Text, PartialDate? Reference, EntityCatalog Catalog)> AllTexts()
    {
        foreach (var seed in SeedNames())
        {
            yield return ($"seed {seed}", SeedText(seed), null, EntityCatalog.Empty);
            yield return ($"seed {seed} with the catalog", SeedText(seed), null, SeedCatalog());
        }
        foreach (var file in CaseFileNames())
        {
            foreach (var spec in Cases(file).Values) yield return ($"{file}: {spec.Name}", spec.Text, null, EntityCatalog.Empty);
        }
        foreach (var file in DateCaseFileNames())
        {
            foreach (var spec in DateCases(file).Values) yield return ($"dates/{file}: {spec.Name}", spec.Text, spec.Reference, EntityCatalog.Empty);
        }
        foreach (var file in EntityCaseFileNames())
        {
            foreach (var spec in EntityCases(file).Values) yield return ($"entities/{file}: {spec.Name}", spec.Text, null, spec.Catalog);
        }
        foreach (var spec in RoleCases().Values) yield return ($"entities/{RoleCaseFile}: {spec.Name}", spec.Text, null, EntityCatalog.Empty);
        foreach (var file in ClaimSpecFiles.FileNames())
        {
            foreach (var spec in ClaimSpecFiles.Cases(file).Values) yield return ($"claims/{file}: {spec.Name}", spec.Text, null, EntityCatalog.Empty);
        }
    }

    private static EntityCatalog ReadCatalog(JsonElement entries) => new(entries.EnumerateArray().Select(e =>
    {
        var type = ParseType(e.GetProperty("type").GetString()!);
        var kind = e.TryGetProperty("kind", out var kindElement) ? EntityKinds.Parse(type, kindElement.GetString()) : null;
        ImmutableArray<string> aliases = e.TryGetProperty("aliases", out var list) ? [.. list.EnumerateArray().Select(a => a.GetString()!)] : [];
        return new CatalogEntry(e.GetProperty("canonical").GetString()!, type, kind, aliases);
    }));

    private static ExpectedEntity ReadExpectedEntity(string caseName, JsonElement e)
    {
        var type = ParseType(e.GetProperty("type").GetString()!);
        var kind = e.TryGetProperty("kind", out var kindElement) ? kindElement.GetString() : null;
        if (kind is not null && EntityKinds.Parse(type, kind) is null) throw new InvalidOperationException($"Case '{caseName}': unknown kind '{kind}'.");
        List<string> names = e.TryGetProperty("canonical", out var canonical) ? [canonical.GetString()!]
            : e.TryGetProperty("accept", out var accept) ? [.. accept.EnumerateArray().Select(a => a.GetString()!)]
            : throw new InvalidOperationException($"Case '{caseName}': an expected entity needs \"canonical\" or \"accept\".");
        List<string> mentions = e.TryGetProperty("mentions", out var list) ? [.. list.EnumerateArray().Select(m => m.GetString()!)] : [];
        return new ExpectedEntity(type, kind, names, mentions);
    }

    private static EntityType ParseType(string type) => Enum.Parse<EntityType>(type, ignoreCase: true);

    private static JsonElement Load(string relativePath)
    {
        using var stream = File.OpenRead(Path.Combine(Root, relativePath));
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return json.RootElement.Clone();
    }
}

internal sealed record SpecCase(string Name, string Text, JsonElement Expect);

internal sealed record DateSpecCase(string Name, string Text, PartialDate? Reference, IReadOnlyList<ExpectedDate> Dates);

/// <summary>
/// An entity example: the text (with its catalog) must yield every expected entity, each a different
/// entity of the article, and no entity mention whose surface is forbidden. <c>Complete</c>: the expected
/// entities are all the article has.
/// </summary>
internal sealed record EntitySpecCase(string Name, string Text, EntityCatalog Catalog, IReadOnlyList<ExpectedEntity> Entities,
    IReadOnlyList<ForbiddenMention> Forbidden, bool Complete);

/// <summary>
/// An entity the article must have: its type, its kind when stated (the JSON name: "militant", "other"…), its
/// canonical name (one of <c>Names</c>: "canonical" gives one, "accept" several) and surfaces that must be
/// mentions of it.
/// </summary>
internal sealed record ExpectedEntity(EntityType Type, string? Kind, IReadOnlyList<string> Names, IReadOnlyList<string> Mentions);

/// <summary>A role example: the text must yield exactly these roles.</summary>
internal sealed record RoleSpecCase(string Name, string Text, IReadOnlyList<ExpectedRole> Roles);

/// <summary>A role the text must yield: the surface of the mention described, the role's exact text and its cue.</summary>
internal sealed record ExpectedRole(string Of, string Role, string Cue);

/// <summary>A surface no entity may mention (at all, or as the given type).</summary>
internal sealed record ForbiddenMention(string Text, EntityType? Type);

/// <summary>A date the text must yield: its exact surface and ISO value (null when it cannot be resolved), optionally whether it is relative and a part of its anchor.</summary>
internal sealed record ExpectedDate(string Text, string? Value, bool? Relative, string? Anchor);
