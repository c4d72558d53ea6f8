using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Notifications;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Jobs;
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
            var eligibility = fair.Eligibility ?? EligibilityRule.DefaultFor(fair.Theme);
            RaiseEvent(new FairCreated(new FairInfo(Key, fair.Title, fair.Theme, FairStatus.Scheduled, fair.OpensAt, fair.ClosesAt, groups, fair.Description, [], fair.CreatedBy, eligibility)));
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

        await Queue(booth.BoothId).InitializeAsync(new QueueSetup(booth.BoothId, Key, booth.CompanyId, booth.CompanyName, booth.Title, fair.Status, fair.PriorityGroups, fair.Eligibility));
        RaiseEvent(new FairBoothAdded(booth));
        return new FairChange(FairTransitionKind.Changed, State.Fair);
    }

    public async Task<FairEditResult> EditAsync(FairEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (State.Fair is not { } fair)
        {
            return new FairEditResult(FairEditOutcome.Missing, null, "There is no such fair.", []);
        }

        var opensAt = edit.OpensAt ?? fair.OpensAt;
        var closesAt = edit.ClosesAt ?? fair.ClosesAt;
        var opensAtChanged = opensAt != fair.OpensAt;
        var closesAtChanged = closesAt != fair.ClosesAt;
        if (FairEdits.Conflict(fair.Status, opensAtChanged) is { } conflict)
        {
            return new FairEditResult(FairEditOutcome.Conflict, fair, conflict, []);
        }

        var errors = FairEdits.Times(opensAt, closesAt, opensAtChanged, closesAtChanged, TimeProvider.GetUtcNow());
        if (errors.Count > 0)
        {
            return new FairEditResult(FairEditOutcome.Invalid, fair, null, errors);
        }

        var title = edit.Title ?? fair.Title;
        var description = edit.Description is null ? fair.Description : TextRules.Normalize(edit.Description);
        if (title == fair.Title && description == fair.Description && !opensAtChanged && !closesAtChanged)
        {
            return new FairEditResult(FairEditOutcome.Unchanged, fair, null, []);
        }

        RaiseEvent(new FairEdited(title, description, opensAt, closesAt));
        await Directory.UpdateAsync(State.Fair!.ToSummary());
        return new FairEditResult(FairEditOutcome.Edited, State.Fair, null, [], opensAtChanged || closesAtChanged);
    }

    public Task<RegistrationResult> RegisterAsync(string graduateId)
    {
        ArgumentException.ThrowIfNullOrEmpty(graduateId);
        if (State.Fair is not { } fair)
        {
            return Task.FromResult(new RegistrationResult(RegistrationOutcome.Missing, null));
        }

        if (State.Registered.TryGetValue(graduateId, out var registeredAt))
        {
            return Task.FromResult(new RegistrationResult(RegistrationOutcome.AlreadyRegistered, registeredAt));
        }

        if (fair.Status == FairStatus.Closed)
        {
            return Task.FromResult(new RegistrationResult(RegistrationOutcome.Closed, null));
        }

        RaiseEvent(new GraduateRegistered(graduateId, TimeProvider.GetUtcNow()));
        return Task.FromResult(new RegistrationResult(RegistrationOutcome.Registered, State.Registered[graduateId]));
    }

    public Task<DateTimeOffset?> GetRegistrationAsync(string graduateId) =>
        Task.FromResult(State.Registered.TryGetValue(graduateId, out var at) ? at : (DateTimeOffset?)null);

    public Task<ReminderBatch?> GetDueReminderAsync(FairReminder reminder)
    {
        var now = TimeProvider.GetUtcNow();
        if (State.Fair is not { Status: FairStatus.Scheduled } fair
            || !ReminderSchedule.ShouldSend(reminder, fair.OpensAt, now)
            || (State.RemindersSent.TryGetValue(reminder, out var sentFor) && sentFor == fair.OpensAt))
        {
            return Task.FromResult<ReminderBatch?>(null);
        }

        var recipients = State.Registered.OrderBy(r => r.Value).Select(r => r.Key).ToList();
        return Task.FromResult<ReminderBatch?>(new ReminderBatch(Key, reminder, fair.Title, fair.OpensAt, ReminderSchedule.Text(reminder, fair.Title), recipients, now));
    }

    public Task MarkReminderSentAsync(FairReminder reminder, DateTimeOffset opensAt)
    {
        if (!State.RemindersSent.TryGetValue(reminder, out var sentFor) || sentFor != opensAt)
        {
            RaiseEvent(new FairReminderSent(reminder, opensAt, TimeProvider.GetUtcNow()));
        }

        return Task.CompletedTask;
    }

    protected override void TransitionState(FairState state, FairEvent change)
    {
        switch (change)
        {
            case FairCreated created:
                state.Fair = created.Fair;
                break;
            case FairStatusChanged status:
                state.Fair = state.Fair! with { Status = status.Status };
                break;
            case FairBoothAdded added:
                state.Fair = state.Fair! with { Booths = [.. state.Fair.Booths, added.Booth] };
                break;
            case FairEdited edited:
                state.Fair = state.Fair! with { Title = edited.Title, Description = edited.Description, OpensAt = edited.OpensAt, ClosesAt = edited.ClosesAt };
                break;
            case GraduateRegistered registered:
                state.Registered.TryAdd(registered.GraduateId, registered.At);
                break;
            case FairReminderSent sent:
                state.RemindersSent[sent.Reminder] = sent.OpensAt;
                break;
        }
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
        if (result.Status == FairStatus.Closed)
        {
            await OpenJobs.CloseFairAsync(Key);
        }

        await Directory.UpdateAsync(State.Fair!.ToSummary());
        var fairId = Key;
        AfterConfirmed(() => events.FairStatus(fairId, result.Status));
        return new FairChange(FairTransitionKind.Changed, State.Fair);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Queues learn the fair's status from the fair; a crash between the fair's change and
        // telling every queue is repaired here (telling a queue twice changes nothing). So is a
        // closed fair's jobs still listed as open.
        if (State.Fair is { Status: not FairStatus.Scheduled } fair && fair.Booths.Count > 0)
        {
            await TellBoothsAsync(fair.Status);
        }

        if (State.Fair is { Status: FairStatus.Closed })
        {
            await OpenJobs.CloseFairAsync(Key);
        }
    }

    private Task TellBoothsAsync(FairStatus status) =>
        Task.WhenAll(State.Fair!.Booths.Select(b => Queue(b.BoothId).SetFairStatusAsync(status)));

    private IInterviewQueueGrain Queue(string boothId) => GrainFactory.GetGrain<IInterviewQueueGrain>(boothId);

    private IFairDirectoryGrain Directory => GrainFactory.GetGrain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey);

    private IOpenJobsGrain OpenJobs => GrainFactory.GetGrain<IOpenJobsGrain>(OpenJobsGrain.SingletonKey);
}
