using System.Diagnostics;

namespace BenghaziLink.Web.Tests.Infrastructure;

/// <summary>
/// The app's built entry point as a process of its own (<c>dotnet BenghaziLink.Web.dll …</c>), for what only a real
/// process shows: being killed, two processes on one store, exit codes and what reaches the console.
/// </summary>
public static class AppProcess
{
    private static string AppDll => Path.Combine(AppContext.BaseDirectory, "BenghaziLink.Web.dll");

    public static Process Start(string database, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(AppDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add($"--ConnectionStrings:BenghaziLink=Data Source={database}");
        info.ArgumentList.Add($"--Extraction:CatalogPath={Path.Combine(RepoPaths.Root, "seeds", "catalog.json")}");
        info.ArgumentList.Add("--Serilog:MinimumLevel:Default=Warning");
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end (bounded: a hang fails the test instead of the run) and returns what it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string database, params string[] args)
    {
        using var process = Start(database, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
