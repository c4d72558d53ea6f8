using GraduateFair.Grains.Booths;
using GraduateFair.Grains.LiveSessions;
using GraduateFair.Runtime;
using GraduateFair.Server.LiveSessions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Hubs;

/// <summary>
/// Turns live sessions' events into hub messages, as <see cref="HubEventPublisher"/> does for
/// queues: every call only records what to send and returns (grains call it inside their turn,
/// once durable; the hub calls it after the session grain took a message), and one background loop
/// sends, in order. Chat is gathered per session for <see cref="LiveStreamingOptions.ChatBatchWindow"/>
/// and goes as one <c>LiveChat</c>; viewer counts are coalesced per session over
/// <see cref="LiveStreamingOptions.ViewersInterval"/> and go only when they changed; each time the
/// counts are taken, the sessions' peak and total viewers are recorded on their grains.
/// </summary>
public sealed class LiveEventPublisher : HubDeliveryService, ILiveEvents
{
    private const int DeletedRemembered = 1024;
    private static readonly TimeSpan ForgetIdleEvery = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan IdleFor = TimeSpan.FromHours(1);

    private readonly IGrainFactory _grains;
    private readonly LiveAudience _audience;
    private readonly TimeProvider _clock;
    private readonly ChatBatcher<LiveChatMessage> _chat;
    private readonly Coalescer<string, int> _viewers;
    private readonly object _deletedSync = new();
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private readonly Queue<string> _deletedOrder = new();
    private readonly ITimer _forgetIdle;

    public LiveEventPublisher(
        IHubContext<FairHub, IFairClient> hub,
        IGrainFactory grains,
        LiveAudience audience,
        TimeProvider clock,
        IOptions<LiveStreamingOptions> live,
        IOptions<FairHubOptions> options,
        ILogger<LiveEventPublisher> logger)
        : base(hub, (options ?? throw new ArgumentNullException(nameof(options))).Value.EventBacklog, logger, "live event")
    {
        ArgumentNullException.ThrowIfNull(live);
        _grains = grains;
        _audience = audience;
        _clock = clock;
        _chat = new ChatBatcher<LiveChatMessage>(clock, live.Value.ChatBatchWindow, (sessionId, messages) => Enqueue(new ChatDue(sessionId, messages)));
        _viewers = new Coalescer<string, int>(clock, live.Value.ViewersInterval, static (a, b) => a == b, sessionId => Enqueue(new ViewersDue(sessionId)));
        _forgetIdle = clock.CreateTimer(static state => ((LiveEventPublisher)state!).ForgetIdle(), this, ForgetIdleEvery, ForgetIdleEvery);
    }

    public void LiveStatus(LiveStatusNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var message = new LiveStatusMessage(notice.SessionId, notice.Status);
        Send(nameof(LiveStatus), clients => clients.Groups([HubGroups.Live(notice.SessionId), HubGroups.Fair(notice.FairId)]).LiveStatus(message));
    }

    public void LiveSessionStarting(LiveSessionStartingNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var message = new LiveSessionStartingMessage(notice.SessionId, notice.BoothId, notice.FairId, notice.CompanyName, notice.Title, notice.StartsAt);
        Send(nameof(LiveSessionStarting), clients => clients.Group(HubGroups.Fair(notice.FairId)).LiveSessionStarting(message));
    }

    public void PinnedJob(string sessionId, JobInfo job)
    {
        var message = new PinnedJobMessage(sessionId, LiveJobCard.From(job));
        Send(nameof(PinnedJob), clients => clients.Group(HubGroups.Live(sessionId)).PinnedJob(message));
    }

    public void UnpinnedJob(string sessionId, string jobId)
    {
        var message = new UnpinnedJobMessage(sessionId, jobId);
        Send(nameof(UnpinnedJob), clients => clients.Group(HubGroups.Live(sessionId)).UnpinnedJob(message));
    }

    /// <summary>A chat message the session took: it goes out with the session's next batch.</summary>
    public void Chat(LiveChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _chat.Offer(message.SessionId, message);
    }

    /// <summary>The host deleted a message: watchers are told, and a batch still waiting leaves it out.</summary>
    public void ChatDeleted(string sessionId, string messageId)
    {
        lock (_deletedSync)
        {
            if (_deleted.Add(messageId))
            {
                _deletedOrder.Enqueue(messageId);
                if (_deletedOrder.Count > DeletedRemembered)
                {
                    _deleted.Remove(_deletedOrder.Dequeue());
                }
            }
        }

        var message = new LiveChatDeletedMessage(sessionId, messageId);
        Send("LiveChatDeleted", clients => clients.Group(HubGroups.Live(sessionId)).LiveChatDeleted(message));
    }

    /// <summary>The host muted a viewer: every connection of theirs is told.</summary>
    public void Muted(string sessionId, string userId)
    {
        var message = new LiveMutedMessage(sessionId);
        Send("LiveMuted", clients => clients.Group(HubGroups.User(userId)).LiveMuted(message));
    }

    /// <summary>How many watch the session now (from <see cref="LiveAudience"/>).</summary>
    public void Audience(string sessionId, int watching) => _viewers.Offer(sessionId, watching);

    public override void Dispose()
    {
        _forgetIdle.Dispose();
        _chat.Dispose();
        _viewers.Dispose();
        base.Dispose();
    }

    protected override ValueTask<Task> DeliverAsync(Delivery delivery) => new(Deliver(delivery));

    private Task Deliver(Delivery delivery)
    {
        switch (delivery)
        {
            case ChatDue due:
                var lines = WithoutDeleted(due.Messages);
                return lines.Count == 0
                    ? Task.CompletedTask
                    : Hub.Clients.Group(HubGroups.Live(due.SessionId)).LiveChat(new LiveChatMessages(due.SessionId, lines));
            case ViewersDue due:
                RecordAudience();
                return _viewers.TryTake(due.SessionId, out var viewers)
                    ? Hub.Clients.Group(HubGroups.Live(due.SessionId)).LiveViewers(new LiveViewersMessage(due.SessionId, viewers))
                    : Task.CompletedTask;
            default:
                return Task.CompletedTask;
        }
    }

    private List<LiveChatLine> WithoutDeleted(IReadOnlyList<LiveChatMessage> messages)
    {
        lock (_deletedSync)
        {
            return [.. messages.Where(m => !_deleted.Contains(m.MessageId)).Select(LiveChatLine.From)];
        }
    }

    /// <summary>Hands every session's peak and new viewers since the last look to its grain (for its figures), without waiting.</summary>
    private void RecordAudience()
    {
        foreach (var change in _audience.TakeChanges())
        {
            _ = ObserveAsync(_grains.GetGrain<ILiveSessionGrain>(change.SessionId).RecordViewersAsync(change.Peak, change.NewViewerIds), "viewer figures");
        }
    }

    private void ForgetIdle() => _viewers.ForgetIdle(_clock.GetUtcNow() - IdleFor);

    private sealed record ChatDue(string SessionId, IReadOnlyList<LiveChatMessage> Messages) : Delivery("LiveChat");

    private sealed record ViewersDue(string SessionId) : Delivery("LiveViewers");
}
