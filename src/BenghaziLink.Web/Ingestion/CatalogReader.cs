using System.Text.Json;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Evaluation;
using Microsoft.Extensions.Options;

namespace BenghaziLink.Web.Ingestion;

public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>
    /// The entity catalog (<c>seeds/catalog.json</c>); relative paths are from the content root. Empty: no
    /// catalog, entities are found from the text alone.
    /// </summary>
    public string? CatalogPath { get; set; } = "../../seeds/catalog.json";
}

public enum CatalogStatus { Loaded, NotConfigured, Missing, Malformed }

/// <summary>
/// What reading the catalog gave: the catalog (empty unless <see cref="CatalogStatus.Loaded"/>), why the file
/// was refused as a whole, and the entries skipped or doubtful, each in words that name the entry.
/// </summary>
public sealed record CatalogLoad(EntityCatalog Catalog, string? Path, CatalogStatus Status, string? Error, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads the user-editable entity catalog: <c>{"entities": [{"canonical", "type", "kind", "aliases", "description"}]}</c>.
/// A file that is not JSON or not of this shape is refused whole (an empty catalog); an entry that does not
/// fit is skipped and named, so one typo costs one entry, not the catalog. The app runs either way: the
/// catalog sharpens extraction, it is not needed for it.
/// </summary>
public static class CatalogReader
{
    public static EntityCatalog FromServices(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<ExtractionOptions>>().Value.CatalogPath;
        var path = string.IsNullOrWhiteSpace(configured) ? null
            : Path.GetFullPath(configured, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var load = Load(path);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CatalogReader));
        switch (load.Status)
        {
            case CatalogStatus.Loaded:
                logger.CatalogLoaded(load.Catalog.Entries.Length, load.Path!);
                break;
            case CatalogStatus.Missing:
                logger.CatalogMissing(load.Path!);
                break;
            case CatalogStatus.Malformed:
                logger.CatalogMalformed(load.Path!, load.Error!);
                break;
        }
        foreach (var warning in load.Warnings) logger.CatalogEntryProblem(load.Path!, warning);
        return load.Catalog;
    }

    public static CatalogLoad Load(string? path)
    {
        if (path is null) return new(EntityCatalog.Empty, null, CatalogStatus.NotConfigured, null, []);
        if (!File.Exists(path)) return new(EntityCatalog.Empty, path, CatalogStatus.Missing, null, []);
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(EntityCatalog.Empty, path, CatalogStatus.Malformed, $"cannot read the file: {ex.Message}", []);
        }
    }

    public static CatalogLoad Parse(string json, string path)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, AnnotationJson.ReadOptions);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return new(EntityCatalog.Empty, path, CatalogStatus.Malformed, $"not valid JSON: {ex.Message}", []);
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entities", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return new(EntityCatalog.Empty, path, CatalogStatus.Malformed, "expected an object with an \"entities\" array", []);
        }

        var entries = new List<CatalogEntry>();
        var warnings = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var where = $"entities[{index++}]";
            try
            {
                var entry = ReadEntry(item, where);
                if (owners.TryGetValue(entry.Canonical, out var owner) && string.Equals(owner, entry.Canonical, StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException($"{where} \"{entry.Canonical}\": skipped, an earlier entry has the same canonical name");
                }
                foreach (var name in entry.Aliases.Prepend(entry.Canonical))
                {
                    // Shared aliases are allowed ("Clinton"), but the pipeline must then decide from context.
                    if (owners.TryGetValue(name, out var other) && other != entry.Canonical)
                    {
                        warnings.Add($"{where} \"{entry.Canonical}\": \"{name}\" is also a name of \"{other}\"");
                    }
                    owners.TryAdd(name, entry.Canonical);
                }
                entries.Add(entry);
            }
            catch (FormatException ex)
            {
                warnings.Add(ex.Message);
            }
        }
        return new(new EntityCatalog(entries), path, CatalogStatus.Loaded, null, warnings);
    }

    private static CatalogEntry ReadEntry(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new FormatException($"{where}: skipped, expected an object");
        var canonical = String(item, "canonical", where)?.Trim();
        if (string.IsNullOrEmpty(canonical)) throw new FormatException($"{where}: skipped, no \"canonical\" name");
        where = $"{where} \"{canonical}\"";
        var typeName = String(item, "type", where);
        if (!AnnotationJson.TryParseType(typeName, out var type))
        {
            throw new FormatException($"{where}: skipped, type is \"{typeName}\", expected person, group or place");
        }
        var kindName = String(item, "kind", where);
        EntityKind? kind;
        try
        {
            kind = AnnotationJson.ParseKind(type, kindName);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{where}: skipped, {ex.Message}", ex);
        }
        var aliases = new List<string>();
        if (item.TryGetProperty("aliases", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array) throw new FormatException($"{where}: skipped, \"aliases\" must be an array of names");
            foreach (var alias in list.EnumerateArray())
            {
                var name = alias.ValueKind == JsonValueKind.String ? alias.GetString()!.Trim() : "";
                if (name.Length == 0) throw new FormatException($"{where}: skipped, \"aliases\" must hold only non-empty names");
                if (name != canonical && !aliases.Contains(name, StringComparer.Ordinal)) aliases.Add(name);
            }
        }
        return new CatalogEntry(canonical, type, kind, [.. aliases], String(item, "description", where));
    }

    private static string? String(JsonElement item, string name, string where) =>
        !item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new FormatException($"{where}: skipped, \"{name}\" must be a string");
}
