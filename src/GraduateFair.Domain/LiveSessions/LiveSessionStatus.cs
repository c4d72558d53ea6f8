namespace GraduateFair.Domain.LiveSessions;

/// <summary>Where a live session (直播带岗) is: scheduled → live → ended. It follows the stream.</summary>
public enum LiveSessionStatus
{
    Scheduled,
    Live,
    Ended,
}
