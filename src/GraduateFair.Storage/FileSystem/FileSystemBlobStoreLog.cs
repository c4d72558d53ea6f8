using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The file store's log messages. Blob names are left out on purpose: they can hold escaped
/// personal data (an email address as a segment).
/// </summary>
internal static partial class FileSystemBlobStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "File blob store opened at {Root}; removed {TempFiles} temporary files left by interrupted writes; checkpoints {Checkpoints}.")]
    public static partial void Opened(ILogger logger, string root, int tempFiles, string checkpoints);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "An append blob ends in {Bytes} bytes of an interrupted append; they are not part of the blob and are cut off before its next append.")]
    public static partial void TornTail(ILogger logger, long bytes);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A blob file is shorter than its header (an interrupted creation); the blob is treated as missing.")]
    public static partial void TruncatedHeader(ILogger logger);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Replayed the write-ahead log: {Segments} segments, {Records} records ({Applied} applied, {Skipped} already in the blob files).")]
    public static partial void Replayed(ILogger logger, int segments, int records, int applied, int skipped);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "A write-ahead log segment ends in {Bytes} bytes of a batch that was never acknowledged; they are ignored.")]
    public static partial void TornLogTail(ILogger logger, long bytes);

    [LoggerMessage(EventId = 6, Level = LogLevel.Critical, Message = "The file blob store stopped: writing its write-ahead log or applying it to the blob files failed. Every call fails until the store is reopened, which replays the log. The error: {Error} (HResult {HResult}); its message is left out as it can name a blob.")]
    public static partial void Failed(ILogger logger, string error, int hResult);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "The final checkpoint of the file blob store failed; the write-ahead log stays and is replayed when the store opens again. The error: {Error} (HResult {HResult}).")]
    public static partial void FinalCheckpointFailed(ILogger logger, string error, int hResult);
}
