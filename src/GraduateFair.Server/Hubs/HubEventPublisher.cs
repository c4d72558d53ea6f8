using System.Collections.Concurrent;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Interviews;
using GraduateFair.Runtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Hubs;

/// <summary>
/// Turns the grains' events into hub messages. Grains call it once their writes are durable,
/// sometimes inside a turn, so every call only records what to send and returns: one background
/// loop sends, in the order events came. Positions and waiting counts are coalesced per
/// (graduate, booth) and per booth; other events wait in a bounded backlog and are dropped (and
/// logged) only when it is full. A coalesced value is never dropped: the coalescer holds the
/// latest one per key. Positions go only to graduates with an open connection: one who is not
/// connected has nobody to receive them, and their pages read the places afresh when they connect
/// (and after every reconnect), so a join does not leave an hour-long coalescer entry behind.
/// </summary>
public sealed class HubEventPublisher : HubDeliveryService, IFairEvents, IGraduateNotifier
{
    private static readonly TimeSpan ForgetIdleEvery = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan IdleFor = TimeSpan.FromHours(1);

    private readonly IGrainFactory _grains;
    private readonly TimeProvider _clock;
    private readonly IPresence _presence;
    private readonly Coalescer<PositionKey, PositionValue> _positions;
    private readonly Coalescer<string, int> _waiting;
    private readonly ConcurrentDictionary<string, string?> _fairOfBooth = new(StringComparer.Ordinal);
    private readonly ITimer _forgetIdle;

    public HubEventPublisher(IHubContext<FairHub, IFairClient> hub, IGrainFactory grains, TimeProvider clock, IPresence presence, IOptions<FairHubOptions> options, ILogger<HubEventPublisher> logger)
        : base(hub, (options ?? throw new ArgumentNullException(nameof(options))).Value.EventBacklog, logger, "hub event")
    {
        _grains = grains;
        _clock = clock;
        _presence = presence;
        var window = options.Value.CoalescingWindow;
        _positions = new(clock, window, static (a, b) => a.Position == b.Position && a.EtaText == b.EtaText, key => Enqueue(new PositionDue(key)));
        _waiting = new(clock, window, static (a, b) => a == b, boothId => Enqueue(new WaitingDue(boothId)));
        _forgetIdle = clock.CreateTimer(static state => ((HubEventPublisher)state!).ForgetIdle(), this, ForgetIdleEvery, ForgetIdleEvery);
    }

    public void QueuePositions(string boothId, IReadOnlyList<QueuePositionUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var update in updates)
        {
            if (!_presence.IsOnline(update.GraduateId))
            {
                continue;
            }

            _positions.Offer(new PositionKey(update.GraduateId, boothId), new PositionValue(update.Position, update.EtaSeconds, update.EtaText));
        }
    }

    public void BoothQueue(string boothId, int waiting) => _waiting.Offer(boothId, waiting);

    public void Invited(string graduateId, InvitedNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);

        // Out of the line: a position still waiting would be stale.
        _positions.Forget(new PositionKey(graduateId, notice.BoothId));
        var message = new InvitedMessage(notice.InvitationId, notice.BoothId, notice.CompanyName, notice.ExpiresAt);
        Send(nameof(Invited), clients => clients.Group(HubGroups.User(graduateId)).Invited(message));
    }

    public void InvitationExpired(string graduateId, string employerId, string invitationId, string boothId)
    {
        var message = new InvitationExpiredMessage(invitationId, boothId);
        Send(nameof(InvitationExpired), clients => clients.Groups([HubGroups.User(graduateId), HubGroups.User(employerId)]).InvitationExpired(message));
    }

    public void InvitationAnswered(string employerId, InvitationAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status == InvitationStatus.Accepted)
        {
            _positions.Forget(new PositionKey(answer.GraduateId, answer.BoothId));
        }

        var message = new InvitationAnsweredMessage(answer.InvitationId, answer.BoothId, answer.GraduateId, answer.Status, answer.RoomId);
        Send(nameof(InvitationAnswered), clients => clients.Group(HubGroups.User(employerId)).InvitationAnswered(message));
    }

    public void QueueLeft(string graduateId, string boothId, QueueLeaveReason reason)
    {
        _positions.Forget(new PositionKey(graduateId, boothId));
        var message = new QueueLeftMessage(boothId, reason);
        Send(nameof(QueueLeft), clients => clients.Group(HubGroups.User(graduateId)).QueueLeft(message));
    }

    public void FairStatus(string fairId, FairStatus status)
    {
        var message = new FairStatusMessage(fairId, status);
        Send(nameof(FairStatus), clients => clients.Group(HubGroups.Fair(fairId)).FairStatus(message));
    }

    public void RoomEnded(string roomId, string employerId, string graduateId, InterviewOutcome outcome)
    {
        var message = new RoomEndedMessage(roomId, outcome);
        Send(nameof(RoomEnded), clients => clients.Groups([HubGroups.User(employerId), HubGroups.User(graduateId)]).RoomEnded(message));
    }

    public void Reminder(string graduateId, ReminderNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var message = new ReminderMessage(notice.FairId, notice.Title, notice.OpensAt, notice.Text, notice.NotificationId);
        Send(nameof(Reminder), clients => clients.Group(HubGroups.User(graduateId)).Reminder(message));
    }

    public override void Dispose()
    {
        _forgetIdle.Dispose();
        _positions.Dispose();
        _waiting.Dispose();
        base.Dispose();
    }

    /// <summary>Starts sending one delivery; returns the send (awaits only a first look-up of a booth's fair).</summary>
    protected override async ValueTask<Task> DeliverAsync(Delivery delivery)
    {
        switch (delivery)
        {
            case PositionDue due when _positions.TryTake(due.Key, out var place):
                CountSent();
                return Hub.Clients.Group(HubGroups.User(due.Key.GraduateId)).QueuePosition(new QueuePositionMessage(due.Key.BoothId, place.Position, place.EtaSeconds, place.EtaText));
            case WaitingDue due when _waiting.TryTake(due.BoothId, out var waiting):
                var fairId = await FairOfBoothAsync(due.BoothId);
                CountSent();
                var message = new BoothQueueMessage(due.BoothId, waiting);
                return fairId is null
                    ? Hub.Clients.Group(HubGroups.Booth(due.BoothId)).BoothQueue(message)
                    : Hub.Clients.Groups([HubGroups.Booth(due.BoothId), HubGroups.Fair(fairId)]).BoothQueue(message);
            default:
                return Task.CompletedTask;
        }
    }

    private async ValueTask<string?> FairOfBoothAsync(string boothId)
    {
        if (_fairOfBooth.TryGetValue(boothId, out var fairId))
        {
            return fairId;
        }

        // A booth never moves to another fair.
        fairId = (await _grains.GetGrain<IBoothGrain>(boothId).GetAsync())?.FairId;
        if (fairId is not null)
        {
            _fairOfBooth[boothId] = fairId;
        }

        return fairId;
    }

    private void ForgetIdle()
    {
        var before = _clock.GetUtcNow() - IdleFor;
        _positions.ForgetIdle(before);
        _waiting.ForgetIdle(before);
    }

    private readonly record struct PositionKey(string GraduateId, string BoothId);

    private sealed record PositionValue(int Position, int EtaSeconds, string EtaText);

    private sealed record PositionDue(PositionKey Key) : Delivery("QueuePosition");

    private sealed record WaitingDue(string BoothId) : Delivery("BoothQueue");
}
