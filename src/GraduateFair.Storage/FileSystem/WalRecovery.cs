using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Brings the blob files up to date with the write-ahead log when a store opens: replays every
/// segment in order, makes the blob files durable, then deletes the segments.
/// </summary>
internal static class WalRecovery
{
    /// <returns>The sequence number the next segment takes (one past the last one found).</returns>
    public static long Replay(string walFolder, BlobFileLayout layout, BlobFileWriter writer, BlobFileDurability durability, ILogger logger)
    {
        var segments = WalFolder.Segments(walFolder);
        if (segments.Count == 0)
        {
            return 1;
        }

        var replayer = new WalReplayer(layout, writer, logger);
        var records = 0;
        foreach (var (sequence, path) in segments)
        {
            using var reader = new WalSegmentReader(path, sequence);
            while (reader.Next() is { } record)
            {
                replayer.Replay(record);
                records++;
            }

            if (reader.IgnoredBytes > 0)
            {
                FileSystemBlobStoreLog.TornLogTail(logger, reader.IgnoredBytes);
            }
        }

        replayer.Finish();
        if (records > 0)
        {
            durability.MakeDurable(writer.TakeTouched());
        }

        var next = segments[^1].Sequence + 1;
        WalFolder.DeleteBefore(walFolder, next);
        FileSystemBlobStoreLog.Replayed(logger, segments.Count, records, replayer.Applied, replayer.Skipped);
        return next;
    }
}
