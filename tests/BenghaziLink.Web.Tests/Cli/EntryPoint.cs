namespace BenghaziLink.Web.Tests.Cli;

/// <summary>
/// Runs the app's real entry point as <c>dotnet run -- verb …</c> would, capturing stdout and stderr. Tests
/// using it belong to the <see cref="SerialConsole"/> collection: the console is process-wide.
/// </summary>
internal static class EntryPoint
{
    public static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        // Other test classes run hosts in parallel and their logs go to stderr too: keep writes whole.
        var errors = new StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(TextWriter.Synchronized(errors));
        try
        {
            var exit = (int)typeof(Program).Assembly.EntryPoint!.Invoke(null, [args])!;
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
