using System.Globalization;
using System.Text;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The exclusive lock that makes one store the only user of a data directory: its caches of
/// lengths and ETags are only right if nothing else writes there.
/// </summary>
/// <remarks>.NET takes an advisory <c>flock</c> for <see cref="FileShare.None"/> on Unix, released when the process ends.</remarks>
internal sealed class RootLock : IDisposable
{
    public const string FileName = ".lock";

    private readonly FileStream _file;

    private RootLock(FileStream file)
    {
        _file = file;
    }

    public static RootLock Acquire(string root)
    {
        var path = Path.Combine(root, FileName);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new BlobStoreUnavailableException(
                $"The data directory '{root}' is already in use by another file blob store (its lock file '{path}' is held, by another process or another store in this one). "
                + "A data directory serves one process at a time: stop the other one or set Storage:Path to a different directory.",
                exception);
        }

        try
        {
            // For people looking at the directory; the lock itself is the flock on the open file.
            var owner = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}\n"));
            file.SetLength(0);
            file.Write(owner);
            file.Flush();
            return new RootLock(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose() => _file.Dispose();
}
