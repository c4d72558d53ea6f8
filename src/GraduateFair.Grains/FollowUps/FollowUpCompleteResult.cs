namespace GraduateFair.Grains.FollowUps;

public sealed record FollowUpCompleteResult(FollowUpCompleteOutcome Outcome, FollowUpTask? Task);
