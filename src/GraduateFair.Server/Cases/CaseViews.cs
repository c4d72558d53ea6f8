using GraduateFair.Domain.Cases;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.FollowUps;
using GraduateFair.Grains.Graduates;
using GraduateFair.Runtime;
using GraduateFair.Server.FollowUps;

namespace GraduateFair.Server.Cases;

/// <summary>Builds case answers from the graduate grain (the full case) and their shard (pushes, follow-ups).</summary>
public static class CaseViews
{
    /// <summary>The graduate's case, or null when they have none (no profile yet, or no such graduate).</summary>
    public static async Task<CaseResponse?> LoadAsync(IGrainFactory grains, string graduateId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (await grains.GetGrain<IGraduateGrain>(graduateId).GetCaseAsync() is not { } record)
        {
            return null;
        }

        // Also heals an index entry a crash left behind (nothing is written when it is current).
        var shard = grains.ShardOf(graduateId);
        await shard.UpsertAsync(record.Summary);
        var held = await shard.GetAsync(graduateId);
        var pushed = held?.RecommendationsPushed ?? 0;
        var c = record.Case;
        var services = c.ServiceCounts.Add(ServiceKind.Recommendation, pushed);
        var profile = record.Profile;
        var followUps = (held?.FollowUps ?? [])
            .Select(task => FollowUpResponse.From(new FollowUpView(task, profile.FullName, profile.City, c.Status, record.Summary.InPriorityGroup, c.LastContactAt)))
            .ToList();
        return new CaseResponse(
            graduateId,
            profile.FullName,
            profile.University,
            profile.Discipline,
            profile.Degree,
            profile.GraduationYear,
            profile.City,
            c.Status,
            c.OpenedAt,
            c.LastContactAt,
            c.FollowUpDueAt,
            c.Employment,
            record.Priority.Groups,
            services,
            services.Lacking(),
            pushed,
            c.History,
            c.Services,
            followUps);
    }

    public static CaseListItemResponse ToResponse(this CaseListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.GraduateId, item.FullName, item.University, item.City, item.Discipline, item.Degree, item.GraduationYear, item.Status,
            item.InPriorityGroup, item.Services, item.Lacking, item.OpenedAt, item.LastContactAt, item.FollowUpDueAt, item.OpenFollowUpId);
    }
}
