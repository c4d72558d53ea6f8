using GraduateFair.Domain.Matching;
using GraduateFair.Grains.FollowUps;

namespace GraduateFair.Grains.Cases;

/// <summary>Follow-ups (回访) of the shard's graduates.</summary>
public sealed partial class CaseShardGrain
{
    /// <summary>How long a completed follow-up is kept.</summary>
    public static readonly TimeSpan CompletedFollowUpsKeptFor = TimeSpan.FromDays(400);

    private const int FollowUpsPerEvent = 500;

    public Task<int> CreateFollowUpsAsync(DateTimeOffset now)
    {
        var tasks = new List<FollowUpTask>();
        foreach (var (graduateId, entry) in State.Graduates)
        {
            if (entry.Summary is { } summary && entry.OpenFollowUpId is null && summary.Case.IsFollowUpDue(now))
            {
                tasks.Add(new FollowUpTask(Ids.New(GraduateShards.FollowUpPrefix(Key)), graduateId, now, summary.Case.FollowUpDueAt!.Value));
            }
        }

        var forgetBefore = now - CompletedFollowUpsKeptFor;
        var forget = State.FollowUps.Values.Any(f => f.Completion is { } c && c.At < forgetBefore);
        foreach (var chunk in tasks.Chunk(FollowUpsPerEvent))
        {
            RaiseEvent(new FollowUpsCreated(now, chunk, forget ? forgetBefore : null));
            forget = false;
        }

        if (forget)
        {
            RaiseEvent(new FollowUpsCreated(now, [], forgetBefore));
        }

        return Task.FromResult(tasks.Count);
    }

    public Task<FollowUpSlice> ListFollowUpsAsync(FollowUpQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var items = new List<FollowUpView>();
        foreach (var task in State.FollowUps.Values)
        {
            if ((query.Open is { } open && task.IsOpen != open)
                || ViewOf(task) is not { } view
                || (query.City is { } city && !JobMatching.SameCity(view.City, city)))
            {
                continue;
            }

            items.Add(view);
        }

        items.Sort(FollowUpOrder);
        return Task.FromResult(new FollowUpSlice(items.Count, items.Count <= query.Take ? items : items[..query.Take]));
    }

    public Task<FollowUpView?> GetFollowUpAsync(string followUpId) =>
        Task.FromResult(State.FollowUps.TryGetValue(followUpId, out var task) ? ViewOf(task) : null);

    public Task<FollowUpCompleteResult> CompleteFollowUpAsync(string followUpId, FollowUpCompletion completion, CaseSummary? summary)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (!State.FollowUps.TryGetValue(followUpId, out var task))
        {
            return Task.FromResult(new FollowUpCompleteResult(FollowUpCompleteOutcome.Missing, null));
        }

        if (!task.IsOpen)
        {
            return Task.FromResult(new FollowUpCompleteResult(FollowUpCompleteOutcome.AlreadyCompleted, task));
        }

        RaiseEvent(new FollowUpCompleted(followUpId, completion));
        if (summary is not null)
        {
            Upsert(summary);
        }

        return Task.FromResult(new FollowUpCompleteResult(FollowUpCompleteOutcome.Completed, State.FollowUps[followUpId]));
    }

    /// <summary>Earliest due first, then by id: the order of every follow-up list.</summary>
    public static int FollowUpOrder(FollowUpView a, FollowUpView b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byDue = a.Task.DueAt.CompareTo(b.Task.DueAt);
        return byDue != 0 ? byDue : string.CompareOrdinal(a.Task.FollowUpId, b.Task.FollowUpId);
    }

    private FollowUpView? ViewOf(FollowUpTask task) =>
        State.Graduates.GetValueOrDefault(task.GraduateId)?.Summary is { } summary
            ? new FollowUpView(task, summary.FullName, summary.City, summary.Case.Status, summary.InPriorityGroup, summary.Case.LastContactAt)
            : null;

    private static void ApplyFollowUpsCreated(CaseShardState state, FollowUpsCreated created)
    {
        if (created.ForgetCompletedBefore is { } before)
        {
            foreach (var old in state.FollowUps.Values.Where(f => f.Completion is { } c && c.At < before).ToList())
            {
                state.FollowUps.Remove(old.FollowUpId);
            }
        }

        foreach (var task in created.Tasks)
        {
            state.FollowUps[task.FollowUpId] = task;
            state.EntryOf(task.GraduateId).OpenFollowUpId = task.FollowUpId;
        }
    }

    private static void ApplyFollowUpCompleted(CaseShardState state, FollowUpCompleted completed)
    {
        var task = state.FollowUps[completed.FollowUpId] with { Completion = completed.Completion };
        state.FollowUps[task.FollowUpId] = task;
        var entry = state.EntryOf(task.GraduateId);
        if (entry.OpenFollowUpId == task.FollowUpId)
        {
            entry.OpenFollowUpId = null;
        }
    }
}
