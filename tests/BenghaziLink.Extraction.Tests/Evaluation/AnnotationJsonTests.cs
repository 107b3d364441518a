using System.Collections.Immutable;
using System.Text.Json;
using BenghaziLink.Extraction.Dates;
using BenghaziLink.Extraction.Entities;
using BenghaziLink.Extraction.Evaluation;
using BenghaziLink.Extraction.Pipeline;

namespace BenghaziLink.Extraction.Tests.Evaluation;

public class AnnotationJsonTests
{
    private const string GoldFile = """
        {
          "article": "example.txt",
          "published": "2013-01-23",
          "published_basis": "read from the text",
          "entities": [
            { "type": "person", "canonical": "Chris Stevens", "mentions": [ "Chris Stevens", "Stevens" ] },
            { "type": "group", "kind": "other", "canonical": "Example Party", "mentions": [ "Example Party" ] },
            { "type": "place", "kind": "other", "canonical": "Example Oasis", "mentions": [ "Oasis" ] }
          ],
          "dates": [
            { "text": "last week", "value": "2015-W47", "relative": true },
            { "text": "recent years", "value": null },
            { "text": "2011", "value": "2011" }
          ],
          "claims": [ { "id": "x-c1", "text": "a paraphrase, ignored", "quote": "Stevens was killed", "attribution_chain": [ "Example Party", "unnamed source" ], "subjects": [ "ignored" ] } ]
        }
        """;

    [Fact]
    public void Parse_GoldFile_ReadsEntitiesAndDatesAndIgnoresTheRest()
    {
        var gold = AnnotationJson.Parse(GoldFile);

        Assert.Equal("example.txt", gold.Article);
        Assert.Equal("2013-01-23", gold.Published);
        Assert.Equal([EntityType.Person, EntityType.Group, EntityType.Place], gold.Entities.Select(e => e.Type));
        Assert.Equal([null, EntityKind.OtherGroup, EntityKind.OtherPlace], gold.Entities.Select(e => e.Kind));
        Assert.Equal(["Chris Stevens", "Stevens"], gold.Entities[0].Mentions.ToArray());
        Assert.Equal(["2015-W47", null, "2011"], gold.Dates.Select(d => d.Value));
        Assert.Equal([true, false, false], gold.Dates.Select(d => d.Relative));
        Assert.Equal("x-c1", gold.Claims.Single().Id);
        Assert.Equal("Stevens was killed", gold.Claims.Single().Quote);
        Assert.Equal(["Example Party", "unnamed source"], gold.Claims.Single().Chain.ToArray());
    }

    [Theory]
    [InlineData("""{ "entities": [] }""", "no \"article\"")]
    [InlineData("""{ "article": "a.txt", "entities": [ { "type": "organisation", "canonical": "X" } ] }""", "entities[0]: unknown type \"organisation\"")]
    [InlineData("""{ "article": "a.txt", "entities": [ { "type": "group", "kind": "city", "canonical": "X" } ] }""", "entities[0]: unknown group kind \"city\" (expected militant, government, media, company, other)")]
    [InlineData("""{ "article": "a.txt", "entities": [ { "type": "person", "kind": "militant", "canonical": "X" } ] }""", "entities[0]: a person has no kind")]
    [InlineData("""{ "article": "a.txt", "entities": [ { "type": "person", "mentions": [ "X" ] } ] }""", "entities[0].canonical: missing or empty")]
    [InlineData("""{ "article": "a.txt", "entities": [ { "type": "person", "canonical": "X", "mentions": [ 3 ] } ] }""", "entities[0].mentions[0]: expected a string")]
    [InlineData("""{ "article": "a.txt", "dates": [ { "value": "2012" } ] }""", "dates[0].text: missing or empty")]
    [InlineData("""{ "article": "a.txt", "dates": {} }""", "dates: expected an array")]
    [InlineData("""[ { "id": "K1" } ]""", "expected an object")]
    [InlineData("""{ "article": "a.txt", "claims": [ { "attribution_chain": [] } ] }""", "claims[0].quote: missing or empty")]
    [InlineData("""{ "article": "a.txt", "claims": [ { "quote": "q", "attribution_chain": [ 1 ] } ] }""", "claims[0].attribution_chain[0]: expected a string")]
    public void Parse_BadFile_NamesTheEntryAtFault(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => AnnotationJson.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_ThrowsJsonException()
    {
        var parse = () => AnnotationJson.Parse("{ \"article\": ");

        Assert.ThrowsAny<JsonException>(parse);
    }

    [Fact]
    public void IsArticle_ClaimClusterFile_IsFalse()
    {
        using var clusters = JsonDocument.Parse("""[ { "id": "K1", "members": [] } ]""");
        using var article = JsonDocument.Parse(GoldFile);

        Assert.False(AnnotationJson.IsArticle(clusters.RootElement));
        Assert.True(AnnotationJson.IsArticle(article.RootElement));
    }

    [Fact]
    public void Write_ThenParse_GivesTheSameAnnotations()
    {
        var gold = AnnotationJson.Parse(GoldFile);

        var json = AnnotationJson.Write([gold]);
        using var document = JsonDocument.Parse(json);
        var again = AnnotationJson.Read(document.RootElement[0]);

        Assert.Equal(gold.Article, again.Article);
        Assert.Equal(gold.Published, again.Published);
        Assert.Equal(gold.Entities.Select(Show), again.Entities.Select(Show));
        Assert.Equal(gold.Dates.ToArray(), again.Dates.ToArray());
        Assert.Equal(gold.Claims.Select(c => (c.Id, c.Quote, string.Join("|", c.Chain))), again.Claims.Select(c => (c.Id, c.Quote, string.Join("|", c.Chain))));
    }

    [Fact]
    public void Write_Entity_HasTheGoldShapeWithTextKeptAsWritten()
    {
        var article = new ArticleAnnotations("a.txt", null,
            [new EntityAnnotation(EntityType.Person, null, "Muammar Gaddafi", ["Gaddafi’s"])],
            [new DateAnnotation("Sept.\u00a011", "2012-09-11")]);

        var json = AnnotationJson.Write([article]);

        Assert.Contains("\"kind\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"Gaddafi’s\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("relative", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var entity = document.RootElement[0].GetProperty("entities")[0];
        Assert.Equal(["type", "kind", "canonical", "mentions"], entity.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, document.RootElement[0].GetProperty("published").ValueKind);
        Assert.Equal("Sept.\u00a011", document.RootElement[0].GetProperty("dates")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Write_EntityWithRoles_ListsThemAfterTheMentions()
    {
        var article = new ArticleAnnotations("a.txt", null,
            [new EntityAnnotation(EntityType.Person, null, "George Little", ["George Little"], [new RoleAnnotation("Pentagon spokesman", "George Little", RoleCues.TitleBefore)])],
            []);

        var json = AnnotationJson.Write([article]);

        using var document = JsonDocument.Parse(json);
        var entity = document.RootElement[0].GetProperty("entities")[0];
        Assert.Equal(["type", "kind", "canonical", "mentions", "roles"], entity.EnumerateObject().Select(p => p.Name));
        var role = entity.GetProperty("roles")[0];
        Assert.Equal(["Pentagon spokesman", "George Little", "title before"], role.EnumerateObject().Select(p => p.Value.GetString()));
    }

    [Fact]
    public void Of_ProcessedText_GivesEachEntityTheRolesOfItsMentions()
    {
        var document = Support.SpecFiles.Pipeline.Process(
            "Pentagon spokesman George Little said the review would take weeks. Ansar Dine, a militant group, denied it.", ExtractionContext.For("a.txt"));

        var annotations = ArticleAnnotations.Of(document);

        var little = Assert.Single(annotations.Entities, e => e.Canonical == "George Little");
        Assert.Equal([new RoleAnnotation("Pentagon spokesman", "George Little", RoleCues.TitleBefore)], little.Roles.ToArray());
        var group = Assert.Single(annotations.Entities, e => e.Canonical == "Ansar Dine");
        Assert.Equal([new RoleAnnotation("a militant group", "Ansar Dine", RoleCues.Appositive)], group.Roles.ToArray());
    }

    [Fact]
    public void Of_Document_GivesEntitiesInTextOrderWithDistinctSurfacesAndDistinctDates()
    {
        const string text = "Gaddafi fell in 2011. Belmokhtar, the one-eyed, met Gaddafi's men in 2011 and Belmokhtar left.";
        var document = Document(text,
            entities: [Entity(text, EntityType.Person, null, "Mokhtar Belmokhtar", "Belmokhtar", "the one-eyed"), Entity(text, EntityType.Person, null, "Muammar Gaddafi", "Gaddafi", "Gaddafi's")],
            dates: [Date(text, "2011", "2011", occurrence: 1), Date(text, "2011", "2011", occurrence: 0)],
            reference: new PartialDate(2013, 1, 23));

        var annotations = ArticleAnnotations.Of(document);

        Assert.Equal("doc.txt", annotations.Article);
        Assert.Equal("2013-01-23", annotations.Published);
        Assert.Equal(["Muammar Gaddafi", "Mokhtar Belmokhtar"], annotations.Entities.Select(e => e.Canonical));
        Assert.Equal(["Gaddafi", "Gaddafi's"], annotations.Entities[0].Mentions.ToArray());
        Assert.Equal(["Belmokhtar", "the one-eyed"], annotations.Entities[1].Mentions.ToArray());
        Assert.Equal([new DateAnnotation("2011", "2011")], annotations.Dates.ToArray());
    }

    [Fact]
    public void Of_DocumentWithoutReferenceDate_PublishesTheStatedDate()
    {
        var document = ExtractionPipelineBuilder.CreateDefault().Process(
            "Gunmen Attack Hotel in Mali\n\nBy Jane Doe Published: March 19, 2016\n\nGunmen stormed the hotel.", ExtractionContext.For("stated.txt"));

        var annotations = ArticleAnnotations.Of(document);

        Assert.Equal("2016-03-19", annotations.Published);
    }

    private static string Show(EntityAnnotation e) => $"{e.Type}/{e.Kind}/{e.Canonical}/{string.Join("|", e.Mentions)}";

    /// <summary>Every occurrence of each surface in <paramref name="text"/> becomes a mention, so spans are real.</summary>
    private static DocumentEntity Entity(string text, EntityType type, EntityKind? kind, string canonical, params string[] surfaces)
    {
        var mentions = surfaces.SelectMany(s => Occurrences(text, s).Select(start => new Mention(new TextSpan(start, start + s.Length), s, type, kind, "test", "test")));
        return new DocumentEntity(canonical, type, kind, [.. mentions], [], "test");
    }

    private static DateMention Date(string text, string surface, string value, int occurrence)
    {
        var start = Occurrences(text, surface).ElementAt(occurrence);
        return new DateMention(new TextSpan(start, start + surface.Length), surface, value, DateGranularity.Year, false, null, "test");
    }

    private static IEnumerable<int> Occurrences(string text, string surface)
    {
        for (var i = text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surface, i + 1, StringComparison.Ordinal))
        {
            // "Gaddafi" inside "Gaddafi's" is the longer surface's, not a mention of its own.
            if (i + surface.Length < text.Length && text[i + surface.Length] == '\'') continue;
            yield return i;
        }
    }

    private static ArticleDocument Document(string text, ImmutableArray<DocumentEntity> entities, ImmutableArray<DateMention> dates, PartialDate? reference) => new(
        text, new ExtractionContext("doc.txt", reference), [], [], null, null, null, null, null, [],
        dates, [.. entities.SelectMany(e => e.Mentions)], entities, [], []);
}
