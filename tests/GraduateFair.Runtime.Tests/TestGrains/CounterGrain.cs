using GraduateFair.Runtime;

namespace GraduateFair.Runtime.Tests.TestGrains;

public sealed class CounterGrain(Notifications notifications) : JournaledGrain<CounterState, CounterEvent>, ICounterGrain
{
    private readonly string _activationId = Guid.NewGuid().ToString("N");
    private int _callsInside;

    public Task<long> AddAsync(long amount)
    {
        RaiseEvent(new Added(amount));
        return Task.FromResult(State.Total);
    }

    public Task<long> AddWhenOrderedAsync(long amount)
    {
        RaiseEvent(new Added(amount));
        ReplyWhenOrdered();
        return Task.FromResult(State.Total);
    }

    public Task AddAndNotifyAsync(long amount)
    {
        RaiseEvent(new Added(amount));
        var total = State.Total;
        AfterConfirmed(() => notifications.Confirmed.TrySetResult(total));
        return Task.CompletedTask;
    }

    public Task<CounterSnapshot> GetAsync() => Task.FromResult(new CounterSnapshot(State.Total, State.Events, _activationId, State.TimerTicks));

    public Task FailAsync(string message)
    {
        RaiseEvent(new Added(1));
        throw new InvalidOperationException(message);
    }

    public async Task<int> ExclusiveAsync()
    {
        var inside = ++_callsInside;
        await Task.Yield();
        await Task.Delay(1);
        var observed = _callsInside;
        _callsInside--;
        return Math.Max(inside, observed);
    }

    public Task StartTimerAsync(TimeSpan dueTime)
    {
        RegisterTimer(_ =>
        {
            RaiseEvent(new Ticked());
            return Task.CompletedTask;
        }, dueTime, Timeout.InfiniteTimeSpan, keepAlive: true);
        return Task.CompletedTask;
    }

    public Task<int> CallPeerAsync(string peerKey, bool callBack) =>
        callBack ? GrainFactory.GetGrain<ICounterGrain>(peerKey).CallBackAsync(Key) : Task.FromResult(0);

    public async Task<int> CallBackAsync(string callerKey)
    {
        await GrainFactory.GetGrain<ICounterGrain>(callerKey).GetAsync();
        return 1;
    }

    protected override void TransitionState(CounterState state, CounterEvent change)
    {
        state.Events++;
        switch (change)
        {
            case Added added:
                state.Total += added.Amount;
                break;
            case Ticked:
                state.TimerTicks++;
                break;
        }
    }
}
