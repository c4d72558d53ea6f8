namespace GraduateFair.Storage;

/// <summary>
/// A store that makes writes durable through one ordered log (the file store's write-ahead log):
/// an append it has accepted becomes durable no later than any write it accepts afterwards, to any
/// blob. A caller can therefore act on an accepted append before it is durable, as long as what it
/// tells the outside world waits for a later write to be durable.
/// </summary>
public interface IOrderedBlobStore : IBlobStore
{
    /// <summary>
    /// As <see cref="IBlobStore.AppendAsync"/>; <paramref name="accepted"/> runs once the append has
    /// its place in the store's order, before it is durable (not at all when it is refused). It must
    /// be quick and must not throw.
    /// </summary>
    Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, Action accepted, CancellationToken cancellationToken = default);
}
