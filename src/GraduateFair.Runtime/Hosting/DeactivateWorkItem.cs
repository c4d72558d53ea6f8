namespace GraduateFair.Runtime.Hosting;

/// <summary>The last turn of an activation.</summary>
internal sealed class DeactivateWorkItem(DeactivationReason reason) : WorkItem
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DeactivationReason Reason { get; } = reason;

    /// <summary>Completes when the activation is gone (or decided to stay).</summary>
    public Task Done => _done.Task;

    public override async Task ExecuteAsync(Activation activation)
    {
        try
        {
            await activation.DeactivateAsync(Reason).ConfigureAwait(false);
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    public override void Fail(Exception exception) => _done.TrySetResult();
}
