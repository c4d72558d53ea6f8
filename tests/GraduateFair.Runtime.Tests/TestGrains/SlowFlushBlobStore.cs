using GraduateFair.Storage;

namespace GraduateFair.Runtime.Tests.TestGrains;

/// <summary>
/// An ordered store (like the file store's write-ahead log) whose appends are accepted at once and,
/// while the test holds flushes, become durable only when it releases them.
/// </summary>
public sealed class SlowFlushBlobStore(IBlobStore inner) : IOrderedBlobStore
{
    private TaskCompletionSource? _flush;

    public void HoldFlushes() => _flush = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseFlushes() => _flush?.TrySetResult();

    public Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken = default) =>
        AppendAsync(name, data, expectedLength, () => { }, cancellationToken);

    public async Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, Action accepted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var result = await inner.AppendAsync(name, data, expectedLength, cancellationToken);
        accepted();
        if (_flush is { } flush)
        {
            await flush.Task.WaitAsync(cancellationToken);
        }

        return result;
    }

    public Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default) => inner.GetAsync(name, cancellationToken);

    public Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default) => inner.GetPropertiesAsync(name, cancellationToken);

    public Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, BlobCondition condition, string contentType = BlobContentTypes.OctetStream, CancellationToken cancellationToken = default) =>
        inner.PutAsync(name, content, condition, contentType, cancellationToken);

    public Task<bool> DeleteAsync(string name, BlobCondition condition = default, CancellationToken cancellationToken = default) => inner.DeleteAsync(name, condition, cancellationToken);

    public Task<BlobPage> ListAsync(string prefix, string? continuation = null, int pageSize = 1000, CancellationToken cancellationToken = default) =>
        inner.ListAsync(prefix, continuation, pageSize, cancellationToken);

    public Uri? CreateReadLink(string name, TimeSpan lifetime, string? downloadFileName = null) => null;
}
