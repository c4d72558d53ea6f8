namespace GraduateFair.Grains.FollowUps;

public enum FollowUpCompleteOutcome
{
    Completed,
    AlreadyCompleted,
    Missing,
}
