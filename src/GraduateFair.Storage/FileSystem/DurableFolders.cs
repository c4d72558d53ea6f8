using System.Collections.Concurrent;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Creates blob folders so that they survive a crash: every folder on the way is created and its
/// parent flushed once per process (also for folders that already existed, which a crash of the
/// previous process may have left unflushed), before any blob file goes into it.
/// </summary>
internal sealed class DurableFolders(string root)
{
    private readonly ConcurrentDictionary<string, Lazy<bool>> _durable = new(StringComparer.Ordinal);

    public void Ensure(string folder)
    {
        if (folder.Length <= root.Length)
        {
            return;
        }

        // PublicationOnly: every caller that finds the folder not yet durable makes it so itself
        // (nobody returns while another is still flushing), and a failure is not remembered.
        _ = _durable.GetOrAdd(folder, static (path, self) => new Lazy<bool>(() => self.Create(path), LazyThreadSafetyMode.PublicationOnly), this).Value;
    }

    private bool Create(string folder)
    {
        var parent = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException($"'{folder}' has no parent folder.");
        Ensure(parent);
        Directory.CreateDirectory(folder);
        DiskSync.Directory(parent);
        return true;
    }
}
