using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace GraduateFair.Storage.FileSystem;

/// <summary>Forces file contents and directory entries to stable storage.</summary>
internal static partial class DiskSync
{
    /// <summary>Flushes a file's data (and the metadata needed to read it back, such as its size).</summary>
    public static void File(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(handle);
            return;
        }

        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (FDataSync((int)handle.DangerousGetHandle()) != 0)
            {
                throw new IOException($"fdatasync failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Flushes a directory so that entries created, renamed or removed in it survive a crash.
    /// Windows has no directory handles to flush (NTFS journals its metadata), so it is a no-op there.
    /// </summary>
    public static void Directory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = Open(path, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            throw new IOException($"Could not open directory '{path}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (FSync(fd) != 0)
            {
                throw new IOException($"fsync of directory '{path}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>
    /// Flushes every file and directory of the file system holding <paramref name="path"/>
    /// (Linux <c>syncfs</c>: one call, however many files changed).
    /// </summary>
    public static void FileSystem(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("syncfs is only available on Linux.");
        }

        var fd = Open(path, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            throw new IOException($"Could not open '{path}' to flush its file system (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (SyncFs(fd) != 0)
            {
                throw new IOException($"syncfs of the file system holding '{path}' failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FSync(int fd);

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int FDataSync(int fd);

    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static partial int SyncFs(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
