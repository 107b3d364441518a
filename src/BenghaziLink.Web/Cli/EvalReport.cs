using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Evaluation;

namespace BenghaziLink.Web.Cli;

/// <summary>
/// Prints an <see cref="EvaluationReport"/>: as aligned text for people, or as JSON for CI and documents.
/// Every ratio is shown with its counts, and a ratio over nothing is "n/a" (null in JSON), never 0.
/// </summary>
internal static class EvalReport
{
    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Group, EntityType.Place];

    public static string Text(EvaluationReport report, EvalSetup setup, bool verbose)
    {
        var text = new StringBuilder();
        var catalog = setup.CatalogEntries is { } entries ? $"catalog of {entries} entries" : "without catalog";
        var meaning = setup.Meanings is { } vectors ? $"claims grouped with the meaning vectors of {vectors} contents" : "claims grouped without meaning";
        Line(text, $"Scored {report.Articles.Length} article{(report.Articles.Length == 1 ? "" : "s")}: gold {setup.Gold}, articles {setup.Articles}, {catalog}, {meaning}");
        Line(text);
        Line(text, $"{"entities",-10} {"precision",-17} {"recall",-17} {"F1",-7} kind accuracy");
        foreach (var type in Types) Line(text, EntityRow(AnnotationJson.TypeName(type), report.Entities(type), type != EntityType.Person));
        var overall = report.EntitiesOverall;
        Line(text, EntityRow("overall", overall, kind: true));
        Line(text, $"  split: {overall.Splits} gold entities over several predicted ones; merged: {overall.Merges} predicted entities over several gold ones");
        Line(text);
        Line(text, $"{"dates",-10} {"precision",-17} {"recall",-17} value accuracy");
        var dates = report.Dates;
        Line(text, $"  {"overall",-8} {Cell(dates.Precision, dates.Matched, dates.Predicted)} {Cell(dates.Recall, dates.Found, dates.Gold)} {Cell(dates.ValueAccuracy, dates.ValueCorrect, dates.Found)}");
        Line(text);
        ClaimSection(text, report, verbose);
        var width = Math.Max(8, report.Articles.Select(a => a.Article.Length).DefaultIfEmpty(0).Max());
        Line(text, $"{"per article".PadRight(width + 2)} {"entity precision",-17} {"entity recall",-17} {"F1",-7} {"date recall",-17} {"date values",-17} {"claim recall",-17} chains");
        foreach (var article in report.Articles)
        {
            var e = article.Entities.Overall;
            var d = article.Dates.Tally;
            var c = article.Claims.Tally;
            Line(text, $"  {article.Article.PadRight(width)} {Cell(e.Precision, e.Matched, e.Predicted)} {Cell(e.Recall, e.Found, e.Gold)} {Number(e.F1),-7} " +
                $"{Cell(d.Recall, d.Found, d.Gold)} {Cell(d.ValueAccuracy, d.ValueCorrect, d.Found)} {Cell(c.Recall, c.Found, c.Gold)} {Cell(c.ChainAccuracy, c.ChainCorrect, c.Found)}");
            if (verbose) Findings(text, article);
        }
        return text.ToString();
    }

    private static void ClaimSection(StringBuilder text, EvaluationReport report, bool verbose)
    {
        var claims = report.Claims;
        Line(text, $"{"claims",-10} {"recall",-17} {"chain accuracy",-17} predicted overlapping a gold quote");
        Line(text, $"  {"overall",-8} {Cell(claims.Recall, claims.Found, claims.Gold)} {Cell(claims.ChainAccuracy, claims.ChainCorrect, claims.Found)} {Cell(claims.Overlap, claims.Matched, claims.Predicted)}");
        Line(text);
        if (report.Grouping is not { } grouping) return;
        var pairs = grouping.Pairs;
        Line(text, $"{"grouping",-10} {"precision",-17} {"recall",-17} F1       (pairs of gold claims; {grouping.Groups} predicted groups)");
        Line(text, $"  {"pairs",-8} {Cell(pairs.Precision, pairs.CorrectPairs, pairs.PredictedPairs)} {Cell(pairs.Recall, pairs.FoundPairs, pairs.GoldPairs)} {Number(pairs.F1)}");
        var corroborated = grouping.Corroborated;
        Line(text, $"  {"corroborated groups that are one gold claim",-8} {Cell(corroborated.Precision, corroborated.Right, corroborated.Judged)} ({corroborated.Unjudged} more hold fewer than two gold claims)");
        Line(text, "  gold cluster → the predicted group holding most of its claims");
        foreach (var finding in grouping.Clusters)
        {
            var cluster = finding.Cluster;
            var group = finding.Group is { } g ? $"{finding.InGroup} in group #{g.Id}: {Describe(g)}" : "no group holds two of them";
            Line(text, $"    {cluster.Id,-4} {cluster.Relation,-8} {finding.Found}/{cluster.Members.Length} found, {group}");
        }
        if (verbose)
        {
            foreach (var (a, b) in grouping.Missed) Line(text, $"      missed    pair    {a} + {b}{(grouping.Why.TryGetValue((a, b), out var why) ? ": " + why : "")}");
            foreach (var (a, b) in grouping.Spurious) Line(text, $"      spurious  pair    {a} + {b}{(grouping.Why.TryGetValue((a, b), out var why) ? ": " + why : "")}");
            // Every group that pairs claims, its members by gold claim id where one stands for them.
            var gold = report.Articles.SelectMany(a => a.Claims.Matches.Where(m => m.Gold.Id is not null && m.Predicted is not null)
                .Select(m => (Key: (a.Article, m.Predicted!.Value), Id: m.Gold.Id!))).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => string.Join("=", g.Select(x => x.Id)));
            foreach (var group in report.Groups.Where(g => g.Status != GroupStatus.Related))
            {
                var members = string.Join(" ", group.Members.Select(m => gold.GetValueOrDefault((m.Article, m.Claim)) ?? $"{m.Article[..3]}#{m.Claim}"));
                Line(text, $"      group #{group.Id} {Describe(group)}: {members} — {group.Summary}");
                foreach (var origin in group.OriginDetails) Line(text, $"        origin {origin.Origin}: {origin.Label} ({origin.Basis}): {string.Join(" ", group.Members.Where(m => m.Origin == origin.Origin).Select(m => gold.GetValueOrDefault((m.Article, m.Claim)) ?? $"{m.Article[..3]}#{m.Claim}"))}");
            }
        }
        Line(text);
    }

    private static string Describe(ClaimGroup group)
    {
        var status = group.Status switch { GroupStatus.SingleOrigin => "single origin", GroupStatus.Disputed => "disputed", _ => "corroborated" };
        var values = group.Values.IsEmpty ? "" : $"; {group.Quantity}: " + string.Join(" vs ", group.Values.Select(v => $"{(v.Qualifier is null ? "" : v.Qualifier + " ")}{v.Value.ToString(CultureInfo.InvariantCulture)} ({v.Article})"));
        var framings = string.Concat(group.Framings.GroupBy(f => f.Dimension).Select(d => $"; {d.Key}: " + string.Join(" vs ",
            d.GroupBy(f => f.Pole).Select(p => $"{p.Key} " + string.Join(", ", p.Select(f => $"“{f.Text}” ({f.Article})"))))));
        return $"{status}, {group.Articles} articles, {group.Origins} independent origin{(group.Origins == 1 ? "" : "s")}, {Echoes(group.Members.Count(m => m.Echo))}{values}{framings}";
    }

    private static string Echoes(int count) => count == 1 ? "1 echo" : $"{count} echoes";

    private static string EntityRow(string label, EntityTally t, bool kind) =>
        $"  {label,-8} {Cell(t.Precision, t.Matched, t.Predicted)} {Cell(t.Recall, t.Found, t.Gold)} {Number(t.F1),-7}" +
        (kind ? $" {Cell(t.KindAccuracy, t.KindCorrect, t.KindChecked)}" : "");

    /// <summary>The misses and mistakes of one article, one per line, to read beside the article.</summary>
    private static void Findings(StringBuilder text, ArticleScore article)
    {
        var entities = article.Entities;
        foreach (var miss in entities.Missed)
        {
            var otherType = miss.OtherType.IsEmpty ? "" : $" - predicted as {string.Join(", ", miss.OtherType.Select(p => $"{AnnotationJson.TypeName(p.Type)} {p.Canonical}"))}";
            Line(text, $"      missed    {Describe(miss.Gold)}{otherType}");
        }
        foreach (var spurious in entities.Spurious) Line(text, $"      spurious  {Describe(spurious)}");
        foreach (var error in entities.KindErrors)
        {
            Line(text, $"      kind      {AnnotationJson.TypeName(error.Gold.Type),-7} {error.Gold.Canonical}: gold {KindName(error.Gold.Kind)}, predicted {KindName(error.Predicted.Kind)}");
        }
        foreach (var split in entities.Splits)
        {
            Line(text, $"      split     {AnnotationJson.TypeName(split.Gold.Type),-7} {split.Gold.Canonical}: {split.Predicted.Length} predicted ({string.Join(" | ", split.Predicted.Select(p => p.Canonical))})");
        }
        foreach (var merge in entities.Merges)
        {
            Line(text, $"      merged    {AnnotationJson.TypeName(merge.Predicted.Type),-7} {merge.Predicted.Canonical}: covers {string.Join(" | ", merge.Gold.Select(g => g.Canonical))}");
        }
        foreach (var date in article.Dates.Missed) Line(text, $"      missed    {"date",-7} {Describe(date)}");
        foreach (var date in article.Dates.Spurious) Line(text, $"      spurious  {"date",-7} {Describe(date)}");
        foreach (var error in article.Dates.ValueErrors)
        {
            Line(text, $"      value     {"date",-7} \"{error.Gold.Text}\": gold {error.Gold.Value ?? "null"}, predicted {error.Predicted.Value ?? "null"} (\"{error.Predicted.Text}\")");
        }
        foreach (var match in article.Claims.Matches.Where(m => m.Predicted is null)) Line(text, $"      missed    {"claim",-7} {match.Gold.Id}: \"{Short(match.Gold.Quote)}\"");
        foreach (var match in article.Claims.Matches.Where(m => m.Predicted is not null && !m.ChainCorrect))
        {
            var predicted = article.Claims.Predicted[match.Predicted!.Value];
            Line(text, $"      chain     {"claim",-7} {match.Gold.Id}: gold [{string.Join(" > ", match.Gold.Chain)}], predicted [{string.Join(" > ", predicted.Chain)}]");
        }
    }

    private static string Short(string quote) => quote.Length <= 80 ? quote : quote[..77] + "...";

    private static string Describe(EntityAnnotation entity) =>
        $"{AnnotationJson.TypeName(entity.Type),-7} {entity.Canonical}" + (entity.Kind is null ? "" : $" [{KindName(entity.Kind)}]") +
        $" ({string.Join(" | ", entity.Mentions)})";

    private static string Describe(DateAnnotation date) => $"\"{date.Text}\" = {date.Value ?? "null"}";

    private static string KindName(EntityKind? kind) => EntityKinds.Name(kind) ?? "none";

    private static string Cell(double? ratio, int count, int total) =>
        $"{Number(ratio),-7} {string.Create(CultureInfo.InvariantCulture, $"({count}/{total})"),-9}";

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static void Line(StringBuilder text, string line = "") => text.Append(line.TrimEnd()).Append('\n');

    public static string Json(EvaluationReport report, EvalSetup setup, bool verbose)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("gold", setup.Gold);
            json.WriteString("articlesPath", setup.Articles);
            WriteNumber(json, "catalogEntries", setup.CatalogEntries);
            WriteNumber(json, "meaningVectors", setup.Meanings);
            json.WriteNumber("articles", report.Articles.Length);
            json.WritePropertyName("entities");
            WriteEntities(json, report.Entities, report.EntitiesOverall);
            json.WritePropertyName("dates");
            WriteDates(json, report.Dates);
            json.WritePropertyName("claims");
            WriteClaims(json, report.Claims);
            WriteGrouping(json, report.Grouping);
            json.WriteStartArray("perArticle");
            foreach (var article in report.Articles)
            {
                json.WriteStartObject();
                json.WriteString("article", article.Article);
                json.WritePropertyName("entities");
                WriteEntities(json, article.Entities.Of, article.Entities.Overall);
                json.WritePropertyName("dates");
                WriteDates(json, article.Dates.Tally);
                json.WritePropertyName("claims");
                WriteClaims(json, article.Claims.Tally);
                if (verbose) WriteFindings(json, article);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteEntities(Utf8JsonWriter json, Func<EntityType, EntityTally> byType, EntityTally overall)
    {
        json.WriteStartObject();
        foreach (var type in Types)
        {
            json.WritePropertyName(AnnotationJson.TypeName(type));
            WriteTally(json, byType(type));
        }
        json.WritePropertyName("overall");
        WriteTally(json, overall);
        json.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter json, EntityTally t)
    {
        json.WriteStartObject();
        json.WriteNumber("gold", t.Gold);
        json.WriteNumber("found", t.Found);
        json.WriteNumber("predicted", t.Predicted);
        json.WriteNumber("matched", t.Matched);
        WriteRatio(json, "precision", t.Precision);
        WriteRatio(json, "recall", t.Recall);
        WriteRatio(json, "f1", t.F1);
        json.WriteNumber("kindChecked", t.KindChecked);
        json.WriteNumber("kindCorrect", t.KindCorrect);
        WriteRatio(json, "kindAccuracy", t.KindAccuracy);
        json.WriteNumber("splits", t.Splits);
        json.WriteNumber("merges", t.Merges);
        json.WriteEndObject();
    }

    private static void WriteDates(Utf8JsonWriter json, DateTally t)
    {
        json.WriteStartObject();
        json.WriteNumber("gold", t.Gold);
        json.WriteNumber("found", t.Found);
        json.WriteNumber("predicted", t.Predicted);
        json.WriteNumber("matched", t.Matched);
        WriteRatio(json, "precision", t.Precision);
        WriteRatio(json, "recall", t.Recall);
        json.WriteNumber("valueCorrect", t.ValueCorrect);
        WriteRatio(json, "valueAccuracy", t.ValueAccuracy);
        json.WriteEndObject();
    }

    private static void WriteClaims(Utf8JsonWriter json, ClaimTally t)
    {
        json.WriteStartObject();
        json.WriteNumber("gold", t.Gold);
        json.WriteNumber("found", t.Found);
        json.WriteNumber("chainCorrect", t.ChainCorrect);
        json.WriteNumber("predicted", t.Predicted);
        json.WriteNumber("matched", t.Matched);
        WriteRatio(json, "recall", t.Recall);
        WriteRatio(json, "chainAccuracy", t.ChainAccuracy);
        json.WriteEndObject();
    }

    private static void WriteGrouping(Utf8JsonWriter json, GroupingScore? grouping)
    {
        if (grouping is null)
        {
            json.WriteNull("grouping");
            return;
        }
        var pairs = grouping.Pairs;
        json.WriteStartObject("grouping");
        json.WriteNumber("groups", grouping.Groups);
        json.WriteNumber("goldPairs", pairs.GoldPairs);
        json.WriteNumber("foundPairs", pairs.FoundPairs);
        json.WriteNumber("predictedPairs", pairs.PredictedPairs);
        json.WriteNumber("correctPairs", pairs.CorrectPairs);
        WriteRatio(json, "precision", pairs.Precision);
        WriteRatio(json, "recall", pairs.Recall);
        WriteRatio(json, "f1", pairs.F1);
        json.WriteStartObject("corroborated");
        json.WriteNumber("judged", grouping.Corroborated.Judged);
        json.WriteNumber("right", grouping.Corroborated.Right);
        json.WriteNumber("unjudged", grouping.Corroborated.Unjudged);
        WriteRatio(json, "precision", grouping.Corroborated.Precision);
        json.WriteEndObject();
        json.WriteStartArray("clusters");
        foreach (var finding in grouping.Clusters)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Cluster.Id);
            json.WriteString("relation", finding.Cluster.Relation);
            json.WriteNumber("members", finding.Cluster.Members.Length);
            json.WriteNumber("found", finding.Found);
            json.WriteNumber("inGroup", finding.InGroup);
            if (finding.Group is { } group)
            {
                json.WriteStartObject("group");
                json.WriteNumber("id", group.Id);
                json.WriteString("status", group.Status.ToString());
                json.WriteNumber("articles", group.Articles);
                json.WriteNumber("origins", group.Origins);
                json.WriteNumber("echoes", group.Members.Count(m => m.Echo));
                json.WriteString("quantity", group.Quantity);
                json.WriteStartArray("values");
                foreach (var value in group.Values)
                {
                    json.WriteStartObject();
                    json.WriteString("article", value.Article);
                    json.WriteNumber("value", value.Value);
                    json.WriteString("qualifier", value.Qualifier);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("framings");
                foreach (var framing in group.Framings)
                {
                    json.WriteStartObject();
                    json.WriteString("article", framing.Article);
                    json.WriteString("dimension", framing.Dimension);
                    json.WriteString("pole", framing.Pole);
                    json.WriteString("text", framing.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("group");
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // [{"canonical": one, manyName: [many…]}, …]: a split (gold → predicted) or a merge (predicted → gold).
    private static void WriteOneToMany(Utf8JsonWriter json, string name, string manyName, IEnumerable<(string One, IEnumerable<string> Many)> items)
    {
        json.WriteStartArray(name);
        foreach (var (one, many) in items)
        {
            json.WriteStartObject();
            json.WriteString("canonical", one);
            json.WriteStartArray(manyName);
            foreach (var value in many) json.WriteStringValue(value);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, ArticleScore article)
    {
        var entities = article.Entities;
        WriteEntityList(json, "missedEntities", entities.Missed.Select(m => m.Gold));
        WriteEntityList(json, "spuriousEntities", entities.Spurious);
        json.WriteStartArray("kindErrors");
        foreach (var error in entities.KindErrors)
        {
            json.WriteStartObject();
            json.WriteString("canonical", error.Gold.Canonical);
            json.WriteString("gold", EntityKinds.Name(error.Gold.Kind));
            json.WriteString("predicted", EntityKinds.Name(error.Predicted.Kind));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteOneToMany(json, "splits", "predicted", entities.Splits.Select(x => (x.Gold.Canonical, x.Predicted.Select(p => p.Canonical))));
        WriteOneToMany(json, "merges", "gold", entities.Merges.Select(x => (x.Predicted.Canonical, x.Gold.Select(g => g.Canonical))));
        WriteDateList(json, "missedDates", article.Dates.Missed);
        WriteDateList(json, "spuriousDates", article.Dates.Spurious);
        json.WriteStartArray("dateValueErrors");
        foreach (var error in article.Dates.ValueErrors)
        {
            json.WriteStartObject();
            json.WriteString("text", error.Gold.Text);
            json.WriteString("gold", error.Gold.Value);
            json.WriteString("predictedText", error.Predicted.Text);
            json.WriteString("predicted", error.Predicted.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteEntityList(Utf8JsonWriter json, string name, IEnumerable<EntityAnnotation> entities)
    {
        json.WriteStartArray(name);
        foreach (var entity in entities)
        {
            json.WriteStartObject();
            json.WriteString("type", AnnotationJson.TypeName(entity.Type));
            json.WriteString("kind", EntityKinds.Name(entity.Kind));
            json.WriteString("canonical", entity.Canonical);
            json.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions) json.WriteStringValue(mention);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteDateList(Utf8JsonWriter json, string name, IEnumerable<DateAnnotation> dates)
    {
        json.WriteStartArray(name);
        foreach (var date in dates)
        {
            json.WriteStartObject();
            json.WriteString("text", date.Text);
            json.WriteString("value", date.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRatio(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, Math.Round(v, 4));
        else json.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
