using System.Text.Encodings.Web;
using System.Text.Json;
using BenghaziLink.Extraction.Entities;

namespace BenghaziLink.Extraction.Evaluation;

/// <summary>
/// Reads and writes <see cref="ArticleAnnotations"/> in the gold-file format:
/// <c>{"article", "published", "entities": [{"type", "kind", "canonical", "mentions"}], "dates": [{"text", "value", "relative"}]}</c>,
/// and <c>"claims": [{"id", "quote", "attribution_chain", "hedge", "quantities"}]</c>.
/// Written entities with roles also carry <c>"roles": [{"text", "of", "cue"}]</c> after their mentions (the gold files
/// have none, so an entity without roles keeps the gold shape). Other properties (a gold file's <c>published_basis</c>,
/// a claim's <c>subjects</c>, an entity's <c>roles</c>) are ignored when reading.
/// Errors are <see cref="FormatException"/>s that name the entry at fault, or the parser's <see cref="JsonException"/>.
/// </summary>
public static class AnnotationJson
{
    public static readonly JsonDocumentOptions ReadOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    // Names keep their quotes and accents as written: the output is read by people and compared by text.
    private static readonly JsonWriterOptions WriteOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ArticleAnnotations Parse(string json, string? article = null)
    {
        using var document = JsonDocument.Parse(json, ReadOptions);
        return Read(document.RootElement, article);
    }

    /// <summary>Whether a parsed file is one article's annotations (a gold folder also holds other files, such as claim clusters).</summary>
    public static bool IsArticle(JsonElement root) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty("article", out _);

    /// <param name="root">One article's object.</param>
    /// <param name="article">The article's name where the object does not state one (small test cases).</param>
    public static ArticleAnnotations Read(JsonElement root, string? article = null)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("expected an object with \"article\", \"entities\" and \"dates\"");
        var name = OptionalString(root, "article", "") ?? article
            ?? throw new FormatException("no \"article\": the file name of the article these annotations are for");
        var published = OptionalString(root, "published", "");
        var entities = Items(root, "entities").Select((e, i) => ReadEntity(e, $"entities[{i}]"));
        var dates = Items(root, "dates").Select((d, i) => ReadDate(d, $"dates[{i}]"));
        var claims = Items(root, "claims").Select((c, i) => ReadClaim(c, $"claims[{i}]"));
        return new ArticleAnnotations(name, published, [.. entities], [.. dates]) { Claims = [.. claims] };
    }

    public static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    public static bool TryParseType(string? name, out EntityType type)
    {
        type = default;
        return name is "person" or "group" or "place" && Enum.TryParse(name, ignoreCase: true, out type);
    }

    /// <summary>
    /// Reads a kind name for an entity of <paramref name="type"/>: persons have none, groups and places only
    /// their own. Throws <see cref="FormatException"/> on a name that does not fit.
    /// </summary>
    public static EntityKind? ParseKind(EntityType type, string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var kind = type == EntityType.Person ? null : EntityKinds.Parse(type, name);
        if (kind is null || EntityKinds.TypeOf(kind.Value) != type)
        {
            throw new FormatException(type == EntityType.Person
                ? $"a person has no kind, but \"{name}\" is given"
                : $"unknown {TypeName(type)} kind \"{name}\" (expected {string.Join(", ", KindNames(type))})");
        }
        return kind;
    }

    public static IEnumerable<string> KindNames(EntityType type) => Enum.GetValues<EntityKind>()
        .Where(k => type != EntityType.Person && EntityKinds.TypeOf(k) == type)
        .Select(k => EntityKinds.Name(k)!);

    /// <summary>A JSON array of articles, indented, non-ASCII text kept as written.</summary>
    public static string Write(IEnumerable<ArticleAnnotations> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriteOptions))
        {
            writer.WriteStartArray();
            foreach (var article in articles) Write(writer, article);
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, ArticleAnnotations article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteStartObject();
        writer.WriteString("article", article.Article);
        writer.WriteString("published", article.Published);
        writer.WriteStartArray("entities");
        foreach (var entity in article.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("type", TypeName(entity.Type));
            writer.WriteString("kind", EntityKinds.Name(entity.Kind));
            writer.WriteString("canonical", entity.Canonical);
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions) writer.WriteStringValue(mention);
            writer.WriteEndArray();
            if (!entity.Roles.IsDefaultOrEmpty)
            {
                writer.WriteStartArray("roles");
                foreach (var role in entity.Roles)
                {
                    writer.WriteStartObject();
                    writer.WriteString("text", role.Text);
                    writer.WriteString("of", role.Of);
                    writer.WriteString("cue", role.Cue);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("dates");
        foreach (var date in article.Dates)
        {
            writer.WriteStartObject();
            writer.WriteString("text", date.Text);
            writer.WriteString("value", date.Value);
            // As in the gold files: only relative expressions say so.
            if (date.Relative) writer.WriteBoolean("relative", true);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("claims");
        foreach (var claim in article.Claims) WriteClaim(writer, claim);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, ClaimAnnotation claim)
    {
        writer.WriteStartObject();
        if (claim.Id is not null) writer.WriteString("id", claim.Id);
        writer.WriteString("quote", claim.Quote);
        writer.WriteStartArray("attribution_chain");
        foreach (var source in claim.Chain) writer.WriteStringValue(source);
        writer.WriteEndArray();
        writer.WriteString("hedge", claim.Hedge);
        writer.WriteStartArray("quantities");
        foreach (var quantity in claim.Quantities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("value", quantity.Value);
            writer.WriteString("counts", quantity.Counts);
            writer.WriteString("qualifier", quantity.Qualifier);
            writer.WriteString("outcome", quantity.Outcome);
            writer.WriteString("text", quantity.Text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A gold claim: its quote and chain (hedge and quantities when given, as in <c>extract</c> output).</summary>
    private static ClaimAnnotation ReadClaim(JsonElement claim, string where)
    {
        var chain = Items(claim, "attribution_chain", where).Select((s, i) => s.ValueKind == JsonValueKind.String
            ? s.GetString()!
            : throw new FormatException($"{where}.attribution_chain[{i}]: expected a string"));
        var quantities = Items(claim, "quantities", where).Select((q, i) => ReadQuantity(q, $"{where}.quantities[{i}]"));
        return new ClaimAnnotation(OptionalString(claim, "id", where), RequiredString(claim, "quote", where), [.. chain],
            OptionalString(claim, "hedge", where), [.. quantities]) { Paraphrase = OptionalString(claim, "text", where) };
    }

    private static QuantityAnnotation ReadQuantity(JsonElement quantity, string where)
    {
        if (!quantity.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Number) throw new FormatException($"{where}.value: expected a number");
        return new QuantityAnnotation(value.GetDecimal(), RequiredString(quantity, "counts", where), OptionalString(quantity, "qualifier", where),
            OptionalString(quantity, "outcome", where), OptionalString(quantity, "text", where) ?? "");
    }

    private static EntityAnnotation ReadEntity(JsonElement entity, string where)
    {
        var typeName = RequiredString(entity, "type", where);
        if (!TryParseType(typeName, out var type)) throw new FormatException($"{where}: unknown type \"{typeName}\" (expected person, group or place)");
        EntityKind? kind;
        try
        {
            kind = ParseKind(type, OptionalString(entity, "kind", where));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{where}: {ex.Message}", ex);
        }
        var canonical = RequiredString(entity, "canonical", where);
        var mentions = Items(entity, "mentions", where).Select((m, i) => m.ValueKind == JsonValueKind.String
            ? m.GetString()!
            : throw new FormatException($"{where}.mentions[{i}]: expected a string"));
        return new EntityAnnotation(type, kind, canonical, [.. mentions]);
    }

    private static DateAnnotation ReadDate(JsonElement date, string where)
    {
        var relative = date.TryGetProperty("relative", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new DateAnnotation(RequiredString(date, "text", where), OptionalString(date, "value", where), relative);
    }

    private static List<JsonElement> Items(JsonElement parent, string name, string where = "")
    {
        if (!parent.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array) throw new FormatException($"{Path(where, name)}: expected an array");
        return [.. list.EnumerateArray()];
    }

    private static string RequiredString(JsonElement parent, string name, string where) =>
        OptionalString(parent, name, where) is { Length: > 0 } value ? value : throw new FormatException($"{Path(where, name)}: missing or empty");

    private static string? OptionalString(JsonElement parent, string name, string where)
    {
        if (parent.ValueKind != JsonValueKind.Object) throw new FormatException($"{where}: expected an object");
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"{Path(where, name)}: expected a string");
    }

    private static string Path(string where, string name) => where.Length == 0 ? name : $"{where}.{name}";
}
