using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// The file store's log messages. Blob names are left out on purpose: they can hold escaped
/// personal data (an email address as a segment).
/// </summary>
internal static partial class FileSystemBlobStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "File blob store opened at {Root}; removed {TempFiles} temporary files left by interrupted writes.")]
    public static partial void Opened(ILogger logger, string root, int tempFiles);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "An append blob ends in {Bytes} bytes of an interrupted append; they are not part of the blob and are cut off before its next append.")]
    public static partial void TornTail(ILogger logger, long bytes);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "A blob file is shorter than its header (an interrupted creation); the blob is treated as missing.")]
    public static partial void TruncatedHeader(ILogger logger);
}
