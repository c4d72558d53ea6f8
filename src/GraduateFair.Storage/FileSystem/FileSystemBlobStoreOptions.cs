namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Write-ahead log settings of <see cref="FileSystemBlobStore"/> (configuration section
/// <c>Storage:FileSystem</c>). A checkpoint flushes the blob files and deletes the log segments
/// they came from; it bounds the log's size on disk and the replay when the store opens.
/// </summary>
public sealed class FileSystemBlobStoreOptions
{
    public const string SectionName = "Storage:FileSystem";

    /// <summary>A checkpoint starts once the current log segment has grown past this many bytes (default 64 MB).</summary>
    public long CheckpointBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A checkpoint starts this often when anything was written since the last one (default one minute; zero or less: only by size).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Flush with Linux <c>syncfs</c> (default on Linux); otherwise each changed file and folder is flushed. Tests turn it off to cover the fallback.</summary>
    internal bool UseSyncFs { get; set; } = BlobFileDurability.SyncFsAvailable;

    internal void Validate()
    {
        if (CheckpointBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CheckpointBytes), CheckpointBytes, "Storage:FileSystem:CheckpointBytes must be positive.");
        }
    }
}
