using GraduateFair.Domain.Cases;
using GraduateFair.Grains.FollowUps;
using GraduateFair.Grains.Pushes;

namespace GraduateFair.Grains.Cases;

/// <summary>What a shard holds of one graduate besides the case: the jobs pushed (still open), the recommendations counted, and the follow-ups.</summary>
public sealed record ShardCaseView(CaseSummary? Summary, ServiceCounts Services, int RecommendationsPushed, IReadOnlyList<PushedJob> Pushed, IReadOnlyList<FollowUpTask> FollowUps);
