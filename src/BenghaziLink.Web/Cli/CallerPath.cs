namespace BenghaziLink.Web.Cli;

/// <summary>
/// Where the relative paths given to a verb are resolved from. <c>dotnet run</c> starts a web project in the
/// project's folder, so the process's current directory is not the caller's; the shell's <c>PWD</c>, which
/// the child inherits unchanged, still is. Started directly from a shell, both are the same.
/// </summary>
internal static class CallerPath
{
    public static string Directory { get; } = Environment.GetEnvironmentVariable("PWD") is { } pwd && Path.IsPathRooted(pwd) && System.IO.Directory.Exists(pwd)
        ? pwd
        : Environment.CurrentDirectory;

    public static string Resolve(string path) => Path.GetFullPath(path, Directory);
}
