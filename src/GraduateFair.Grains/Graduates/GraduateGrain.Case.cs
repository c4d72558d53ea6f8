using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Cases;

namespace GraduateFair.Grains.Graduates;

/// <summary>
/// The graduate's case (一人一档): the graduate grain owns it, so the engine's moves arrive with
/// the calls the interview queue already makes, and the case's rules (<see cref="GraduateCase"/>)
/// decide every change. Each change answers the new summary for the ledger's index; the caller
/// puts it there (this grain calls no other grain).
/// </summary>
public sealed partial class GraduateGrain
{
    public Task<CaseRecord?> GetCaseAsync() =>
        Task.FromResult(State.Case is { } graduateCase && Summary() is { } summary
            ? new CaseRecord(graduateCase, State.Profile!, State.Priority, summary)
            : null);

    public Task<CaseSummary?> GetCaseSummaryAsync() => Task.FromResult(Summary());

    public Task<CaseUpdate> RecordCaseStatusAsync(CaseStatusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Task.FromResult(Apply(c => c.Record(entry.To, entry.OrganiserId, TimeProvider.GetUtcNow(), entry.Note, entry.Employment)));
    }

    public Task<CaseUpdate> RecordCaseServiceAsync(CaseServiceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Task.FromResult(Apply(c => c.RecordService(entry.Kind, entry.Count, CaseActor.Organiser, entry.OrganiserId, TimeProvider.GetUtcNow(), entry.Note)));
    }

    public Task<CaseUpdate> RecordCaseContactAsync(DateTimeOffset at)
    {
        if (!EnsureCase())
        {
            return Task.FromResult(CaseUpdate.NoCase);
        }

        var contacted = State.Case!.RecordContact(at);
        if (contacted.LastContactAt == State.Case.LastContactAt)
        {
            return Task.FromResult(new CaseUpdate(CaseUpdateOutcome.Unchanged, null, Summary()));
        }

        RaiseEvent(new CaseContactRecorded(contacted.LastContactAt));
        return Task.FromResult(new CaseUpdate(CaseUpdateOutcome.Changed, null, Summary()));
    }

    public Task<CaseSummary?> InterviewStartedAsync(string roomId)
    {
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        return Task.FromResult(Apply(c => c.AfterInterviewStarted(roomId, TimeProvider.GetUtcNow())).Summary);
    }

    public Task<CaseSummary?> InterviewEndedAsync(string roomId, InterviewOutcome outcome)
    {
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        return Task.FromResult(Apply(c => c.AfterInterviewEnded(roomId, outcome, TimeProvider.GetUtcNow())).Summary);
    }

    private CaseUpdate Apply(Func<GraduateCase, CaseResult> change)
    {
        if (!EnsureCase())
        {
            return CaseUpdate.NoCase;
        }

        var before = State.Case!;
        var result = change(before);
        switch (result.Kind)
        {
            case CaseResultKind.Refused:
                return new CaseUpdate(CaseUpdateOutcome.Refused, result.Message, Summary());
            case CaseResultKind.Unchanged:
                return new CaseUpdate(CaseUpdateOutcome.Unchanged, null, Summary());
        }

        var after = result.Case;
        if (after.History.Count > before.History.Count)
        {
            RaiseEvent(new CaseStatusRecorded(after.History[^1], after.LastContactAt));
        }

        if (after.Services.Count > before.Services.Count)
        {
            RaiseEvent(new CaseServiceRecorded(after.Services[^1], after.LastContactAt));
        }

        return new CaseUpdate(CaseUpdateOutcome.Changed, null, Summary());
    }

    /// <summary>Opens the case of a graduate who has a profile but no case yet (stored before cases existed); false without a profile.</summary>
    private bool EnsureCase()
    {
        if (State.Case is null && State.Profile is not null)
        {
            RaiseEvent(new CaseOpened(Key, TimeProvider.GetUtcNow()));
        }

        return State.Case is not null;
    }

    private CaseSummary? Summary() =>
        State.Case is { } graduateCase && State.Profile is { } profile
            ? CaseSummary.From(Key, profile, State.Priority, graduateCase, Version)
            : null;

    private static void ApplyCase(GraduateState state, GraduateEvent change)
    {
        switch (change)
        {
            case CaseOpened opened:
                state.Case ??= GraduateCase.Open(opened.GraduateId, opened.At);
                break;
            case CaseStatusRecorded status:
                state.Case = state.Case! with { Status = status.Change.To, History = [.. state.Case.History, status.Change], LastContactAt = status.LastContactAt };
                break;
            case CaseServiceRecorded service:
                state.Case = state.Case! with { Services = [.. state.Case.Services, service.Service], LastContactAt = service.LastContactAt };
                break;
            case CaseContactRecorded contact:
                state.Case = state.Case! with { LastContactAt = contact.LastContactAt };
                break;
        }
    }
}
