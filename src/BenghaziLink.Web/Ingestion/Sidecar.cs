using System.Text.Json;
using System.Text.Json.Serialization;
using BenghaziLink.Extraction;
using BenghaziLink.Web.Data;

namespace BenghaziLink.Web.Ingestion;

/// <summary>
/// Metadata the text does not state, kept beside the articles in <c>articles.json</c> (in the articles'
/// folder or its parent) and keyed by file name. Each value says whether it is stated in the text,
/// inferred from it, or curated from outside it.
/// </summary>
public sealed record SidecarFile(
    [property: JsonPropertyName("articles")] Dictionary<string, SidecarEntry> Articles);

public sealed record SidecarEntry(
    [property: JsonPropertyName("published")] SidecarValue? Published,
    [property: JsonPropertyName("outlet")] SidecarValue? Outlet)
{
    /// <summary>The publication date relative dates resolve against, whatever its provenance, when it is a valid date.</summary>
    [JsonIgnore]
    public PartialDate? ReferenceDate => PartialDate.TryParseIso(Published?.Value, out var date) ? date : null;
}

public sealed record SidecarValue(
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("provenance")] string? Provenance,
    [property: JsonPropertyName("basis")] string? Basis)
{
    public static Provenance? ParseProvenance(string? provenance) => provenance switch
    {
        "stated-in-text" => Data.Provenance.StatedInText,
        "inferred" => Data.Provenance.Inferred,
        "curated" => Data.Provenance.Curated,
        _ => null,
    };
}

/// <summary>Finds and reads sidecars, remembering each folder's so a directory ingest reads it once.</summary>
public sealed class SidecarReader(ILogger<SidecarReader> logger)
{
    public const string FileName = "articles.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private readonly Dictionary<string, SidecarFile?> byFolder = new(StringComparer.Ordinal);

    public SidecarEntry? Find(string articlePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(articlePath));
        if (folder is null) return null;
        var sidecar = Load(folder);
        return sidecar?.Articles.GetValueOrDefault(Path.GetFileName(articlePath));
    }

    private SidecarFile? Load(string folder)
    {
        lock (byFolder)
        {
            if (byFolder.TryGetValue(folder, out var cached)) return cached;
            var candidates = new[] { Path.Combine(folder, FileName), Path.Combine(Path.GetDirectoryName(folder) ?? folder, FileName) };
            var path = candidates.FirstOrDefault(File.Exists);
            SidecarFile? sidecar = null;
            if (path is not null)
            {
                try
                {
                    sidecar = JsonSerializer.Deserialize<SidecarFile>(File.ReadAllText(path), JsonOptions);
                    if (sidecar?.Articles is null) throw new JsonException("no \"articles\" object");
                }
                catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
                {
                    // A broken sidecar costs metadata, not articles: ingest on with what the text states.
                    logger.SidecarIgnored(path, ex.Message);
                    sidecar = null;
                }
            }
            byFolder[folder] = sidecar;
            return sidecar;
        }
    }
}

/// <summary>A metadata value with where it comes from.</summary>
public sealed record ResolvedValue<T>(T Value, Provenance Provenance, string? Basis);

internal static class MetadataResolver
{
    /// <summary>The sidecar wins over the text: an editor who wrote it down has looked at both.</summary>
    // basisOf: the words around a fact in the text, quoted as the basis of a value the text states.
    public static ResolvedValue<PartialDate>? Published(SidecarValue? sidecar, TextFact<PartialDate>? stated, Func<TextSpan, string> basisOf, ILogger logger, string source)
    {
        if (sidecar is not null)
        {
            var provenance = SidecarValue.ParseProvenance(sidecar.Provenance);
            if (PartialDate.TryParseIso(sidecar.Value, out var date) && provenance is not null)
            {
                return new(date, provenance.Value, sidecar.Basis);
            }
            logger.SidecarValueIgnored("publication date", source, sidecar.Value, sidecar.Provenance);
        }
        return stated is null ? null : new(stated.Value, Provenance.StatedInText, basisOf(stated.Span));
    }

    public static ResolvedValue<string>? Outlet(SidecarValue? sidecar, TextFact<string>? stated, Func<TextSpan, string> basisOf, ILogger logger, string source)
    {
        if (sidecar is not null)
        {
            var provenance = SidecarValue.ParseProvenance(sidecar.Provenance);
            if (!string.IsNullOrWhiteSpace(sidecar.Value) && provenance is not null)
            {
                return new(sidecar.Value.Trim(), provenance.Value, sidecar.Basis);
            }
            logger.SidecarValueIgnored("outlet", source, sidecar.Value, sidecar.Provenance);
        }
        return stated is null ? null : new(stated.Value, Provenance.StatedInText, basisOf(stated.Span));
    }
}
