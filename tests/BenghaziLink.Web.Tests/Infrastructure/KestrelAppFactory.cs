using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BenghaziLink.Web.Tests.Infrastructure;

/// <summary>
/// The seeded app on a real Kestrel port: what only a real server sends (its <c>Server</c> header, how it takes
/// an unusual method) and what a browser needs (an address) cannot be seen through the in-memory test server.
/// </summary>
public sealed class KestrelAppFactory : AppFactory
{
    private Uri? baseAddress;

    /// <summary>Starts the server on the first call.</summary>
    public Uri BaseAddress => baseAddress ??= Start();

    private Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public HttpClient CreateKestrelClient() => new() { BaseAddress = BaseAddress };
}
