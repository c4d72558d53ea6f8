using System.Globalization;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Server.LiveSessions;
using Microsoft.Extensions.Options;
using Quartz;

namespace GraduateFair.Server.Scheduling;

/// <summary>Announces a live session to its fair's watchers, if the session says it is due now.</summary>
public sealed partial class AnnounceLiveSessionJob(IGrainFactory grains, TimeProvider clock, IOptions<LiveStreamingOptions> options, ILogger<AnnounceLiveSessionJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var sessionId = context.Text(JobData.SessionId);
        var until = DateTimeOffset.Parse(context.Text(JobData.Until), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var session = grains.GetGrain<ILiveSessionGrain>(sessionId);

        // The session decides: a trigger for a start since moved, or one firing too late, does nothing.
        if (await session.GetAsync() is { Status: LiveSessionStatus.Scheduled } info
            && LiveAnnouncement.IsDue(info.StartsAt, options.Value.AnnounceBefore, clock.GetUtcNow(), until)
            && await session.AnnounceAsync())
        {
            LogAnnounced(logger, sessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced live session {SessionId} to its fair's watchers")]
    private static partial void LogAnnounced(ILogger logger, string sessionId);
}
