namespace GraduateFair.Grains.LiveSessions;

public sealed record PublishResult(PublishOutcome Outcome)
{
    /// <summary>Whether nginx may take the stream.</summary>
    public bool Accepted => Outcome is PublishOutcome.WentLive or PublishOutcome.Reconnected;
}
