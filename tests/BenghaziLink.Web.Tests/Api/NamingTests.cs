using System.Net.Http.Json;
using System.Text.Json;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Api;

/// <summary>One name per concept across the API: how fine a date is, is its "granularity" wherever a date is given.</summary>
public sealed class NamingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };

    [Theory]
    [InlineData("/api/timeline")]
    [InlineData("/api/articles")]
    public async Task Api_Dates_SayGranularityNeverPrecision(string url)
    {
        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>(url);

        var names = Names(json).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("granularity", names);
        Assert.DoesNotContain("precision", names);
    }

    [Fact]
    public async Task EntityApi_Timeline_SaysGranularity()
    {
        var client = app.CreateClient();
        var slug = (await client.GetFromJsonAsync<JsonElement>("/api/entities?q=Belmokhtar"))[0].GetProperty("slug").GetString();

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/entities/{slug}");

        var names = Names(json.GetProperty("timeline")).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("granularity", names);
        Assert.DoesNotContain("precision", names);
    }
}
