namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// Announces scheduled live sessions to their fair's watchers a while before they start
/// (<see cref="LiveStreamingOptions.AnnounceBefore"/>). The session grain is the source of truth
/// (announcing twice does nothing), so a schedule may fire late or more than once.
/// </summary>
public interface ILiveAnnouncementSchedule
{
    void Schedule(string sessionId, DateTimeOffset startsAt);
}
