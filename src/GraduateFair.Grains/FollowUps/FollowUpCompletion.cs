using GraduateFair.Domain.FollowUps;

namespace GraduateFair.Grains.FollowUps;

/// <summary>How an organiser completed a follow-up.</summary>
public sealed record FollowUpCompletion(DateTimeOffset At, string OrganiserId, FollowUpChannel Channel, string? Note);
