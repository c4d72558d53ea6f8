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
    private string? _prefix;
    private KeptLogName? _logName;

    public string SnapshotName => $"{Prefix}/snapshot";

    /// <summary>The log blob of a generation (the current one is asked for on every append, so it is kept).</summary>
    public string LogName(long generation)
    {
        if (_logName is { } kept && kept.Generation == generation)
        {
            return kept.Name;
        }

        var name = $"{Prefix}/log-{generation:D10}";
        _logName = new KeptLogName(generation, name);
        return name;
    }

    private string Prefix => _prefix ??= $"{Options.StoragePrefix}/{BlobName.EscapeSegment(GrainId.Type)}/{BlobName.EscapeSegment(GrainId.Key)}";

    private sealed record KeptLogName(long Generation, string Name);
}
