using BenghaziLink.Web.Ingestion;
using BenghaziLink.Web.Tests.Infrastructure;

namespace BenghaziLink.Web.Tests.Ingestion;

/// <summary>Walking folders and reading files for ingest, extract and eval: never endless, never blocked, every refusal said.</summary>
public sealed class ArticlePathsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benghazilink-paths-");

    public void Dispose() => folder.Delete(recursive: true);

    private string At(params string[] parts) => Path.Combine([folder.FullName, .. parts]);

    private static string Write(string path, string text = "Gunmen stormed the hotel.")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Walk_LinksToItselfAndToItsParent_WalksEachFolderOnce()
    {
        Write(At("tree", "a.txt"));
        Write(At("tree", "sub", "b.txt"));
        Directory.CreateSymbolicLink(At("tree", "self"), ".");
        Directory.CreateSymbolicLink(At("tree", "sub", "up"), "..");

        var walk = await SpecialFiles.WithinAsync(() => ArticlePaths.Walk([At("tree")]));

        Assert.Equal([At("tree", "a.txt"), At("tree", "sub", "b.txt")], walk.Files);
        Assert.Empty(walk.Refused);
    }

    [Fact]
    public async Task Walk_LinksToAFolderAndAFileOutside_FollowsEachOnce()
    {
        Write(At("tree", "a.txt"));
        Write(At("outside", "b.txt"));
        Directory.CreateSymbolicLink(At("tree", "out"), At("outside"));
        File.CreateSymbolicLink(At("tree", "b-link.txt"), At("outside", "b.txt"));
        // And back again: the tree is already being walked.
        Directory.CreateSymbolicLink(At("outside", "back"), At("tree"));

        var walk = await SpecialFiles.WithinAsync(() => ArticlePaths.Walk([At("tree")]));

        Assert.Equal([At("tree", "a.txt"), At("tree", "b-link.txt"), At("tree", "out", "b.txt")], walk.Files);
        Assert.Empty(walk.Refused);
    }

    [Fact]
    public async Task Walk_FifoSocketAndDeviceInAFolderOrGiven_RefusedByTypeNeverOpened()
    {
        Write(At("tree", "a.txt"));
        SpecialFiles.Fifo(At("tree", "pipe.txt"));
        using var socket = SpecialFiles.Socket(At("tree", "socket.txt"));
        // Not an article name: a FIFO the walk would not have listed anyway is not reported either.
        SpecialFiles.Fifo(At("tree", "pipe.log"));
        var given = SpecialFiles.Fifo(At("given.txt"));

        var walk = await SpecialFiles.WithinAsync(() => ArticlePaths.Walk([At("tree"), given, "/dev/null"]));

        Assert.Equal([At("tree", "a.txt")], walk.Files);
        Assert.Equal([
            new RefusedPath(At("tree", "pipe.txt"), "not a regular file (FIFO)"),
            new RefusedPath(At("tree", "socket.txt"), "not a regular file (socket)"),
            new RefusedPath(given, "not a regular file (FIFO)"),
            new RefusedPath("/dev/null", "not a regular file (character device)"),
        ], walk.Refused);
    }

    [Fact]
    public async Task Walk_BrokenAndLoopingFileLinks_RefusedWithTheReason()
    {
        Write(At("tree", "a.txt"));
        File.CreateSymbolicLink(At("tree", "dangling.txt"), "nowhere.txt");
        File.CreateSymbolicLink(At("tree", "loop.txt"), "loop.txt");

        var walk = await SpecialFiles.WithinAsync(() => ArticlePaths.Walk([At("tree"), At("missing.txt")]));

        Assert.Equal([At("tree", "a.txt")], walk.Files);
        Assert.Equal([
            new RefusedPath(At("tree", "dangling.txt"), "no such file or directory"),
            new RefusedPath(At("tree", "loop.txt"), "too many levels of symbolic links"),
            new RefusedPath(At("missing.txt"), "no such file or directory"),
        ], walk.Refused);
    }

    [Fact]
    public void Walk_AFolderThatCannotBeListed_IsRefusedWithItsReasonAndTheRestWalked()
    {
        // As root (tests run as root) chmod 000 does not stop a listing, so the listing is the one thing faked here.
        Write(At("tree", "a.txt"));
        Write(At("tree", "locked", "hidden.txt"));
        Write(At("tree", "open", "b.txt"));
        IEnumerable<string> List(string path) => path == At("tree", "locked")
            ? throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.")
            : Directory.EnumerateFileSystemEntries(path);

        var walk = ArticlePaths.Walk([At("tree")], ArticlePaths.ArticlePattern, recursive: true, List);

        Assert.Equal([At("tree", "a.txt"), At("tree", "open", "b.txt")], walk.Files);
        var refused = Assert.Single(walk.Refused);
        Assert.Equal(At("tree", "locked"), refused.Path);
        Assert.Equal($"cannot read the folder: Access to the path '{At("tree", "locked")}' is denied.", refused.Reason);
    }

    [Fact]
    public void Walk_NotRecursive_KeepsToTheFolderGiven()
    {
        Write(At("gold", "a.json"));
        Write(At("gold", "deeper", "b.json"));

        var walk = ArticlePaths.Walk([At("gold")], "*.json", recursive: false);

        Assert.Equal([At("gold", "a.json")], walk.Files);
    }

    [Fact]
    public async Task Read_FifoOrDevice_RefusedWithoutOpeningIt()
    {
        var fifo = SpecialFiles.Fifo(At("pipe.txt"));

        var reads = await SpecialFiles.WithinAsync(() => new[] { ArticlePaths.Read(fifo, 1000), ArticlePaths.Read("/dev/zero", 1000) });

        Assert.Equal([new ArticleRead(null, 0, "not a regular file (FIFO)"), new ArticleRead(null, 0, "not a regular file (character device)")], reads);
    }

    [Theory]
    [InlineData(5, 5, null)]
    [InlineData(6, 5, "file is 6 bytes, over the 5-byte limit for one article")]
    [InlineData(0, 5, null)]
    public void Read_RegularFile_ItsBytesUnlessOverTheLimit(int size, int limit, string? refusal)
    {
        var path = At("a.txt");
        File.WriteAllBytes(path, new byte[size]);

        var read = ArticlePaths.Read(path, limit);

        Assert.Equal(refusal, read.Refusal);
        Assert.Equal(refusal is null ? size : null, read.Content?.Length);
        Assert.Equal(size, read.Length);
    }

    [Fact]
    public void Read_Missing_SaysItCannotReadTheFile()
    {
        var read = ArticlePaths.Read(At("missing.txt"), 1000);

        Assert.Equal("cannot read the file: no such file or directory", read.Refusal);
    }
}
