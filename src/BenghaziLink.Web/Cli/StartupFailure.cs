using System.Diagnostics.CodeAnalysis;
using System.Net.Sockets;
using System.Reflection;
using BenghaziLink.Web.Data;
using Microsoft.AspNetCore.Connections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Serilog.Core;
using Serilog.Events;

namespace BenghaziLink.Web.Cli;

/// <summary>
/// Start-up that cannot go on: a bad setting, an unusable store or a port in use becomes one line on stderr and
/// exit code 2, for the web app and the verbs alike, never a stack trace. Anything else is one line too, exit
/// code 1, with the whole exception in the log for whoever debugs it.
/// </summary>
internal static class StartupFailure
{
    public const int CannotStart = 2;
    public const int Unexpected = 1;
    private const string Prefix = "benghazilink: ";
    private const string Setting = "ConnectionStrings:" + StoreConnection.Name;

    /// <summary>Builds the app, or reports why it could not be built and gives the exit code.</summary>
    public static bool TryBuild(WebApplicationBuilder builder, [NotNullWhen(true)] out WebApplication? app, out int exitCode)
    {
        exitCode = 0;
        try
        {
            app = builder.Build();
            return true;
        }
        catch (Exception ex)
        {
            app = null;
            exitCode = Report(ex, store: null, logger: null, Console.Error);
            return false;
        }
    }

    /// <summary>Runs the verb (or the web app when there is none), reporting a failure to start as <see cref="Report"/> does.</summary>
    public static async Task<int> RunAsync(WebApplication app, Verb? verb)
    {
        // Both found first: once a failed host has disposed its services, neither can be had.
        var store = StorePath(app.Services);
        ILogger? logger = null;
        try
        {
            logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupFailure).FullName!);
            // Settings are checked before anything is opened or written; the web host checks options again as it starts.
            app.Services.GetService<IStartupValidator>()?.Validate();
            if (verb?.Name is null or "ingest") CheckConnectionString(app.Services);
            if (verb is not null) return await verb.RunAsync(app).ConfigureAwait(false);
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex)
        {
            return Report(ex, store, logger, Console.Error);
        }
    }

    /// <summary>Writes one line to <paramref name="error"/> and gives the exit code: 2 for a failure <see cref="Describe"/> knows, else 1.</summary>
    public static int Report(Exception exception, string? store, ILogger? logger, TextWriter error)
    {
        if (Describe(exception, store) is { } line)
        {
            error.WriteLine(Prefix + line);
            return CannotStart;
        }
        var shown = Unwrap(exception);
        var message = shown.Message.ReplaceLineEndings(" ");
        if (logger is null)
        {
            // Nothing to log to (the app was not built): the details go to stderr, after the line that says what happened.
            error.WriteLine($"{Prefix}unexpected error: {shown.GetType().FullName}: {message}");
            error.WriteLine(exception);
        }
        else
        {
            error.WriteLine($"{Prefix}unexpected error: {shown.GetType().FullName}: {message}; details in the log");
            logger.StartupFailed(exception);
        }
        return Unexpected;
    }

    /// <summary>One line for a failure a user can fix (the store at <paramref name="store"/>, if known), or null for any other.</summary>
    public static string? Describe(Exception exception, string? store = null) =>
        Causes(exception).Select(cause => cause switch
        {
            StoreUnavailableException => cause.Message,
            SqliteException sqlite => StoreErrors.Describe(sqlite, store),
            OptionsValidationException options => $"a setting is not valid: {string.Join("; ", options.Failures)}",
            // What the binder throws for a value of the wrong type (MaxArticleBytes=abc); its message names the key.
            InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" } => $"a setting is not valid: {cause.Message}",
            InvalidOperationException { Source: "Serilog.Settings.Configuration" } => $"a logging setting (Serilog section) is not valid: {cause.Message}",
            IOException { InnerException: AddressInUseException } => $"{cause.Message.TrimEnd('.')}; stop whatever listens there or choose another address with --urls",
            SocketException { SocketErrorCode: SocketError.AddressNotAvailable or SocketError.AccessDenied } =>
                $"cannot listen on the address asked for ({cause.Message}); choose another with --urls",
            _ => null,
        }).FirstOrDefault(line => line is not null);

    /// <summary>The exception and everything it wraps, outermost first: the host wraps start-up failures in aggregates and invalid operations.</summary>
    private static IEnumerable<Exception> Causes(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var cause))
        {
            yield return cause;
            if (cause is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Reverse()) pending.Push(inner);
            }
            else if (cause.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };

    /// <summary>The store's connection string parses: a typo there is a setting to fix, not an unexpected error.</summary>
    private static void CheckConnectionString(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<StoreConnection>();
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"{Setting} is not a valid SQLite connection string: {ex.Message}", ex);
        }
    }

    /// <summary>Where the store file is, for the message; null when the setting does not say (or cannot be read).</summary>
    private static string? StorePath(IServiceProvider services)
    {
        try
        {
            var configured = services.GetRequiredService<IConfiguration>().GetConnectionString(StoreConnection.Name);
            var source = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? StoreConnection.Default : configured).DataSource;
            return source.Length == 0 || source == ":memory:" ? null : Path.GetFullPath(source, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        }
        catch (Exception ex) when (ex is ArgumentException or ObjectDisposedException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Leaves out the host's own "Hosting failed to start" entry: <see cref="RunAsync"/> reports every start-up failure,
    /// a known one in one line with no stack trace, any other with the exception logged once, by itself.
    /// </summary>
    public sealed class HostLogFilter : ILogEventFilter
    {
        public bool IsEnabled(LogEvent logEvent) =>
            logEvent.MessageTemplate.Text != "Hosting failed to start"
            || !logEvent.Properties.TryGetValue(Constants.SourceContextPropertyName, out var context)
            || context is not ScalarValue { Value: "Microsoft.Extensions.Hosting.Internal.Host" };
    }
}
