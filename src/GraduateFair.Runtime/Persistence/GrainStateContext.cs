using GraduateFair.Storage;
using Microsoft.Extensions.Logging;

namespace GraduateFair.Runtime.Persistence;

/// <summary>What a grain's journal needs from its activation.</summary>
internal sealed record GrainStateContext(
    GrainId GrainId,
    IBlobStore Store,
    GrainHostOptions Options,
    DurableImage? WarmImage,
    ILogger Logger,
    Action<Exception> OnWriteFailed,
    Func<bool> HasQueuedTurns)
{
    public string SnapshotName => $"{Prefix}/snapshot";

    public string LogName(long generation) => $"{Prefix}/log-{generation:D10}";

    private string Prefix => $"{Options.StoragePrefix}/{BlobName.EscapeSegment(GrainId.Type)}/{BlobName.EscapeSegment(GrainId.Key)}";
}
