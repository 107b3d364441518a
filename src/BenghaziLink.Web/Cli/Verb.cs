using System.Globalization;
using BenghaziLink.Web.Data;
using BenghaziLink.Web.Ingestion;

namespace BenghaziLink.Web.Cli;

/// <summary>
/// A command-line verb: <c>dotnet run --project src/BenghaziLink.Web -- ingest|extract|eval …</c>.
/// Arguments of the form <c>--Key=Value</c> are configuration (e.g. <c>--ConnectionStrings:BenghaziLink=…</c>),
/// except the verbs' own options written that way (<c>--gold=dir</c>); the rest are the verb's own.
/// Output goes to stdout, logs and errors to stderr.
/// </summary>
internal sealed record Verb(string Name, IReadOnlyList<string> Arguments, string[] HostArgs)
{
    private static readonly string[] Names = ["ingest", "extract", "eval"];
    private static readonly string[] OwnOptions = [EvalVerb.Gold, EvalVerb.Articles];

    public static Verb? Parse(string[] args)
    {
        if (args.Length == 0 || !Names.Contains(args[0], StringComparer.Ordinal)) return null;
        var host = new List<string>();
        var own = new List<string>();
        foreach (var arg in args.Skip(1))
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && OwnOptions.Contains(arg[..equals], StringComparer.Ordinal))
            {
                own.AddRange([arg[..equals], arg[(equals + 1)..]]);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                host.Add(arg);
            }
            else
            {
                own.Add(arg);
            }
        }
        return new Verb(args[0], own, [.. host]);
    }

    /// <summary>
    /// Runs the verb on a host that is built but not started: hosted services (seed ingestion) do not run, and
    /// <c>extract</c> and <c>eval</c> never open the store.
    /// </summary>
    public Task<int> RunAsync(WebApplication app) => Name switch
    {
        "extract" => Task.FromResult(ExtractVerb.Run(app.Services, Arguments)),
        "eval" => Task.FromResult(EvalVerb.Run(app.Services, Arguments)),
        _ => IngestAsync(app),
    };

    private async Task<int> IngestAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var stdout = Console.Out;
        if (Arguments.Count == 0 || Arguments.Any(a => a is "-h" or "--help"))
        {
            await stdout.WriteLineAsync("usage: ingest <file|dir>...   ingest article text files (a folder: every *.txt below it)").ConfigureAwait(false);
            return Arguments.Count == 0 ? 2 : 0;
        }
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var maintenance = await scope.ServiceProvider.GetRequiredService<StoreMaintenance>().RunAsync(lifetime.ApplicationStopping).ConfigureAwait(false);
        if (maintenance.Reextracted + maintenance.Legacy + maintenance.Failures.Count > 0)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"store brought up to date: {maintenance.Reextracted} articles extracted again, {maintenance.Legacy} from an old store ingested again, {maintenance.Failures.Count} failed (they keep their earlier extraction)")).ConfigureAwait(false);
        }
        if (maintenance.DiskFull)
        {
            await Console.Error.WriteLineAsync($"stopped: {maintenance.Failures.First(f => f.DiskFull).Reason}").ConfigureAwait(false);
            return 1;
        }

        var runner = scope.ServiceProvider.GetRequiredService<IngestionRunner>();
        var summary = await runner.IngestPathsAsync(Arguments.Select(CallerPath.Resolve), (result, done, total) => stdout.WriteLine(Describe(result, done, total)),
            lifetime.ApplicationStopping).ConfigureAwait(false);
        await stdout.WriteLineAsync(Describe(summary)).ConfigureAwait(false);
        await app.Services.GetRequiredService<StoreWriter>().DisposeAsync().ConfigureAwait(false);
        return summary.Failed == 0 ? 0 : 1;
    }

    internal static string Describe(IngestResult result, int done, int total)
    {
        var status = result.Status switch
        {
            IngestStatus.Ingested => "ingested ",
            IngestStatus.Replaced => "replaced ",
            IngestStatus.Unchanged => "unchanged",
            _ => "FAILED   ",
        };
        var detail = result.Status == IngestStatus.Failed ? $": {result.Reason}"
            : result.Reason is not null ? $" ({result.Reason})"
            : result.Slug is not null ? $" -> /articles/{result.Slug}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {status} {result.Source}{detail}");
    }

    internal static string Describe(IngestSummary summary)
    {
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-6);
        var stopped = summary.DiskFull
            ? string.Create(CultureInfo.InvariantCulture, $"stopped: the disk is full; {summary.NotAttempted} files not attempted, nothing half stored. ")
            : "";
        return stopped + string.Create(CultureInfo.InvariantCulture,
            $"{summary.Results.Count} files, {summary.Bytes / 1024.0:F1} KB: {summary.Ingested} ingested, {summary.Unchanged} unchanged, {summary.Failed} failed " +
            $"in {summary.Elapsed.TotalSeconds:F2} s ({summary.Results.Count / seconds:F1} files/s, {summary.Bytes / 1024.0 / seconds:F1} KB/s)");
    }
}
