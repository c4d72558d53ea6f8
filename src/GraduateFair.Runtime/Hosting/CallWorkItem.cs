namespace GraduateFair.Runtime.Hosting;

/// <summary>A call on a grain interface method; its reply waits until what the turn saw is durable (or ordered, when the turn asked).</summary>
internal sealed class CallWorkItem<TResult>(GrainId grain, string method, Func<object, object?[], Task<TResult>> invoker, object?[] arguments, PendingCalls pending) : PendingCall
{
    private readonly TaskCompletionSource<TResult> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Method { get; } = method;

    public Task<TResult> Reply => _reply.Task;

    public override bool CanRedispatch => true;

    public override async Task ExecuteAsync(Activation activation)
    {
        activation.MarkActive();
        TResult result;
        try
        {
            result = await invoker(activation.Instance, arguments).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            activation.EndTurn();
            Fail(exception);
            return;
        }

        activation.EndTurn(failure =>
        {
            pending.Remove(this);
            if (failure is null)
            {
                _reply.TrySetResult(result);
            }
            else
            {
                _reply.TrySetException(failure);
            }
        });
    }

    public override void Fail(Exception exception)
    {
        pending.Remove(this);
        _reply.TrySetException(exception);
    }

    public override void TimeOut(TimeSpan timeout) =>
        _reply.TrySetException(new TimeoutException($"{Method} on {grain} got no answer within {timeout}."));
}
