using System.Diagnostics;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Cli;

/// <summary>
/// Runs the built app as a user would, <c>dotnet BenghaziLink.Web.dll [verb] …</c>, in its own process: what it
/// writes to stderr and its exit code are then its own, with no other test's host logging beside it. It starts in
/// the web project's folder, as <c>dotnet run</c> does, so settings, logging and wwwroot are as shipped.
/// </summary>
internal static class AppProcess
{
    /// <summary>Starts the app and leaves it running: for a test that kills it, or runs two at once.</summary>
    public static Process Start(string[] args, string level = "Warning")
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(RepoPaths.Root, "src", "BenghaziLink.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BenghaziLink.Web.dll"));
        foreach (var arg in args.Take(1)) start.ArgumentList.Add(arg);
        // Information lines (store created, catalog loaded) are not what these tests look at: warnings, errors and
        // the app's own refusal are.
        foreach (var arg in (string[])[$"--Serilog:MinimumLevel:Default={level}", "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning"])
        {
            start.ArgumentList.Add(arg);
        }
        // After the defaults, so a test's own setting wins.
        foreach (var arg in args.Skip(1)) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var process = Start(args, "Warning");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"still running after 120 s, so it did not refuse to start; stderr so far:\n{await errors}");
        }
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The app's refusal: one line on stderr starting with <paramref name="expected"/>, and no stack trace.</summary>
    public static void AssertOneLine(string errors, string expected)
    {
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("benghazilink: " + expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }
}
