using GraduateFair.Domain.Matching;
using GraduateFair.Grains.Pushes;

namespace GraduateFair.Grains.Cases;

/// <summary>Job pushes over the shard's graduates: picks by <see cref="JobIndex"/>, stored in a few large events.</summary>
public sealed partial class CaseShardGrain
{
    /// <summary>Graduates per <see cref="JobsPushed"/> event: keeps one event far below an append's limit.</summary>
    public const int GraduatesPerPushEvent = 250;

    public Task<PushTally> PushAsync(PushRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var (index, openIds) = jobIndexes.For(round.Jobs);
        var pushes = new List<GraduatePush>();
        var jobs = 0;
        foreach (var (graduateId, entry) in State.Graduates)
        {
            if (entry.Summary is not { } summary || summary.InPriorityGroup != round.PriorityGroup || !JobPush.AppliesTo(summary.Case.Status))
            {
                continue;
            }

            var profile = summary.ToMatchProfile();
            if (round.ForNewJob is { } job && JobMatching.Evaluate(profile, job) is null)
            {
                continue;
            }

            var picks = index.Pick(profile, entry.PushedIds);
            if (picks.Count > 0)
            {
                pushes.Add(new GraduatePush(graduateId, picks));
                jobs += picks.Count;
            }
        }

        foreach (var chunk in pushes.Chunk(GraduatesPerPushEvent))
        {
            RaiseEvent(new JobsPushed(round.PushId, round.At, chunk));
        }

        if (round.ForNewJob is null)
        {
            List<string> retired = [.. State.Graduates.Values.SelectMany(e => e.Pushed).Select(p => p.Match.JobId).Where(id => !openIds.Contains(id)).Distinct(StringComparer.Ordinal)];
            if (retired.Count > 0)
            {
                RaiseEvent(new PushesRetired(retired));
            }
        }

        return Task.FromResult(new PushTally(pushes.Count, jobs));
    }

    private static void ApplyPushed(CaseShardState state, JobsPushed pushed)
    {
        foreach (var push in pushed.Pushes)
        {
            var entry = state.EntryOf(push.GraduateId);
            foreach (var match in push.Jobs)
            {
                entry.AddPushed(new PushedJob(match, pushed.At, pushed.PushId));
            }

            entry.CountRecommendations(pushed.At, push.Jobs.Count);
        }
    }

    private static void ApplyRetired(CaseShardState state, PushesRetired retired)
    {
        var ids = retired.JobIds.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in state.Graduates.Values)
        {
            entry.ForgetPushed(ids);
        }
    }
}
