using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Graduates;

public sealed partial class GraduateGrain : JournaledGrain<GraduateState, GraduateEvent>, IGraduateGrain
{
    /// <summary>A graduate waits in at most this many queues at once.</summary>
    public const int MaxQueues = 5;

    public Task<GraduateProfile?> GetProfileAsync() => Task.FromResult(State.Profile);

    public Task<GraduateProfile> UpdateProfileAsync(GraduateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (State.Profile != profile)
        {
            RaiseEvent(new ProfileUpdated(profile));
        }

        if (State.Case is null)
        {
            RaiseEvent(new CaseOpened(Key, TimeProvider.GetUtcNow()));
        }

        return Task.FromResult(State.Profile!);
    }

    public Task<PriorityInfo> GetPriorityAsync() => Task.FromResult(State.Priority);

    public Task<PriorityInfo> SetPriorityAsync(IReadOnlyList<Domain.Graduates.PriorityGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        RaiseEvent(new PriorityConsented(new PriorityInfo([.. groups.Distinct().Order()], TimeProvider.GetUtcNow())));
        return Task.FromResult(State.Priority);
    }

    public Task<IReadOnlyList<string>> WithdrawPriorityAsync()
    {
        // Queues the graduate left (or was interviewed at) still hold the lane in their history.
        IReadOnlyList<string> booths = [.. State.Slots.Keys.Union(State.PriorityLaneBooths, StringComparer.Ordinal)];
        if (State.Priority.ConsentedAt is not null)
        {
            RaiseEvent(new PriorityWithdrawn());

            // The consented groups live on in older events: rewrite history without them.
            CompactJournal();
        }

        return Task.FromResult(booths);
    }

    public Task<QueueSlotResult> ReserveQueueSlotAsync(QueueSlotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        QueueSlotOutcome outcome;
        if (State.Slots.ContainsKey(request.BoothId))
        {
            outcome = QueueSlotOutcome.AlreadyHeld;
        }
        else if (State.Slots.Count >= MaxQueues)
        {
            return Task.FromResult(new QueueSlotResult(QueueSlotOutcome.LimitReached, null, Slots()));
        }
        else
        {
            RaiseEvent(new QueueSlotReserved(new QueueSlot(request.BoothId, request.FairId, TimeProvider.GetUtcNow())));
            outcome = QueueSlotOutcome.Reserved;
        }

        var profile = State.Profile;
        var entry = new EmployerQueueEntry(Key, request.DisplayName, profile?.University, profile?.Discipline, profile?.Degree, profile?.GraduationYear, profile?.Accommodations ?? []);
        var priority = PriorityLane.Qualifies(State.Priority.Groups, request.FairPriorityGroups);
        if (priority && !State.PriorityLaneBooths.Contains(request.BoothId))
        {
            RaiseEvent(new PriorityLaneEntered(request.BoothId));
        }

        // The caller joins the queue next, and only that join's durable write is acknowledged: the
        // reservation, ordered before it, is durable by then (QueueJoining).
        ReplyWhenOrdered();
        return Task.FromResult(new QueueSlotResult(outcome, new QueueCandidate(entry, priority), Slots()));
    }

    public Task ReleaseQueueSlotAsync(string boothId)
    {
        if (State.Slots.ContainsKey(boothId))
        {
            RaiseEvent(new QueueSlotReleased(boothId));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<QueueSlot>> GetQueueSlotsAsync() => Task.FromResult(Slots());

    public Task<bool> TryReserveInvitationAsync(HeldInvitation invitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (State.Room is not null || (State.Invitation is { } held && held.InvitationId != invitation.InvitationId && held.ExpiresAt > TimeProvider.GetUtcNow()))
        {
            return Task.FromResult(false);
        }

        if (State.Invitation?.InvitationId != invitation.InvitationId)
        {
            RaiseEvent(new InvitationHeld(invitation));
        }

        return Task.FromResult(true);
    }

    public Task ClearInvitationAsync(string invitationId, bool releaseSlot)
    {
        if (State.Invitation?.InvitationId == invitationId)
        {
            RaiseEvent(new InvitationCleared(invitationId, releaseSlot));
        }

        return Task.CompletedTask;
    }

    public Task EnterRoomAsync(CurrentRoom room)
    {
        ArgumentNullException.ThrowIfNull(room);
        if (State.Room?.RoomId != room.RoomId)
        {
            RaiseEvent(new RoomEntered(room));
        }

        return Task.CompletedTask;
    }

    public Task LeaveRoomAsync(string roomId)
    {
        if (State.Room?.RoomId == roomId)
        {
            RaiseEvent(new RoomLeft(roomId));
        }

        return Task.CompletedTask;
    }

    public Task<GraduateActivity> GetActivityAsync()
    {
        var invitation = State.Invitation is { } held && held.ExpiresAt > TimeProvider.GetUtcNow() ? held : null;
        return Task.FromResult(new GraduateActivity(invitation, State.Room));
    }

    public Task RemovedFromQueueAsync(QueueRemovalNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        RaiseEvent(new QueueRemovalNoted(notice));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<QueueRemovalNotice>> GetRemovalNoticesAsync() =>
        Task.FromResult<IReadOnlyList<QueueRemovalNotice>>([.. State.RemovalNotices]);

    public Task ClearRemovalNoticesAsync(IReadOnlyList<QueueRemovalNotice> delivered)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        var known = delivered.Where(State.RemovalNotices.Contains).ToList();
        if (known.Count > 0)
        {
            RaiseEvent(new RemovalNoticesCleared(known));
        }

        return Task.CompletedTask;
    }

    protected override void TransitionState(GraduateState state, GraduateEvent change)
    {
        switch (change)
        {
            case ProfileUpdated updated:
                state.Profile = updated.Profile;
                break;
            case PriorityConsented consented:
                state.Priority = consented.Priority;
                break;
            case PriorityWithdrawn:
                state.Priority = PriorityInfo.None;
                state.PriorityLaneBooths.Clear();
                break;
            case PriorityLaneEntered entered:
                state.PriorityLaneBooths.Add(entered.BoothId);
                break;
            case QueueSlotReserved reserved:
                state.Slots[reserved.Slot.BoothId] = reserved.Slot;
                state.RemovalNotices.RemoveAll(n => n.BoothId == reserved.Slot.BoothId);
                break;
            case QueueSlotReleased released:
                state.Slots.Remove(released.BoothId);
                break;
            case InvitationHeld held:
                state.Invitation = held.Invitation;
                break;
            case InvitationCleared cleared:
                if (cleared.ReleaseSlot && state.Invitation is { } invitation)
                {
                    state.Slots.Remove(invitation.BoothId);
                }

                state.Invitation = null;
                break;
            case RoomEntered entered:
                state.Room = entered.Room;
                state.Invitation = null;
                state.Slots.Remove(entered.Room.BoothId);
                break;
            case RoomLeft:
                state.Room = null;
                break;
            case QueueRemovalNoted removed:
                state.Slots.Remove(removed.Notice.BoothId);
                state.RemovalNotices.RemoveAll(n => n.BoothId == removed.Notice.BoothId);
                state.RemovalNotices.Add(removed.Notice);
                break;
            case RemovalNoticesCleared cleared:
                state.RemovalNotices.RemoveAll(cleared.Notices.Contains);
                break;
            default:
                ApplyCase(state, change);
                break;
        }
    }

    private IReadOnlyList<QueueSlot> Slots() => [.. State.Slots.Values.OrderBy(s => s.ReservedAt)];
}
