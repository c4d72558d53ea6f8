using GraduateFair.Storage;

namespace GraduateFair.Runtime.Tests.TestGrains;

/// <summary>Wraps a store so tests can hold appends back, or make the store unreachable.</summary>
public sealed class ControllableBlobStore(IBlobStore inner) : IBlobStore
{
    private TaskCompletionSource? _appendGate;
    private TaskCompletionSource _appendWaiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsDown { get; set; }

    /// <summary>Only puts fail as unreachable (an outage that begins between two requests of one write).</summary>
    public bool PutsFail { get; set; }

    private int _appends;

    public int Appends => Volatile.Read(ref _appends);

    /// <summary>From now on, appends wait until <see cref="OpenGate"/>.</summary>
    public void CloseGate()
    {
        _appendWaiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _appendGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Completes when an append is held at the closed gate.</summary>
    public Task AppendWaiting => _appendWaiting.Task;

    public void OpenGate() => _appendGate?.TrySetResult();

    public Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return inner.GetAsync(name, cancellationToken);
    }

    public Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return inner.GetPropertiesAsync(name, cancellationToken);
    }

    public Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, BlobCondition condition, string contentType = BlobContentTypes.OctetStream, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        if (PutsFail)
        {
            throw new BlobStoreUnavailableException("The test made storage unreachable for puts.");
        }

        return inner.PutAsync(name, content, condition, contentType, cancellationToken);
    }

    public async Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken = default)
    {
        if (_appendGate is { } gate)
        {
            _appendWaiting.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        ThrowIfDown();
        Interlocked.Increment(ref _appends);
        return await inner.AppendAsync(name, data, expectedLength, cancellationToken);
    }

    public Task<bool> DeleteAsync(string name, BlobCondition condition = default, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return inner.DeleteAsync(name, condition, cancellationToken);
    }

    public Task<BlobPage> ListAsync(string prefix, string? continuation = null, int pageSize = 1000, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return inner.ListAsync(prefix, continuation, pageSize, cancellationToken);
    }

    public Uri? CreateReadLink(string name, TimeSpan lifetime, string? downloadFileName = null) => null;

    private void ThrowIfDown()
    {
        if (IsDown)
        {
            throw new BlobStoreUnavailableException("The test made storage unreachable.");
        }
    }
}
