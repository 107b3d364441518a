using System.Net;
using System.Text;
using System.Xml.Linq;
using BenghaziLink.Extraction.Claims;
using BenghaziLink.Web.Export;
using BenghaziLink.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BenghaziLink.Web.Tests.Export;

public sealed class ExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("he said \"no\"", "\"he said \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1 said", "'+1 said")]
    [InlineData("@user", "'@user")]
    [InlineData("-- a dash opens the quote", "'-- a dash opens the quote")]
    [InlineData("", "")]
    public void Field_Text_IsQuotedAndNeverAFormula(string text, string expected) => Assert.Equal(expected, Csv.Field(text));

    [Fact]
    public void Field_NegativeNumber_StaysANumber() => Assert.Equal("-3.5", Csv.Field(-3.5m));

    [Fact]
    public void Field_Flag_IsLowerCase() => Assert.Equal("true,false\r\n", Csv.Row(true, false));

    [Fact]
    public async Task EntitiesCsv_OneRowPerEntity_WithItsNamesAndCounts()
    {
        var response = await app.CreateClient().GetAsync("/export/entities.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var rows = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["slug", "canonical", "type", "kind", "names", "mentions", "articles", "url"], rows[0]);
        var expected = await app.QueryAsync(async db => new
        {
            Entities = await db.Entities.CountAsync(),
            Belmokhtar = await db.EntityAliases.Where(a => a.Name == "Belmokhtar").Join(db.Entities, a => a.EntityId, e => e.Id, (a, e) => e).SingleAsync(),
        });
        Assert.Equal(expected.Entities, rows.Count - 1);
        var mentions = await app.QueryAsync(db => db.ArticleMentions.CountAsync(m => m.EntityId == expected.Belmokhtar.Id));
        var row = rows.Single(r => r[0] == expected.Belmokhtar.Slug);
        Assert.Equal("person", row[2]);
        Assert.Contains("Belmokhtar", row[4].Split(" | "));
        Assert.Equal(mentions.ToString(System.Globalization.CultureInfo.InvariantCulture), row[5]);
        // Kinds read as the pages and the JSON write them ("other", never the enum's "othergroup").
        var kinds = Enum.GetValues<BenghaziLink.Extraction.Entities.EntityKind>().Select(k => BenghaziLink.Extraction.Entities.EntityKinds.Name(k)).ToHashSet();
        Assert.All(rows.Skip(1), r => Assert.True(r[3].Length == 0 || kinds.Contains(r[3]), r[3]));
    }

    [Fact]
    public async Task ClaimsCsv_OneRowPerReport_WithItsGroupAndChain()
    {
        var rows = Parse(await app.CreateClient().GetStringAsync("/export/claims.csv"));

        var header = rows[0];
        var expected = await app.QueryAsync(async db =>
        {
            var claims = await db.ArticleClaims.CountAsync();
            var supported = await db.ClaimGroupMembers.Join(db.ClaimGroups, m => m.GroupId, g => g.Id, (m, g) => new { m.ClaimId, g.Status })
                .Where(x => x.Status != GroupStatus.Related).Select(x => x.ClaimId).ToListAsync();
            return claims - supported.Distinct().Count() + supported.Count;
        });
        Assert.Equal(expected, rows.Count - 1);
        var chained = await app.QueryAsync(async db =>
        {
            var claim = await db.ClaimSources.Where(s => s.Position == 1).Select(s => s.ClaimId).FirstAsync();
            var names = await db.ClaimSources.Where(s => s.ClaimId == claim).OrderBy(s => s.Position).Select(s => s.Name).ToListAsync();
            var surface = await db.ArticleClaims.Where(c => c.Id == claim).Select(c => c.Surface).SingleAsync();
            return (Chain: string.Join(" → ", names), Surface: surface);
        });
        Assert.Contains(rows, r => r[header.IndexOf("quote")] == chained.Surface && r[header.IndexOf("chain")] == chained.Chain);
        Assert.Contains(rows, r => r[header.IndexOf("group_status")] == "disputed");
    }

    [Fact]
    public async Task TimelineCsv_HasTheTimelinesEntries()
    {
        var client = app.CreateClient();
        using var timeline = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/timeline"));

        var rows = Parse(await client.GetStringAsync("/export/timeline.csv"));

        Assert.Equal("granularity", rows[0][2]);
        Assert.Equal(timeline.RootElement.GetArrayLength(), rows.Count - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/export/timeline.csv?entity=no-such-entity")).StatusCode);
    }

    [Fact]
    public async Task LinksGraphMl_IsTheNetworkWithTypesAndWeights()
    {
        var client = app.CreateClient();
        using var network = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/links?type=person&associations=true"));

        var xml = XDocument.Parse(await client.GetStringAsync("/export/links.graphml?type=person&associations=true"));

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var nodes = xml.Descendants(g + "node").ToList();
        Assert.Equal(network.RootElement.GetProperty("nodes").GetArrayLength(), nodes.Count);
        Assert.Equal(network.RootElement.GetProperty("edges").GetArrayLength() + network.RootElement.GetProperty("associations").GetArrayLength(), xml.Descendants(g + "edge").Count());
        Assert.All(nodes, n => Assert.Contains(n.Elements(g + "data"), d => (string?)d.Attribute("key") == "type"));
        Assert.All(xml.Descendants(g + "edge"), e => Assert.True(double.Parse(e.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "weight").Value, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/export/links.graphml?type=planet")).StatusCode);
    }

    [Theory]
    [InlineData("/entities?type=Person", "type=person")]
    [InlineData("/claims?status=disputed", "status=disputed")]
    [InlineData("/timeline", "timeline.csv")]
    public async Task ListPage_ExportLink_CarriesThePagesFilter(string page, string expected)
    {
        var document = await app.GetDocumentAsync(page);

        var href = document.QuerySelector("a.export-link")!.GetAttribute("href")!;

        Assert.StartsWith("/export/", href, StringComparison.Ordinal);
        Assert.Contains(expected, href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(href)).StatusCode);
    }

    [Fact]
    public async Task EntitiesCsv_ByType_HasOnlyThatType()
    {
        var rows = Parse(await app.CreateClient().GetStringAsync("/export/entities.csv?type=place"));

        var places = await app.QueryAsync(db => db.Entities.CountAsync(e => e.Type == BenghaziLink.Extraction.Entities.EntityType.Place));
        Assert.Equal(places, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("place", r[2]));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient().GetAsync("/export/entities.csv?type=planet")).StatusCode);
    }

    [Fact]
    public async Task ClaimsCsv_ByStatus_HasOnlyReportsOfSuchGroups()
    {
        var rows = Parse(await app.CreateClient().GetStringAsync("/export/claims.csv?status=disputed"));

        var members = await app.QueryAsync(db => db.ClaimGroupMembers.Join(db.ClaimGroups, m => m.GroupId, g => g.Id, (m, g) => g.Status).CountAsync(s => s == GroupStatus.Disputed));
        Assert.Equal(members, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("disputed", r[1]));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient().GetAsync("/export/claims.csv?status=maybe")).StatusCode);
    }

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = csv.Length > 0 && csv[0] == '\uFEFF' ? 1 : 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.Empty(row);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        return rows;
    }
}
