using GraduateFair.Grains.Booths;

namespace GraduateFair.Grains.LiveSessions;

/// <summary>Tells nobody: for hosts without real-time clients.</summary>
public sealed class NoLiveEvents : ILiveEvents
{
    public void LiveStatus(LiveStatusNotice notice)
    {
    }

    public void LiveSessionStarting(LiveSessionStartingNotice notice)
    {
    }

    public void PinnedJob(string sessionId, JobInfo job)
    {
    }

    public void UnpinnedJob(string sessionId, string jobId)
    {
    }
}
