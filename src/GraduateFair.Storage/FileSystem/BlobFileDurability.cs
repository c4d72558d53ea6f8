namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Makes the blob files written since the last checkpoint durable, so that the write-ahead log
/// records they came from can go: with Linux <c>syncfs</c> on the data directory (one call),
/// or elsewhere by flushing each changed file and folder.
/// </summary>
internal sealed class BlobFileDurability(string root, bool useSyncFs)
{
    /// <summary>Whether the files and folders that changed must be tracked (no <c>syncfs</c>).</summary>
    public bool NeedsTouchedPaths => !useSyncFs;

    public static bool SyncFsAvailable => OperatingSystem.IsLinux();

    public void MakeDurable(TouchedPaths touched)
    {
        if (useSyncFs)
        {
            DiskSync.FileSystem(root);
            return;
        }

        foreach (var file in touched.Files)
        {
            FlushFileIfPresent(file);
        }

        foreach (var folder in touched.Folders)
        {
            if (Directory.Exists(folder))
            {
                DiskSync.Directory(folder);
            }
        }
    }

    /// <summary>Flushes a file unless it is gone (deleted since; its folder is flushed instead).</summary>
    private static void FlushFileIfPresent(string file)
    {
        Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return;
        }

        using (handle)
        {
            DiskSync.File(handle);
        }
    }
}
