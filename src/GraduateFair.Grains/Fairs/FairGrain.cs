using GraduateFair.Domain.Fairs;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Fairs;

public sealed class FairGrain(IFairEvents events) : JournaledGrain<FairState, FairEvent>, IFairGrain
{
    public async Task<FairInfo> CreateAsync(NewFair fair)
    {
        ArgumentNullException.ThrowIfNull(fair);
        if (State.Fair is null)
        {
            var groups = FairPriorityGroups.For(fair.Theme, fair.PriorityGroups);
            RaiseEvent(new FairCreated(new FairInfo(Key, fair.Title, fair.Theme, FairStatus.Scheduled, fair.OpensAt, fair.ClosesAt, groups, fair.Description, [], fair.CreatedBy)));
            await Directory.UpdateAsync(State.Fair!.ToSummary());
        }

        return State.Fair!;
    }

    public Task<FairInfo?> GetAsync() => Task.FromResult(State.Fair);

    public Task<FairChange> OpenAsync() => ChangeStatusAsync(FairLifecycle.Open);

    public Task<FairChange> CloseAsync() => ChangeStatusAsync(FairLifecycle.Close);

    public async Task<FairChange> AddBoothAsync(FairBooth booth)
    {
        ArgumentNullException.ThrowIfNull(booth);
        if (State.Fair is not { } fair)
        {
            return FairChange.Missing;
        }

        if (fair.Booths.Any(b => b.BoothId == booth.BoothId))
        {
            return new FairChange(FairTransitionKind.Unchanged, fair);
        }

        if (fair.Status == FairStatus.Closed)
        {
            return new FairChange(FairTransitionKind.Conflict, fair, "The fair is closed: no more booths can open in it.");
        }

        await Queue(booth.BoothId).InitializeAsync(new QueueSetup(booth.BoothId, Key, booth.CompanyId, booth.CompanyName, booth.Title, fair.Status, fair.PriorityGroups));
        RaiseEvent(new FairBoothAdded(booth));
        return new FairChange(FairTransitionKind.Changed, State.Fair);
    }

    protected override void TransitionState(FairState state, FairEvent change)
    {
        state.Fair = change switch
        {
            FairCreated created => created.Fair,
            FairStatusChanged status => state.Fair! with { Status = status.Status },
            FairBoothAdded added => state.Fair! with { Booths = [.. state.Fair.Booths, added.Booth] },
            _ => state.Fair,
        };
    }

    private async Task<FairChange> ChangeStatusAsync(Func<FairStatus, FairTransition> transition)
    {
        if (State.Fair is not { } fair)
        {
            return FairChange.Missing;
        }

        var result = transition(fair.Status);
        if (result.Kind != FairTransitionKind.Changed)
        {
            return new FairChange(result.Kind, fair, result.Message);
        }

        // The fair's own record first: once it says closed, nothing new starts, and the queues
        // are told next (a restart in between tells them again: see OnActivateAsync).
        RaiseEvent(new FairStatusChanged(result.Status, TimeProvider.GetUtcNow()));
        await ConfirmEventsAsync();
        await TellBoothsAsync(result.Status);
        await Directory.UpdateAsync(State.Fair!.ToSummary());
        var fairId = Key;
        AfterConfirmed(() => events.FairStatus(fairId, result.Status));
        return new FairChange(FairTransitionKind.Changed, State.Fair);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Queues learn the fair's status from the fair; a crash between the fair's change and
        // telling every queue is repaired here (telling a queue twice changes nothing).
        if (State.Fair is { Status: not FairStatus.Scheduled } fair && fair.Booths.Count > 0)
        {
            await TellBoothsAsync(fair.Status);
        }
    }

    private Task TellBoothsAsync(FairStatus status) =>
        Task.WhenAll(State.Fair!.Booths.Select(b => Queue(b.BoothId).SetFairStatusAsync(status)));

    private IInterviewQueueGrain Queue(string boothId) => GrainFactory.GetGrain<IInterviewQueueGrain>(boothId);

    private IFairDirectoryGrain Directory => GrainFactory.GetGrain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey);
}
