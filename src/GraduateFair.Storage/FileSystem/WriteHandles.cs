using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Opens blob files for writing and writes at an offset with the fewest system calls: on Linux one
/// <c>open</c> and one <c>pwrite</c>, where <see cref="File.OpenHandle"/> adds <c>fstatfs</c>, two
/// <c>flock</c>s and an <c>lseek</c> per file. Every joining graduate's journal is opened, written
/// once and closed on the log's committer thread, so those calls were most of what an append cost
/// there. The advisory locks guarded nothing: one process owns the root (<see cref="RootLock"/>),
/// and every handle it opens shares reading and writing anyway. Elsewhere, the framework's calls.
/// </summary>
internal static partial class WriteHandles
{
    private const int OWriteOnly = 0x1;
    private const int OCreate = 0x40;
    private const int OCloseOnExec = 0x80000;
    private const int CreateMode = 0x1B6; // 0666, less the umask, as the framework creates files.
    private const int ENoEnt = 2;
    private const int EIntr = 4;
    private const int EAccess = 13;
    private const int EPerm = 1;
    private const int ERofs = 30;

    /// <summary>Opens <paramref name="path"/> for writing, creating it when <paramref name="create"/> (never truncating).</summary>
    /// <exception cref="FileNotFoundException">The file (or its folder) does not exist and is not to be created.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing the file is not permitted.</exception>
    /// <exception cref="IOException">Any other failure.</exception>
    public static SafeFileHandle Open(string path, bool create)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.OpenHandle(path, create ? FileMode.OpenOrCreate : FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }

        var flags = OWriteOnly | OCloseOnExec | (create ? OCreate : 0);
        int fd;
        int errno;
        do
        {
            fd = OpenFile(path, flags, CreateMode);
            errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        }
        while (fd < 0 && errno == EIntr);

        if (fd < 0)
        {
            throw errno switch
            {
                ENoEnt => new FileNotFoundException($"Could not open '{path}' for writing: it does not exist.", path),
                EAccess or EPerm or ERofs => new UnauthorizedAccessException($"Could not open '{path}' for writing (errno {errno})."),
                _ => new IOException($"Could not open '{path}' for writing (errno {errno})."),
            };
        }

        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Writes all of <paramref name="data"/> at <paramref name="offset"/> (a short write is continued).</summary>
    /// <exception cref="IOException">The write failed (a full disk, an I/O error).</exception>
    public static unsafe void Write(SafeFileHandle handle, ReadOnlySpan<byte> data, long offset)
    {
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.Write(handle, data, offset);
            return;
        }

        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var fd = (int)handle.DangerousGetHandle();
            fixed (byte* start = data)
            {
                var written = 0;
                while (written < data.Length)
                {
                    var result = PWrite(fd, start + written, (nuint)(data.Length - written), offset + written);
                    if (result < 0)
                    {
                        var errno = Marshal.GetLastPInvokeError();
                        if (errno == EIntr)
                        {
                            continue;
                        }

                        throw new IOException($"Writing {data.Length} bytes at {offset} failed (errno {errno}).");
                    }

                    if (result == 0)
                    {
                        throw new IOException($"Writing {data.Length} bytes at {offset} stopped after {written}.");
                    }

                    written += (int)result;
                }
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

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenFile(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "pwrite", SetLastError = true)]
    private static unsafe partial nint PWrite(int fd, byte* buffer, nuint count, long offset);
}
