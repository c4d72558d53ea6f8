namespace GraduateFair.Grains.FollowUps;

/// <summary>A follow-up (回访) of a graduate not contacted for 30 days, open until an organiser completes it.</summary>
/// <param name="DueAt">When the follow-up fell due (30 days after the last contact, or after the case opened).</param>
public sealed record FollowUpTask(string FollowUpId, string GraduateId, DateTimeOffset CreatedAt, DateTimeOffset DueAt, FollowUpCompletion? Completion = null)
{
    public bool IsOpen => Completion is null;
}
