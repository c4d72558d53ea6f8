using GraduateFair.Domain.Cases;

namespace GraduateFair.Grains.FollowUps;

/// <summary>A follow-up with what an organiser needs to make the call.</summary>
public sealed record FollowUpView(FollowUpTask Task, string FullName, string City, CaseStatus Status, bool InPriorityGroup, DateTimeOffset? LastContactAt);
