namespace GraduateFair.Runtime.Persistence;

/// <summary>
/// An exact copy of what a grain has in storage, kept by its activation: the snapshot and the
/// log appended since. After a write fails because storage is unreachable, the next activation
/// of the grain starts from this image instead of storage, so reads keep working during an outage.
/// </summary>
internal sealed record DurableImage(
    byte[]? Snapshot,
    string? SnapshotETag,
    long Generation,
    IReadOnlyList<byte[]> LogAppends,
    long LogLength);
