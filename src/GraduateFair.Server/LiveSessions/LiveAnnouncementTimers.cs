using System.Collections.Concurrent;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.LiveSessions;

/// <summary>
/// Announcements on in-process timers (<see cref="TimeProvider"/>), rebuilt from the fairs' session
/// listings at start-up: a stand-in until the Quartz scheduler takes them over, behind
/// <see cref="ILiveAnnouncementSchedule"/>. Misfires are deliberate: an announcement whose time
/// passed while the server was down is made at start-up if the session has still not started.
/// At start-up it also wakes live sessions, so one whose encoder stopped ends after its grace.
/// </summary>
public sealed partial class LiveAnnouncementTimers(
    IGrainFactory grains, TimeProvider clock, IOptions<LiveStreamingOptions> options, ILogger<LiveAnnouncementTimers> logger) : ILiveAnnouncementSchedule, IHostedService, IDisposable
{
    /// <summary>Timers further out than this are re-armed when they fire (system timers cannot wait much over 49 days).</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, ITimer> _timers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    public void Schedule(string sessionId, DateTimeOffset startsAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var announceAt = startsAt - options.Value.AnnounceBefore;
        var wait = announceAt - clock.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            Forget(sessionId);
            _ = AnnounceAsync(sessionId);
            return;
        }

        var timer = clock.CreateTimer(_ => Fire(sessionId, startsAt), null, wait < LongestWait ? wait : LongestWait, Timeout.InfiniteTimeSpan);
        if (_timers.TryGetValue(sessionId, out var old))
        {
            old.Dispose();
        }

        _timers[sessionId] = timer;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var fairs = await grains.GetGrain<IFairDirectoryGrain>(FairDirectoryGrain.SingletonKey).ListAsync();
        var scheduled = 0;
        var live = 0;
        foreach (var fair in fairs)
        {
            foreach (var session in await grains.GetGrain<ILiveSessionDirectoryGrain>(fair.FairId).ListAsync())
            {
                if (session is { Status: LiveSessionStatus.Scheduled, Announced: false })
                {
                    Schedule(session.SessionId, session.StartsAt);
                    scheduled++;
                }
                else if (session.Status == LiveSessionStatus.Live)
                {
                    await grains.GetGrain<ILiveSessionGrain>(session.SessionId).GetAsync();
                    live++;
                }
            }
        }

        LogRebuilt(logger, scheduled, live);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        foreach (var sessionId in _timers.Keys)
        {
            Forget(sessionId);
        }
    }

    public void Dispose()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _stopping.Dispose();
    }

    private void Fire(string sessionId, DateTimeOffset startsAt)
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        if (startsAt - options.Value.AnnounceBefore > clock.GetUtcNow())
        {
            Schedule(sessionId, startsAt);
            return;
        }

        Forget(sessionId);
        _ = AnnounceAsync(sessionId);
    }

    private void Forget(string sessionId)
    {
        if (_timers.TryRemove(sessionId, out var timer))
        {
            timer.Dispose();
        }
    }

    private async Task AnnounceAsync(string sessionId)
    {
        try
        {
            if (await grains.GetGrain<ILiveSessionGrain>(sessionId).AnnounceAsync())
            {
                LogAnnounced(logger, sessionId);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogAnnounceFailed(logger, exception, sessionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live sessions at start-up: {Scheduled} announcements scheduled, {Live} live sessions woken")]
    private static partial void LogRebuilt(ILogger logger, int scheduled, int live);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced live session {SessionId} to its fair's watchers")]
    private static partial void LogAnnounced(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Announcing live session {SessionId} failed")]
    private static partial void LogAnnounceFailed(ILogger logger, Exception exception, string sessionId);
}
