using GraduateFair.Runtime;

namespace GraduateFair.Grains.Scheduling;

public sealed class SweepLedgerGrain : JournaledGrain<SweepLedgerState, SweepLedgerEvent>, ISweepLedgerGrain
{
    public Task<DateTimeOffset> GetLastRunAsync(DateTimeOffset now)
    {
        if (State.LastRunAt is null)
        {
            RaiseEvent(new SweepRan(now));
        }

        return Task.FromResult(State.LastRunAt!.Value);
    }

    public Task RecordRunAsync(DateTimeOffset at)
    {
        if (State.LastRunAt is null || at > State.LastRunAt)
        {
            RaiseEvent(new SweepRan(at));
        }

        return Task.CompletedTask;
    }

    protected override void TransitionState(SweepLedgerState state, SweepLedgerEvent change)
    {
        if (change is SweepRan ran)
        {
            state.LastRunAt = ran.At;
        }
    }
}
