using System.IO.Enumeration;

namespace BenghaziLink.Web.Ingestion;

/// <summary>A path a walk or a read refused, and why, in words.</summary>
public sealed record RefusedPath(string Path, string Reason);

/// <summary>The files a walk found (each folder's in name order) and the paths it refused, in walk order.</summary>
public sealed record ArticleWalk(IReadOnlyList<string> Files, IReadOnlyList<RefusedPath> Refused);

/// <summary>A file's bytes, or why they were not read; <see cref="Length"/> is the size found either way (0 if none).</summary>
public sealed record ArticleRead(byte[]? Content, long Length, string? Refusal);

/// <summary>
/// Files and folders to article files, and one file to its bytes, for <c>ingest</c>, <c>extract</c> and <c>eval</c>
/// alike, so that no input can hang or explode them: a folder is walked once however many links lead back to it;
/// a FIFO, device or socket is refused by its type and never opened (opening a FIFO blocks until a writer comes);
/// a folder that cannot be listed and a file that cannot be read are refused with the reason, and the rest goes on.
/// </summary>
public static class ArticlePaths
{
    public const string ArticlePattern = "*.txt";

    /// <summary>Hidden files count, as they did with <c>Directory.EnumerateFiles</c>; errors are thrown, not skipped, to be reported.</summary>
    private static readonly EnumerationOptions OneLevel = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    /// <summary>Every file matching <paramref name="pattern"/> in the folders given (below them too if <paramref name="recursive"/>) and every file given.</summary>
    public static ArticleWalk Walk(IEnumerable<string> paths, string pattern = ArticlePattern, bool recursive = true) =>
        Walk(paths, pattern, recursive, folder => Directory.EnumerateFileSystemEntries(folder, "*", OneLevel));

    /// <summary>With the listing of a folder given: as root, tests cannot make a real folder unreadable.</summary>
    internal static ArticleWalk Walk(IEnumerable<string> paths, string pattern, bool recursive, Func<string, IEnumerable<string>> list)
    {
        var files = new List<string>();
        var refused = new List<RefusedPath>();
        var walked = new HashSet<(ulong, ulong)>();
        foreach (var path in paths)
        {
            var probe = FileProbe.Of(path);
            if (probe.Kind == FileKind.Directory)
            {
                var found = new List<string>();
                if (probe.Identity is not { } identity || walked.Add(identity)) WalkFolder(path, pattern, recursive, list, walked, found, refused);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else if (Refusal(probe) is { } reason)
            {
                refused.Add(new(path, reason));
            }
            else
            {
                files.Add(path);
            }
        }
        return new(files, refused);
    }

    private static void WalkFolder(string root, string pattern, bool recursive, Func<string, IEnumerable<string>> list,
        HashSet<(ulong, ulong)> walked, List<string> found, List<RefusedPath> refused)
    {
        // A stack, not recursion: however deep the tree, the walk cannot overflow the call stack.
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            List<string> entries;
            try
            {
                entries = [.. list(folder)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                refused.Add(new(folder, $"cannot read the folder: {ex.Message}"));
                continue;
            }
            // Name order, subfolders included (pushed last first), so refusals come out in the same order on every run.
            entries.Sort(StringComparer.Ordinal);
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                var probe = FileProbe.Of(entry);
                if (probe.Kind == FileKind.Directory)
                {
                    if (recursive && FirstVisit(entry, probe, walked)) subfolders.Add(entry);
                }
                else if (FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(entry), ignoreCase: OperatingSystem.IsWindows()))
                {
                    if (Refusal(probe) is { } reason) refused.Add(new(entry, reason));
                    else found.Add(entry);
                }
            }
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
    }

    /// <summary>
    /// A folder is walked once, known by device and inode: a link to itself, to a folder above it or to one already
    /// walked leads nowhere new. Where the platform gives no identity, links to folders are not followed at all.
    /// </summary>
    private static bool FirstVisit(string folder, FileProbe probe, HashSet<(ulong, ulong)> walked) =>
        probe.Identity is { } identity ? walked.Add(identity) : new DirectoryInfo(folder).LinkTarget is null;

    private static string? Refusal(FileProbe probe) => probe.Kind switch
    {
        FileKind.Regular or FileKind.Unknown => null,
        FileKind.Missing => probe.Error ?? "no such file or directory",
        _ => $"not a regular file ({FileProbe.Describe(probe.Kind)})",
    };

    /// <summary>The file's bytes, unless it is not a regular file, is over <paramref name="maxBytes"/> or cannot be read.</summary>
    public static ArticleRead Read(string path, long maxBytes)
    {
        var probe = FileProbe.Of(path);
        if (Refusal(probe) is { } reason) return new(null, 0, probe.Kind == FileKind.Missing ? $"cannot read the file: {reason}" : reason);
        // Where the kind is unknown, a FIFO or device shows size 0 and opening it could block; a file of size 0 is empty anyway.
        if (probe.Size == 0) return new([], 0, null);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // The size of what was opened, not of what was probed: the file may have been replaced in between.
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes) return new(null, length, $"file is {length:N0} bytes, over the {maxBytes:N0}-byte limit for one article");
            var content = new byte[length];
            var read = 0;
            for (int n; read < content.Length && (n = RandomAccess.Read(handle, content.AsSpan(read), read)) > 0;) read += n;
            return new(read == content.Length ? content : content[..read], length, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(null, 0, $"cannot read the file: {ex.Message}");
        }
    }
}
