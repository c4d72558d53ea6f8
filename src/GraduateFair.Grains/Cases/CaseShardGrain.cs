using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Matching;
using GraduateFair.Domain.Reports;
using GraduateFair.Grains.Pushes;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Cases;

/// <summary>The case ledger's index over one shard of graduates; pushes and follow-ups are in the other parts of this class.</summary>
public sealed partial class CaseShardGrain(JobIndexCache jobIndexes) : JournaledGrain<CaseShardState, CaseShardEvent>, ICaseShardGrain
{
    public Task UpsertAsync(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Upsert(summary);
        return Task.CompletedTask;
    }

    public Task<CaseSlice> ListAsync(CaseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var items = new List<CaseListItem>();
        foreach (var entry in State.Graduates.Values)
        {
            if (entry.Summary is not { } summary
                || (query.Status is { } status && summary.Case.Status != status)
                || (query.Priority is { } priority && summary.InPriorityGroup != priority)
                || (query.City is { } city && !JobMatching.SameCity(summary.City, city)))
            {
                continue;
            }

            var services = entry.ServicesWithPushes();
            if (query.Lacking is { } lacking && !lacking.Matches(services))
            {
                continue;
            }

            items.Add(ItemOf(summary, entry, services));
        }

        items.Sort(ListOrder);
        return Task.FromResult(new CaseSlice(items.Count, items.Count <= query.Take ? items : items[..query.Take]));
    }

    public Task<ShardCaseView?> GetAsync(string graduateId)
    {
        if (!State.Graduates.TryGetValue(graduateId, out var entry))
        {
            return Task.FromResult<ShardCaseView?>(null);
        }

        var followUps = State.FollowUps.Values.Where(f => f.GraduateId == graduateId).OrderBy(f => f.CreatedAt).ToList();
        return Task.FromResult<ShardCaseView?>(new ShardCaseView(entry.Summary, entry.ServicesWithPushes(), entry.RecommendationsPushed, [.. entry.Pushed], followUps));
    }

    public Task<IReadOnlyList<SupervisionEntry>> ListSupervisionAsync(DateTimeOffset before, string? city)
    {
        var entries = new List<SupervisionEntry>();
        foreach (var entry in State.Graduates.Values)
        {
            if (entry.Summary is not { } summary
                || (city is not null && !JobMatching.SameCity(summary.City, city))
                || summary.Case.AsOf(before) is not { } asOf)
            {
                continue;
            }

            var pushed = entry.Recommendations.Where(r => r.At < before).Sum(r => r.Count);
            var counted = SupervisionCase.From(asOf, summary.InPriorityGroup);
            entries.Add(new SupervisionEntry(summary.City.Trim(), counted with { Services = counted.Services.Add(ServiceKind.Recommendation, pushed) }));
        }

        return Task.FromResult<IReadOnlyList<SupervisionEntry>>(entries);
    }

    /// <summary>Longest without contact first, then by graduate id: the order of every case list.</summary>
    public static int ListOrder(CaseListItem a, CaseListItem b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byQuiet = a.QuietSince.CompareTo(b.QuietSince);
        return byQuiet != 0 ? byQuiet : string.CompareOrdinal(a.GraduateId, b.GraduateId);
    }

    protected override void TransitionState(CaseShardState state, CaseShardEvent change)
    {
        switch (change)
        {
            case CaseSummaryUpserted upserted:
                state.EntryOf(upserted.Summary.GraduateId).Summary = upserted.Summary;
                break;
            case JobsPushed pushed:
                ApplyPushed(state, pushed);
                break;
            case PushesRetired retired:
                ApplyRetired(state, retired);
                break;
            case FollowUpsCreated created:
                ApplyFollowUpsCreated(state, created);
                break;
            case FollowUpCompleted completed:
                ApplyFollowUpCompleted(state, completed);
                break;
        }
    }

    private void Upsert(CaseSummary summary)
    {
        var current = State.Graduates.GetValueOrDefault(summary.GraduateId)?.Summary;
        if (current is not null && current.Version >= summary.Version)
        {
            return;
        }

        RaiseEvent(new CaseSummaryUpserted(summary));
        if (current is { InPriorityGroup: true } && !summary.InPriorityGroup)
        {
            // Consent withdrawn: older events still say the graduate was in a priority group
            // (their summaries, the priority pass of pushes). Rewrite history without them.
            CompactJournal();
        }
    }

    private static CaseListItem ItemOf(CaseSummary summary, CaseShardEntry entry, ServiceCounts services) => new(
        summary.GraduateId,
        summary.FullName,
        summary.University,
        summary.City,
        summary.Discipline,
        summary.Degree,
        summary.GraduationYear,
        summary.Case.Status,
        summary.InPriorityGroup,
        services,
        services.Lacking(),
        summary.Case.OpenedAt,
        summary.Case.LastContactAt,
        summary.Case.FollowUpDueAt,
        entry.OpenFollowUpId);
}
