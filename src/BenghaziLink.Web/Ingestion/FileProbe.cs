using System.Runtime.InteropServices;

namespace BenghaziLink.Web.Ingestion;

/// <summary>What a path is, read without opening it.</summary>
public enum FileKind { Missing, Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Unknown }

/// <summary>
/// A path's kind, size and identity (device and inode), following symbolic links. <see cref="Identity"/> is null
/// where the platform does not give one; <see cref="Error"/> says why a path is <see cref="FileKind.Missing"/>.
/// </summary>
public readonly partial record struct FileProbe(FileKind Kind, long Size, (ulong Device, ulong Inode)? Identity, string? Error)
{
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "FIFO",
        FileKind.CharacterDevice => "character device",
        FileKind.BlockDevice => "block device",
        FileKind.Socket => "socket",
        FileKind.Directory => "directory",
        _ => "unknown file type",
    };

    /// <summary>
    /// .NET has no public way to tell a FIFO, device or socket from a regular file: <c>FileSystemInfo.Attributes</c>
    /// reports all of them as <c>Normal</c> (tried on this box), and opening a FIFO to look blocks until a writer
    /// comes. <c>statx(2)</c> does tell, without opening, and unlike <c>stat</c> its buffer has one layout on every
    /// Linux architecture. Where it is missing (another OS, an old libc, a sandbox refusing the call) the kind is
    /// <see cref="FileKind.Unknown"/> and there is no identity: callers then open only files of non-zero size (a
    /// FIFO or device reports 0) and do not follow links to folders.
    /// </summary>
    public static FileProbe Of(string path)
    {
        if (OperatingSystem.IsLinux() && Statx.TryRead(path, out var probe)) return probe;
        if (Directory.Exists(path)) return new(FileKind.Directory, 0, null, null);
        var file = new FileInfo(path);
        return file.Exists ? new(FileKind.Unknown, file.Length, null, null) : new(FileKind.Missing, 0, null, "no such file or directory");
    }

    private static partial class Statx
    {
        private const int AtCurrentDirectory = -100;
        private const uint BasicStats = 0x7ff;
        private const int NotImplemented = 38;
        private static bool unavailable;

        public static bool TryRead(string path, out FileProbe probe)
        {
            probe = default;
            if (unavailable) return false;
            Buffer buffer;
            int result;
            try
            {
                result = Call(AtCurrentDirectory, path, 0, BasicStats, out buffer);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                unavailable = true;
                return false;
            }
            if (result != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno == NotImplemented)
                {
                    unavailable = true;
                    return false;
                }
                var message = Marshal.GetPInvokeErrorMessage(errno);
                probe = new(FileKind.Missing, 0, null, message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..]);
                return true;
            }
            var kind = (buffer.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Unknown,
            };
            probe = new(kind, (long)buffer.Size, (((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor, buffer.Inode), null);
            return true;
        }

        [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int Call(int directory, string path, int flags, uint mask, out Buffer buffer);

        /// <summary><c>struct statx</c> from <c>linux/stat.h</c>: fixed offsets, 256 bytes, on every architecture.</summary>
        [StructLayout(LayoutKind.Explicit, Size = 256)]
        private struct Buffer
        {
            [FieldOffset(28)] public ushort Mode;
            [FieldOffset(32)] public ulong Inode;
            [FieldOffset(40)] public ulong Size;
            [FieldOffset(136)] public uint DeviceMajor;
            [FieldOffset(140)] public uint DeviceMinor;
        }
    }
}
