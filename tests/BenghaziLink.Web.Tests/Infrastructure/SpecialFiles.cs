using System.Diagnostics;
using System.Net.Sockets;

namespace BenghaziLink.Web.Tests.Infrastructure;

/// <summary>Files that are not regular files, made the way a user's machine would have them.</summary>
public static class SpecialFiles
{
    /// <summary>.NET cannot make a FIFO; coreutils' mkfifo can.</summary>
    public static string Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Binding a Unix-domain socket leaves a socket file at the path, until the socket is disposed.</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and fails the test if it has not finished in time: code that
    /// opens a FIFO for reading blocks for ever, and a hung test says less than a failed one.
    /// </summary>
    public static async Task<T> WithinAsync<T>(Func<T> work, int seconds = 60) =>
        await Task.Run(work).WaitAsync(TimeSpan.FromSeconds(seconds));
}
