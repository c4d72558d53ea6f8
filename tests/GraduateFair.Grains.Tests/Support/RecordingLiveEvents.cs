using GraduateFair.Grains.Booths;
using GraduateFair.Grains.LiveSessions;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>One host's <see cref="ILiveEvents"/>: records into the shared log while the host lives.</summary>
internal sealed class RecordingLiveEvents(FairEventLog log, HostLife life) : ILiveEvents
{
    public void LiveStatus(LiveStatusNotice notice) => Record(new LiveStatusRecord(notice));

    public void LiveSessionStarting(LiveSessionStartingNotice notice) => Record(new LiveStartingRecord(notice));

    public void PinnedJob(string sessionId, JobInfo job) => Record(new PinnedJobRecord(sessionId, job));

    public void UnpinnedJob(string sessionId, string jobId) => Record(new UnpinnedJobRecord(sessionId, jobId));

    private void Record(FairEventRecord record)
    {
        if (life.IsAlive)
        {
            log.Record(record);
        }
    }
}
