using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.Booths;
using GraduateFair.Runtime;
using Microsoft.Extensions.Options;

namespace GraduateFair.Grains.LiveSessions;

public sealed class LiveSessionGrain(ILiveEvents events, IOptions<LiveSessionOptions> options) : JournaledGrain<LiveSessionState, LiveSessionEvent>, ILiveSessionGrain
{
    /// <summary>The most job cards pinned at once.</summary>
    public const int MaxPinned = 10;

    /// <summary>How many of the latest chat messages a viewer who arrives sees.</summary>
    public const int RecentChatCount = 50;

    /// <summary>Chat messages are counted durably this often (a crash loses at most this much of the count).</summary>
    public static readonly TimeSpan ChatCountInterval = TimeSpan.FromSeconds(10);

    private readonly LinkedList<LiveChatMessage> _recentChat = new();
    private IDisposable? _graceTimer;
    private IDisposable? _chatCountTimer;
    private long _uncountedChat;

    private LiveSessionInfo Session => State.Session!;

    private ILiveSessionDirectoryGrain Directory => GrainFactory.GetGrain<ILiveSessionDirectoryGrain>(Session.FairId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The grace deadline is in state, its timer is not: a deadline that passed while the
        // session was not in memory (a restart) ends the session now.
        if (State.Session is { Status: LiveSessionStatus.Live } && State.PublisherLeftAt is { } leftAt)
        {
            await WaitForReconnectAsync(leftAt);
        }
    }

    public async Task<LiveSessionInfo> CreateAsync(NewLiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (State.Session is null)
        {
            var info = new LiveSessionInfo(
                Key, session.BoothId, session.FairId, session.CompanyId, session.CompanyName, session.Title, session.StartsAt, session.ExternalHlsUrl,
                LiveSessionStatus.Scheduled, null, null, null, [], TimeProvider.GetUtcNow(), session.CreatedBy);
            RaiseEvent(new LiveSessionCreated(info, info.IsRtmp ? StreamKeys.New(Key) : null));
            await ListAsync();
        }

        return Session;
    }

    public Task<LiveSessionInfo?> GetAsync() => Task.FromResult(State.Session);

    public Task<string?> GetStreamKeyAsync() => Task.FromResult(State.StreamKey);

    public Task<LiveChange> RotateKeyAsync()
    {
        if (State.Session is null)
        {
            return Task.FromResult(LiveChange.Missing);
        }

        if (!Session.IsRtmp)
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Conflict, Session, "This session shows a stream produced elsewhere: it has no stream key."));
        }

        if (Session.Status == LiveSessionStatus.Ended)
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Conflict, Session, "This session has ended: its key publishes nothing any more."));
        }

        RaiseEvent(new StreamKeyRotated(StreamKeys.New(Key), TimeProvider.GetUtcNow()));
        return Task.FromResult(new LiveChange(LiveChangeKind.Changed, Session));
    }

    public async Task<PublishResult> PublishAsync(string streamKey, string publisherId)
    {
        ArgumentException.ThrowIfNullOrEmpty(publisherId);
        if (State.Session is null)
        {
            return new PublishResult(PublishOutcome.NoSuchSession);
        }

        if (!Session.IsRtmp)
        {
            return new PublishResult(PublishOutcome.NotRtmp);
        }

        if (!StreamKeys.Matches(State.StreamKey, streamKey))
        {
            return new PublishResult(PublishOutcome.WrongKey);
        }

        switch (Session.Status)
        {
            case LiveSessionStatus.Scheduled:
                RaiseEvent(new LiveSessionWentLive(TimeProvider.GetUtcNow(), publisherId));
                TellStatus();
                await ListAsync();
                return new PublishResult(PublishOutcome.WentLive);
            case LiveSessionStatus.Live:
                CancelGraceTimer();
                RaiseEvent(new PublisherReconnected(publisherId, TimeProvider.GetUtcNow()));
                return new PublishResult(PublishOutcome.Reconnected);
            default:
                return new PublishResult(PublishOutcome.Ended);
        }
    }

    public async Task<bool> PublishDoneAsync(string publisherId)
    {
        if (State.Session is not { Status: LiveSessionStatus.Live } || State.PublisherId != publisherId || State.PublisherLeftAt is not null)
        {
            return false;
        }

        var now = TimeProvider.GetUtcNow();
        RaiseEvent(new PublisherLeft(now));
        await WaitForReconnectAsync(now);
        return true;
    }

    public async Task<LiveChange> StartAsync()
    {
        if (State.Session is null)
        {
            return LiveChange.Missing;
        }

        if (Session.IsRtmp)
        {
            return new LiveChange(LiveChangeKind.Conflict, Session, "This session goes live when your encoder starts streaming to the RTMP ingest with the session's key.");
        }

        if (Session.Status != LiveSessionStatus.Scheduled)
        {
            return Session.Status == LiveSessionStatus.Live
                ? new LiveChange(LiveChangeKind.Unchanged, Session)
                : new LiveChange(LiveChangeKind.Conflict, Session, "This session has ended.");
        }

        RaiseEvent(new LiveSessionWentLive(TimeProvider.GetUtcNow(), null));
        TellStatus();
        await ListAsync();
        return new LiveChange(LiveChangeKind.Changed, Session);
    }

    public async Task<LiveChange> EndAsync()
    {
        if (State.Session is null)
        {
            return LiveChange.Missing;
        }

        if (Session.Status == LiveSessionStatus.Ended)
        {
            return new LiveChange(LiveChangeKind.Unchanged, Session);
        }

        await EndNowAsync();
        return new LiveChange(LiveChangeKind.Changed, Session);
    }

    public async Task<LiveChange> RescheduleAsync(DateTimeOffset startsAt)
    {
        if (State.Session is null)
        {
            return LiveChange.Missing;
        }

        if (Session.Status != LiveSessionStatus.Scheduled)
        {
            return new LiveChange(LiveChangeKind.Conflict, Session, "Only a session that has not started can be moved to another time.");
        }

        if (Session.StartsAt == startsAt)
        {
            return new LiveChange(LiveChangeKind.Unchanged, Session);
        }

        RaiseEvent(new LiveSessionRescheduled(startsAt, TimeProvider.GetUtcNow()));
        await ListAsync();
        return new LiveChange(LiveChangeKind.Changed, Session);
    }

    public async Task<bool> AnnounceAsync()
    {
        if (State.Session is not { Status: LiveSessionStatus.Scheduled, AnnouncedAt: null } session)
        {
            return false;
        }

        RaiseEvent(new LiveSessionAnnounced(TimeProvider.GetUtcNow()));
        var notice = new LiveSessionStartingNotice(session.SessionId, session.FairId, session.BoothId, session.CompanyName, session.Title, session.StartsAt);
        AfterConfirmed(() => events.LiveSessionStarting(notice));
        await ListAsync();
        return true;
    }

    public Task<LiveChange> PinAsync(JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (State.Session is null)
        {
            return Task.FromResult(LiveChange.Missing);
        }

        if (Session.Status == LiveSessionStatus.Ended)
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Conflict, Session, "This session has ended."));
        }

        if (Session.PinnedJobs.Any(j => j.JobId == job.JobId))
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Unchanged, Session));
        }

        if (Session.PinnedJobs.Count >= MaxPinned)
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Conflict, Session, $"At most {MaxPinned} job cards can be pinned at once: unpin one first."));
        }

        RaiseEvent(new JobPinned(job, TimeProvider.GetUtcNow()));
        var sessionId = Key;
        AfterConfirmed(() => events.PinnedJob(sessionId, job));
        return Task.FromResult(new LiveChange(LiveChangeKind.Changed, Session));
    }

    public Task<LiveChange> UnpinAsync(string jobId)
    {
        if (State.Session is null)
        {
            return Task.FromResult(LiveChange.Missing);
        }

        if (!Session.PinnedJobs.Any(j => j.JobId == jobId))
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Unchanged, Session));
        }

        RaiseEvent(new JobUnpinned(jobId, TimeProvider.GetUtcNow()));
        var sessionId = Key;
        AfterConfirmed(() => events.UnpinnedJob(sessionId, jobId));
        return Task.FromResult(new LiveChange(LiveChangeKind.Changed, Session));
    }

    public Task<bool> WasPinnedAsync(string jobId) => Task.FromResult(State.Jobs.Any(j => j.JobId == jobId));

    public Task RecordQueueJoinAsync(string jobId)
    {
        if (State.Jobs.Any(j => j.JobId == jobId))
        {
            RaiseEvent(new QueueJoinCounted(jobId));
        }

        return Task.CompletedTask;
    }

    public Task RecordApplicationAsync(string jobId)
    {
        if (State.Jobs.Any(j => j.JobId == jobId))
        {
            RaiseEvent(new ApplicationCounted(jobId));
        }

        return Task.CompletedTask;
    }

    public Task<LiveSessionStats?> GetStatsAsync() => Task.FromResult(State.Session is null
        ? null
        : new LiveSessionStats(Key, State.PeakViewers, State.ViewerIds.Count, State.ChatMessages + _uncountedChat, [.. State.Jobs]));

    public Task<ChatPostResult> PostChatAsync(string userId, string displayName, string text)
    {
        if (State.Session is null)
        {
            return Task.FromResult(new ChatPostResult(ChatPostOutcome.NoSuchSession));
        }

        if (Session.Status == LiveSessionStatus.Ended)
        {
            return Task.FromResult(new ChatPostResult(ChatPostOutcome.Ended));
        }

        if (Session.Status != LiveSessionStatus.Live)
        {
            return Task.FromResult(new ChatPostResult(ChatPostOutcome.NotLive));
        }

        if (State.Muted.Contains(userId))
        {
            return Task.FromResult(new ChatPostResult(ChatPostOutcome.Muted));
        }

        var message = new LiveChatMessage(Ids.New("msg"), Key, userId, displayName, text, TimeProvider.GetUtcNow());
        _recentChat.AddLast(message);
        if (_recentChat.Count > RecentChatCount)
        {
            _recentChat.RemoveFirst();
        }

        _uncountedChat++;
        _chatCountTimer ??= RegisterTimer(_ => CountChatAsync(), ChatCountInterval, ChatCountInterval);
        return Task.FromResult(new ChatPostResult(ChatPostOutcome.Posted, message));
    }

    public Task<IReadOnlyList<LiveChatMessage>> GetRecentChatAsync() => Task.FromResult<IReadOnlyList<LiveChatMessage>>([.. _recentChat]);

    public Task<bool> DeleteChatAsync(string messageId)
    {
        for (var node = _recentChat.First; node is not null; node = node.Next)
        {
            if (node.Value.MessageId == messageId)
            {
                _recentChat.Remove(node);
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }

    public Task<LiveChange> MuteAsync(string userId)
    {
        if (State.Session is null)
        {
            return Task.FromResult(LiveChange.Missing);
        }

        if (State.Muted.Contains(userId))
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Unchanged, Session));
        }

        RaiseEvent(new ViewerMuted(userId));
        return Task.FromResult(new LiveChange(LiveChangeKind.Changed, Session));
    }

    public Task<LiveChange> UnmuteAsync(string userId)
    {
        if (State.Session is null)
        {
            return Task.FromResult(LiveChange.Missing);
        }

        if (!State.Muted.Contains(userId))
        {
            return Task.FromResult(new LiveChange(LiveChangeKind.Unchanged, Session));
        }

        RaiseEvent(new ViewerUnmuted(userId));
        return Task.FromResult(new LiveChange(LiveChangeKind.Changed, Session));
    }

    public Task<bool> IsMutedAsync(string userId) => Task.FromResult(State.Muted.Contains(userId));

    public Task RecordViewersAsync(int watching, IReadOnlyList<string> newViewerIds)
    {
        ArgumentNullException.ThrowIfNull(newViewerIds);
        if (State.Session is null)
        {
            return Task.CompletedTask;
        }

        var added = newViewerIds.Where(id => !State.ViewerIds.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var peak = Math.Max(State.PeakViewers, watching);
        if (added.Count > 0 || peak != State.PeakViewers)
        {
            RaiseEvent(new ViewersCounted(peak, added));
        }

        return Task.CompletedTask;
    }

    protected override void TransitionState(LiveSessionState state, LiveSessionEvent change)
    {
        switch (change)
        {
            case LiveSessionCreated created:
                state.Session = created.Session;
                state.StreamKey = created.StreamKey;
                break;
            case StreamKeyRotated rotated:
                state.StreamKey = rotated.StreamKey;
                break;
            case LiveSessionWentLive live:
                state.Session = state.Session! with { Status = LiveSessionStatus.Live, WentLiveAt = live.At };
                state.PublisherId = live.PublisherId;
                break;
            case PublisherReconnected reconnected:
                state.PublisherId = reconnected.PublisherId;
                state.PublisherLeftAt = null;
                break;
            case PublisherLeft left:
                state.PublisherLeftAt = left.At;
                break;
            case LiveSessionEnded ended:
                state.Session = state.Session! with { Status = LiveSessionStatus.Ended, EndedAt = ended.At, PinnedJobs = [] };
                state.PublisherId = null;
                state.PublisherLeftAt = null;
                break;
            case LiveSessionRescheduled rescheduled:
                state.Session = state.Session! with { StartsAt = rescheduled.StartsAt, AnnouncedAt = null };
                break;
            case LiveSessionAnnounced announced:
                state.Session = state.Session! with { AnnouncedAt = announced.At };
                break;
            case JobPinned pinned:
                state.Session = state.Session! with { PinnedJobs = [.. state.Session.PinnedJobs, pinned.Job] };
                if (!state.Jobs.Any(j => j.JobId == pinned.Job.JobId))
                {
                    state.Jobs.Add(new PinnedJobStats(pinned.Job.JobId, pinned.Job.Title, 0, 0));
                }

                break;
            case JobUnpinned unpinned:
                state.Session = state.Session! with { PinnedJobs = [.. state.Session.PinnedJobs.Where(j => j.JobId != unpinned.JobId)] };
                break;
            case QueueJoinCounted joined:
                Count(state, joined.JobId, stats => stats with { QueueJoins = stats.QueueJoins + 1 });
                break;
            case ApplicationCounted applied:
                Count(state, applied.JobId, stats => stats with { Applications = stats.Applications + 1 });
                break;
            case ChatMessagesCounted chat:
                state.ChatMessages += chat.Count;
                break;
            case ViewerMuted muted:
                state.Muted.Add(muted.UserId);
                break;
            case ViewerUnmuted unmuted:
                state.Muted.Remove(unmuted.UserId);
                break;
            case ViewersCounted viewers:
                state.PeakViewers = viewers.Peak;
                state.ViewerIds.UnionWith(viewers.NewViewerIds);
                break;
        }
    }

    public override Task OnDeactivateAsync(Runtime.DeactivationReason reason, CancellationToken cancellationToken)
    {
        CancelGraceTimer();
        return CountChatAsync();
    }

    private static void Count(LiveSessionState state, string jobId, Func<PinnedJobStats, PinnedJobStats> change)
    {
        var index = state.Jobs.FindIndex(j => j.JobId == jobId);
        if (index >= 0)
        {
            state.Jobs[index] = change(state.Jobs[index]);
        }
    }

    /// <summary>Ends the session when the grace after <paramref name="leftAt"/> has passed, or sets a timer for it.</summary>
    private async Task WaitForReconnectAsync(DateTimeOffset leftAt)
    {
        var remaining = leftAt + options.Value.ReconnectGrace - TimeProvider.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            await EndNowAsync();
            return;
        }

        CancelGraceTimer();
        _graceTimer = RegisterTimer(_ => GraceOverAsync(), remaining, Timeout.InfiniteTimeSpan, keepAlive: true);
    }

    private async Task GraceOverAsync()
    {
        _graceTimer?.Dispose();
        _graceTimer = null;
        if (State.Session is { Status: LiveSessionStatus.Live } && State.PublisherLeftAt is not null)
        {
            await EndNowAsync();
        }
    }

    private async Task EndNowAsync()
    {
        CancelGraceTimer();
        RaiseEvent(new LiveSessionEnded(TimeProvider.GetUtcNow()));
        TellStatus();
        await ListAsync();
    }

    private Task CountChatAsync()
    {
        if (_uncountedChat > 0)
        {
            RaiseEvent(new ChatMessagesCounted(_uncountedChat));
            _uncountedChat = 0;
        }
        else
        {
            // Nothing said for a whole interval: stop counting until someone speaks again.
            _chatCountTimer?.Dispose();
            _chatCountTimer = null;
        }

        return Task.CompletedTask;
    }

    private void CancelGraceTimer()
    {
        _graceTimer?.Dispose();
        _graceTimer = null;
    }

    private void TellStatus()
    {
        var notice = new LiveStatusNotice(Session.SessionId, Session.FairId, Session.BoothId, Session.Status);
        AfterConfirmed(() => events.LiveStatus(notice));
    }

    /// <summary>The fair's listing follows the session once the session's own record is durable.</summary>
    private async Task ListAsync()
    {
        await ConfirmEventsAsync();
        await Directory.UpdateAsync(Session.ToSummary());
    }
}
