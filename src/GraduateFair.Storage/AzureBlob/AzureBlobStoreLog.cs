using Microsoft.Extensions.Logging;

namespace GraduateFair.Storage.AzureBlob;

/// <summary>Log messages of the Azure Blob store. Blob names are not logged: they may carry user ids.</summary>
internal static partial class AzureBlobStoreLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Azure Blob {Operation}: attempt {Attempt} of {MaxAttempts} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void RetryingAfterTransientFailure(ILogger logger, string operation, int attempt, int maxAttempts, string reason, long delayMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Azure Blob {Operation}: unavailable after {Attempts} attempts ({Reason})")]
    public static partial void Unavailable(ILogger logger, string operation, int attempts, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Azure Blob container {Container} ready ({Outcome})")]
    public static partial void ContainerReady(ILogger logger, string container, string outcome);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Azure Blob {Operation}: a retried write had already been applied by an earlier attempt")]
    public static partial void EarlierAttemptApplied(ILogger logger, string operation);
}
