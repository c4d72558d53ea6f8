using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Domain.Reports;
using GraduateFair.Grains.Cases;
using GraduateFair.Grains.Events;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Interviews;
using GraduateFair.Runtime;
using Microsoft.Extensions.Options;

namespace GraduateFair.Grains.Queues;

public sealed class InterviewQueueGrain(IFairEvents events, IPresence presence, IOptions<QueueOptions> options) : JournaledGrain<QueueState, QueueEvent>, IInterviewQueueGrain
{
    /// <summary>How far down the line "call next" looks for someone free before giving up.</summary>
    public const int CallNextScanLimit = 500;

    private readonly Dictionary<string, IDisposable> _expiryTimers = new(StringComparer.Ordinal);

    /// <summary>When this activation started watching each waiting graduate: offline time counts from no earlier.</summary>
    private readonly Dictionary<string, DateTimeOffset> _watchedSince = new(StringComparer.Ordinal);

    private IDisposable? _offlineCheck;

    private QueueSetup Setup => State.Setup!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Deadlines are in state; timers are not. A deadline that passed while the queue was not
        // in memory (a restart) is dealt with now, before any call sees the invitation as open.
        var now = TimeProvider.GetUtcNow();
        foreach (var invitation in State.Invitations.Values.ToList())
        {
            if (invitation.ExpiresAt <= now)
            {
                await ExpireAsync(invitation.InvitationId);
            }
            else
            {
                StartExpiryTimer(invitation);
            }
        }

        // Offline time of graduates waiting since before a restart counts from now at the latest.
        foreach (var graduateId in State.Line.ServingOrder())
        {
            _watchedSince[graduateId] = now;
        }

        StartOfflineCheck();
    }

    public Task InitializeAsync(QueueSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (State.Setup is null)
        {
            RaiseEvent(new QueueInitialized(setup));
        }

        return Task.CompletedTask;
    }

    public Task<QueueSetup?> GetSetupAsync() =>
        Task.FromResult(State.Setup is { } setup ? setup with { FairStatus = State.FairStatus } : null);

    public Task<JoinResult> JoinAsync(QueueCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var graduateId = candidate.Entry.GraduateId;
        if (State.Setup is null)
        {
            return Task.FromResult(new JoinResult(JoinOutcome.NoSuchBooth));
        }

        if (Setup.Eligibility == Eligibility.PriorityGroupsOnly && !candidate.PriorityLane)
        {
            return Task.FromResult(new JoinResult(JoinOutcome.NotEligible, Message: EligibilityRule.NotEligibleMessage));
        }

        if (State.FairStatus != FairStatus.Open)
        {
            return Task.FromResult(new JoinResult(JoinOutcome.FairNotOpen, Message: FairNotOpenMessage(), FairStatus: State.FairStatus));
        }

        if (State.Line.IsInvited(graduateId))
        {
            return Task.FromResult(new JoinResult(JoinOutcome.HoldsInvitation, Message: "You have an invitation from this booth: accept or decline it."));
        }

        if (State.Line.PositionOf(graduateId) is { } current)
        {
            return Task.FromResult(new JoinResult(JoinOutcome.AlreadyWaiting, PlaceAt(current)));
        }

        RaiseEvent(new GraduateJoined(candidate.Entry, candidate.PriorityLane, TimeProvider.GetUtcNow()));
        var position = State.Line.PositionOf(graduateId)!.Value;
        _watchedSince[graduateId] = TimeProvider.GetUtcNow();
        StartOfflineCheck();

        // A regular graduate joins at the end; a priority one moves everyone behind them back.
        var place = PlaceAt(position);
        var updates = candidate.PriorityLane ? PositionsFrom(position) : [new QueuePositionUpdate(graduateId, position, place.EtaSeconds, place.EtaText)];
        Publish(updates, waitingChanged: true);
        return Task.FromResult(new JoinResult(JoinOutcome.Joined, place));
    }

    public Task<QueuePlace?> GetPlaceAsync(string graduateId) =>
        Task.FromResult(State.Setup is not null && State.Line.PositionOf(graduateId) is { } position ? PlaceAt(position) : null);

    public async Task<bool> LeaveAsync(string graduateId)
    {
        var openInvitation = State.Invitations.Values.FirstOrDefault(i => i.GraduateId == graduateId);
        if (openInvitation is not null)
        {
            return (await DeclineAsync(openInvitation.InvitationId, graduateId)).Outcome == AnswerOutcome.Declined;
        }

        var position = State.Line.PositionOf(graduateId);
        if (position is null)
        {
            return false;
        }

        RaiseEvent(new GraduateLeft(graduateId));
        var boothId = Setup.BoothId;
        AfterConfirmed(() => events.QueueLeft(graduateId, boothId, QueueLeaveReason.Left));
        Publish(PositionsFrom(position.Value), waitingChanged: true);
        return true;
    }

    public async Task<bool> RemoveAsync(string graduateId, QueueLeaveReason reason) =>
        await RemoveWaitingAsync([graduateId], reason) == 1;

    public Task<EmployerQueueView?> GetEmployerViewAsync(string employerId)
    {
        if (State.Setup is null)
        {
            return Task.FromResult<EmployerQueueView?>(null);
        }

        var waiting = State.Line.ServingOrder().Select(id => State.Entries[id]).ToList();
        return Task.FromResult<EmployerQueueView?>(new EmployerQueueView(Setup.BoothId, State.Paused, waiting, CurrentOf(employerId)));
    }

    public async Task<CallNextResult> CallNextAsync(string employerId)
    {
        if (State.Setup is null)
        {
            return new CallNextResult(CallNextOutcome.NoSuchBooth);
        }

        if (State.FairStatus != FairStatus.Open)
        {
            return new CallNextResult(CallNextOutcome.FairNotOpen, Message: FairNotOpenMessage());
        }

        if (State.Paused)
        {
            return new CallNextResult(CallNextOutcome.Paused, Message: "The booth is paused: resume it to invite graduates.");
        }

        if (CurrentOf(employerId) is { } current)
        {
            var what = current.RoomId is not null ? "an interview running" : "an invitation waiting for an answer";
            return new CallNextResult(CallNextOutcome.EmployerBusy, Message: $"You have {what}: finish it before calling the next graduate.");
        }

        var now = TimeProvider.GetUtcNow();
        foreach (var graduateId in State.Line.ServingOrder().Take(CallNextScanLimit).ToList())
        {
            // Offline graduates and graduates busy elsewhere keep their place and are skipped.
            if (!presence.IsOnline(graduateId))
            {
                continue;
            }

            var entry = State.Entries[graduateId];
            var invitationId = Ids.New("inv");
            var expiresAt = now + InvitationPolicy.WaitFor(entry.Accommodations, options.Value.InvitationWait);
            if (!await Graduate(graduateId).TryReserveInvitationAsync(new HeldInvitation(invitationId, Setup.BoothId, Setup.CompanyName, expiresAt)))
            {
                continue;
            }

            var invitation = new OpenInvitation(invitationId, graduateId, employerId, now, expiresAt);
            RaiseEvent(new InvitationIssued(invitation));
            var record = new InvitationRecord(invitationId, Setup.BoothId, Setup.FairId, Setup.CompanyId, Setup.CompanyName, graduateId, employerId, now, expiresAt, InvitationStatus.Pending, null);
            await Invitation(invitationId).CreateAsync(record);
            StartExpiryTimer(invitation);

            var notice = new InvitedNotice(invitationId, Setup.BoothId, Setup.CompanyName, expiresAt);
            var positions = PositionsFrom(1);
            AfterConfirmed(() => events.Invited(graduateId, notice));
            Publish(positions, waitingChanged: true);
            return new CallNextResult(CallNextOutcome.Invited, record);
        }

        return new CallNextResult(CallNextOutcome.NobodyAvailable, Message: "Nobody in the queue can be invited right now.");
    }

    public async Task<AnswerResult> AcceptAsync(string invitationId, string graduateId)
    {
        if (!State.Invitations.TryGetValue(invitationId, out var invitation))
        {
            return new AnswerResult(AnswerOutcome.NotOpen);
        }

        if (invitation.GraduateId != graduateId)
        {
            return new AnswerResult(AnswerOutcome.NotYours);
        }

        var now = TimeProvider.GetUtcNow();
        if (now >= invitation.ExpiresAt)
        {
            await ExpireAsync(invitationId);
            return new AnswerResult(AnswerOutcome.Expired);
        }

        // Order matters for crashes: the room record first (harmless if nothing else happens), then
        // the queue's own record, durable, and only then is the graduate marked busy in it. A crash
        // in between leaves a running room the employer can end, never a graduate stuck in a room
        // nobody knows about.
        var roomId = Ids.New("room");
        var entry = State.Entries[graduateId];
        await Room(roomId).OpenAsync(new RoomRecord(roomId, Setup.BoothId, Setup.FairId, Setup.CompanyId, Setup.CompanyName, invitationId, invitation.EmployerId, graduateId, entry, now, null, null, null));
        RaiseEvent(new InvitationAccepted(invitationId, new RunningRoom(roomId, invitationId, graduateId, invitation.EmployerId, now, entry.DisplayName)));
        await ConfirmEventsAsync();
        await Graduate(graduateId).EnterRoomAsync(new CurrentRoom(roomId, Setup.BoothId, Setup.CompanyName, invitationId));
        await RecordInCaseAsync(Graduate(graduateId).InterviewStartedAsync(roomId));
        await Invitation(invitationId).SetStatusAsync(InvitationStatus.Accepted, roomId);
        StopExpiryTimer(invitationId);

        var answer = new InvitationAnswer(invitationId, Setup.BoothId, graduateId, InvitationStatus.Accepted, roomId);
        AfterConfirmed(() => events.InvitationAnswered(invitation.EmployerId, answer));
        Publish(PositionsFrom(1), waitingChanged: true);
        return new AnswerResult(AnswerOutcome.Accepted, roomId);
    }

    public async Task<AnswerResult> DeclineAsync(string invitationId, string graduateId)
    {
        if (!State.Invitations.TryGetValue(invitationId, out var invitation))
        {
            return new AnswerResult(AnswerOutcome.NotOpen);
        }

        if (invitation.GraduateId != graduateId)
        {
            return new AnswerResult(AnswerOutcome.NotYours);
        }

        RaiseEvent(new InvitationDeclined(invitationId));
        await Graduate(graduateId).ClearInvitationAsync(invitationId, releaseSlot: true);
        await Invitation(invitationId).SetStatusAsync(InvitationStatus.Declined, null);
        StopExpiryTimer(invitationId);

        var boothId = Setup.BoothId;
        var answer = new InvitationAnswer(invitationId, boothId, graduateId, InvitationStatus.Declined, null);
        AfterConfirmed(() =>
        {
            events.InvitationAnswered(invitation.EmployerId, answer);
            events.QueueLeft(graduateId, boothId, QueueLeaveReason.Declined);
        });

        // The employer is free again: with fewer employers taking interviews, every estimate changes.
        Publish(PositionsFrom(1), waitingChanged: true);
        return new AnswerResult(AnswerOutcome.Declined);
    }

    public async Task<EndRoomResult> EndRoomAsync(string roomId, string employerId, InterviewOutcome outcome, string? notes)
    {
        if (!State.Rooms.TryGetValue(roomId, out var room))
        {
            return new EndRoomResult(EndRoomOutcome.NotRunning);
        }

        if (room.EmployerId != employerId)
        {
            return new EndRoomResult(EndRoomOutcome.NotYours);
        }

        var now = TimeProvider.GetUtcNow();
        var record = await Room(roomId).EndAsync(outcome, notes, now);
        await Graduate(room.GraduateId).LeaveRoomAsync(roomId);
        await RecordInCaseAsync(Graduate(room.GraduateId).InterviewEndedAsync(roomId, outcome));
        RaiseEvent(new InterviewEnded(roomId, now - room.StartedAt, outcome));

        // The booth's recent interview length changed: every wait estimate may have too.
        AfterConfirmed(() => events.RoomEnded(roomId, room.EmployerId, room.GraduateId, outcome));
        Publish(PositionsFrom(1), waitingChanged: false);
        return new EndRoomResult(EndRoomOutcome.Ended, record);
    }

    public Task<BoothLoad?> SetPausedAsync(bool paused)
    {
        if (State.Setup is not null && State.Paused != paused)
        {
            RaiseEvent(new PauseChanged(paused));
        }

        return GetLoadAsync();
    }

    public async Task SetFairStatusAsync(FairStatus status)
    {
        if (State.Setup is null || State.FairStatus == status)
        {
            return;
        }

        var waiting = State.Line.ServingOrder().ToList();
        var invitations = State.Invitations.Values.ToList();
        RaiseEvent(new QueueFairStatusChanged(status));
        if (status != FairStatus.Closed)
        {
            return;
        }

        // Closing empties the queue and ends unstarted invitations; interviews running go on.
        foreach (var invitation in invitations)
        {
            StopExpiryTimer(invitation.InvitationId);
        }

        await Task.WhenAll(waiting.Select(id => Graduate(id).ReleaseQueueSlotAsync(Setup.BoothId))
            .Concat(invitations.Select(i => Graduate(i.GraduateId).ClearInvitationAsync(i.InvitationId, releaseSlot: true)))
            .Concat(invitations.Select(i => Invitation(i.InvitationId).SetStatusAsync(InvitationStatus.Cancelled, null))));

        var boothId = Setup.BoothId;
        AfterConfirmed(() =>
        {
            foreach (var invitation in invitations)
            {
                events.InvitationExpired(invitation.GraduateId, invitation.EmployerId, invitation.InvitationId, boothId);
            }

            foreach (var graduateId in waiting.Concat(invitations.Select(i => i.GraduateId)))
            {
                events.QueueLeft(graduateId, boothId, QueueLeaveReason.FairClosed);
            }
        });
        Publish([], waitingChanged: true);
    }

    public Task<BoothLoad?> GetLoadAsync()
    {
        if (State.Setup is null)
        {
            return Task.FromResult<BoothLoad?>(null);
        }

        var estimate = Estimate(State.Line.Count + 1);
        return Task.FromResult<BoothLoad?>(new BoothLoad(Setup.BoothId, State.Line.Count, estimate.EtaSeconds, estimate.EtaText, State.Paused));
    }

    public Task DemoteAsync(string graduateId)
    {
        if (State.Setup is null)
        {
            return Task.CompletedTask;
        }

        // Older events still say which lane they joined in, also when they have left or were
        // interviewed since: rewrite history without it.
        CompactJournal();
        var before = State.Line.PositionOf(graduateId);
        var snapshot = State.Line.ToSnapshot();
        var inPriorityLane = snapshot.PriorityLane.Contains(graduateId, StringComparer.Ordinal)
            || snapshot.Invitations.Any(i => i.GraduateId == graduateId && i.Priority)
            || (State.JoinMarks.TryGetValue(graduateId, out var mark) && mark.Priority)
            || State.Waits.Exists(w => w.GraduateId == graduateId && w.Priority);
        if (!inPriorityLane)
        {
            return Task.CompletedTask;
        }

        RaiseEvent(new LaneWithdrawn(graduateId));
        if (before is { } position)
        {
            Publish(PositionsFrom(Math.Min(position, State.Line.PositionOf(graduateId) ?? position)), waitingChanged: false);
        }

        return Task.CompletedTask;
    }

    public Task<QueueStatistics?> GetStatisticsAsync() =>
        Task.FromResult(State.Setup is null
            ? null
            : new QueueStatistics(Setup.BoothId, [.. State.Queued], [.. State.Waits.Select(w => new QueuedWait(w.Wait, w.Priority))], State.InterviewsStarted, State.Offers));

    public Task<bool> IsWaitingOrInvitedAsync(string graduateId) =>
        Task.FromResult(State.Line.Contains(graduateId) || State.Line.IsInvited(graduateId));

    public Task<bool> IsInvolvedAsync(string graduateId) =>
        Task.FromResult(State.Line.Contains(graduateId) || State.Line.IsInvited(graduateId) || State.Interviewed.Contains(graduateId));

    protected override void TransitionState(QueueState state, QueueEvent change)
    {
        switch (change)
        {
            case QueueInitialized initialized:
                state.Setup = initialized.Setup;
                state.FairStatus = initialized.Setup.FairStatus;
                break;
            case GraduateJoined joined:
                state.Line.Join(joined.Entry.GraduateId, joined.Priority);
                state.Entries[joined.Entry.GraduateId] = joined.Entry;
                state.Queued.Add(joined.Entry.GraduateId);
                if (joined.At is { } joinedAt)
                {
                    state.JoinMarks[joined.Entry.GraduateId] = new JoinMark(joinedAt, joined.Priority);
                }

                break;
            case GraduateLeft left:
                state.Line.Leave(left.GraduateId);
                state.Entries.Remove(left.GraduateId);
                state.JoinMarks.Remove(left.GraduateId);
                break;
            case InvitationIssued issued:
                state.Line.TakeForInvitation(issued.Invitation.GraduateId);
                state.Invitations[issued.Invitation.InvitationId] = issued.Invitation;
                if (state.JoinMarks.Remove(issued.Invitation.GraduateId, out var mark))
                {
                    state.Waits.Add(new RecordedWait(issued.Invitation.GraduateId, issued.Invitation.IssuedAt - mark.At, mark.Priority));
                }

                break;
            case InvitationAccepted accepted:
                CloseInvitation(state, accepted.InvitationId, out var acceptedGraduate);
                state.Rooms[accepted.Room.RoomId] = accepted.Room;
                state.Interviewed.Add(acceptedGraduate);
                state.InterviewsStarted++;
                break;
            case InvitationDeclined declined:
                CloseInvitation(state, declined.InvitationId, out _);
                break;
            case InvitationLapsed lapsed:
                var graduateId = state.Invitations[lapsed.InvitationId].GraduateId;
                state.Invitations.Remove(lapsed.InvitationId);
                if (state.Line.ReturnAfterExpiry(graduateId).Outcome != ExpiryOutcome.MovedBack)
                {
                    state.Entries.Remove(graduateId);
                }

                break;
            case InterviewEnded ended:
                state.Rooms.Remove(ended.RoomId);
                state.Lengths = state.Lengths.Add(ended.Duration);
                state.Offers += ended.Outcome == InterviewOutcome.Offer ? 1 : 0;
                break;
            case PauseChanged paused:
                state.Paused = paused.Paused;
                break;
            case QueueFairStatusChanged status:
                state.FairStatus = status.Status;
                if (status.Status == FairStatus.Closed)
                {
                    state.Line.RemoveEveryone();
                    state.Invitations.Clear();
                    state.Entries.Clear();
                    state.JoinMarks.Clear();
                }

                break;
            case LaneWithdrawn withdrawn:
                state.Line.MoveToRegularLane(withdrawn.GraduateId);
                if (state.JoinMarks.TryGetValue(withdrawn.GraduateId, out var withdrawnMark))
                {
                    state.JoinMarks[withdrawn.GraduateId] = withdrawnMark with { Priority = false };
                }

                for (var i = 0; i < state.Waits.Count; i++)
                {
                    if (state.Waits[i].GraduateId == withdrawn.GraduateId)
                    {
                        state.Waits[i] = state.Waits[i] with { Priority = false };
                    }
                }

                break;
        }
    }

    private static void CloseInvitation(QueueState state, string invitationId, out string graduateId)
    {
        graduateId = state.Invitations[invitationId].GraduateId;
        state.Invitations.Remove(invitationId);
        state.Line.CompleteInvitation(graduateId);
        state.Entries.Remove(graduateId);
    }

    private async Task ExpireAsync(string invitationId)
    {
        StopExpiryTimer(invitationId);
        if (!State.Invitations.TryGetValue(invitationId, out var invitation))
        {
            return;
        }

        RaiseEvent(new InvitationLapsed(invitationId));
        var newPosition = State.Line.PositionOf(invitation.GraduateId);
        await Graduate(invitation.GraduateId).ClearInvitationAsync(invitationId, releaseSlot: newPosition is null);
        await Invitation(invitationId).SetStatusAsync(InvitationStatus.Expired, null);

        var boothId = Setup.BoothId;
        AfterConfirmed(() =>
        {
            events.InvitationExpired(invitation.GraduateId, invitation.EmployerId, invitationId, boothId);
            if (newPosition is null)
            {
                events.QueueLeft(invitation.GraduateId, boothId, QueueLeaveReason.NoShow);
            }
        });
        // The employer is free again (every estimate changes) and the graduate may be back in line.
        Publish(PositionsFrom(1), waitingChanged: true);
    }

    /// <summary>While graduates wait, looks now and then for those offline longer than <see cref="QueueOptions.OfflineRemoval"/>.</summary>
    private void StartOfflineCheck()
    {
        if (_offlineCheck is null && State.Line.Count > 0)
        {
            var every = options.Value.OfflineCheckInterval;
            _offlineCheck = RegisterTimer(_ => RemoveOfflineAsync(), every, every, keepAlive: true);
        }
    }

    private async Task RemoveOfflineAsync()
    {
        if (State.Setup is null || State.Line.Count == 0)
        {
            _offlineCheck?.Dispose();
            _offlineCheck = null;
            _watchedSince.Clear();
            return;
        }

        var now = TimeProvider.GetUtcNow();
        var limit = options.Value.OfflineRemoval;
        var offline = new List<string>();
        var watching = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var graduateId in State.Line.ServingOrder())
        {
            var watchedSince = _watchedSince.TryGetValue(graduateId, out var watched) ? watched : now;
            watching[graduateId] = watchedSince;
            if (presence.OfflineSince(graduateId) is { } since && now - (since > watchedSince ? since : watchedSince) >= limit)
            {
                offline.Add(graduateId);
            }
        }

        // Only graduates still waiting are remembered.
        _watchedSince.Clear();
        foreach (var (graduateId, since) in watching)
        {
            _watchedSince[graduateId] = since;
        }

        await RemoveWaitingAsync(offline, QueueLeaveReason.Offline);
    }

    /// <summary>
    /// Removes waiting graduates on the queue's own account: their places go back, each graduate
    /// keeps a notice until told, and the places behind are published once for the whole batch.
    /// </summary>
    private async Task<int> RemoveWaitingAsync(IReadOnlyList<string> graduateIds, QueueLeaveReason reason)
    {
        if (State.Setup is null)
        {
            return 0;
        }

        var removed = new List<string>();
        var firstMoved = int.MaxValue;
        foreach (var graduateId in graduateIds)
        {
            if (State.Line.PositionOf(graduateId) is { } position)
            {
                firstMoved = Math.Min(firstMoved, position);
                RaiseEvent(new GraduateLeft(graduateId));
                _watchedSince.Remove(graduateId);
                removed.Add(graduateId);
            }
        }

        if (removed.Count == 0)
        {
            return 0;
        }

        var boothId = Setup.BoothId;
        var now = TimeProvider.GetUtcNow();
        await Task.WhenAll(removed.Select(id => Graduate(id).RemovedFromQueueAsync(new QueueRemovalNotice(boothId, reason, now))));
        AfterConfirmed(() =>
        {
            foreach (var graduateId in removed)
            {
                events.QueueLeft(graduateId, boothId, reason);
            }
        });
        Publish(PositionsFrom(firstMoved), waitingChanged: true);
        return removed.Count;
    }

    private void StartExpiryTimer(OpenInvitation invitation)
    {
        var due = invitation.ExpiresAt - TimeProvider.GetUtcNow();
        _expiryTimers[invitation.InvitationId] = RegisterTimer(_ => ExpireAsync(invitation.InvitationId), due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan, keepAlive: true);
    }

    private void StopExpiryTimer(string invitationId)
    {
        if (_expiryTimers.Remove(invitationId, out var timer))
        {
            timer.Dispose();
        }
    }

    private EmployerCurrent? CurrentOf(string employerId)
    {
        if (State.Rooms.Values.FirstOrDefault(r => r.EmployerId == employerId) is { } room)
        {
            return new EmployerCurrent(null, room.RoomId, room.GraduateId, room.DisplayName ?? DisplayNameOf(room.GraduateId), null);
        }

        return State.Invitations.Values.FirstOrDefault(i => i.EmployerId == employerId) is { } invitation
            ? new EmployerCurrent(invitation.InvitationId, null, invitation.GraduateId, DisplayNameOf(invitation.GraduateId), invitation.ExpiresAt)
            : null;
    }

    private string DisplayNameOf(string graduateId) => State.Entries.TryGetValue(graduateId, out var entry) ? entry.DisplayName : graduateId;

    /// <summary>Employers with an invitation in flight or an interview running here, at least 1.</summary>
    private int EmployersTakingInterviews() =>
        Math.Max(1, State.Invitations.Values.Select(i => i.EmployerId).Concat(State.Rooms.Values.Select(r => r.EmployerId)).Distinct(StringComparer.Ordinal).Count());

    private WaitEstimate Estimate(int position) => WaitEstimate.For(position, State.Lengths, EmployersTakingInterviews());

    private QueuePlace PlaceAt(int position)
    {
        var estimate = Estimate(position);
        return new QueuePlace(Setup.BoothId, position, estimate.EtaSeconds, estimate.EtaText);
    }

    /// <summary>The places of everyone from <paramref name="position"/> to the end of the line.</summary>
    private List<QueuePositionUpdate> PositionsFrom(int position)
    {
        var employers = EmployersTakingInterviews();
        var updates = new List<QueuePositionUpdate>(Math.Max(0, State.Line.Count - position + 1));
        var texts = new Dictionary<int, string>();
        var current = position;
        foreach (var graduateId in State.Line.ServingOrder().Skip(position - 1))
        {
            var seconds = WaitEstimate.EtaSecondsFor(current, State.Lengths.Mean, employers);
            if (!texts.TryGetValue(seconds, out var text))
            {
                texts[seconds] = text = EtaText.For(seconds);
            }

            updates.Add(new QueuePositionUpdate(graduateId, current++, seconds, text));
        }

        return updates;
    }

    private void Publish(List<QueuePositionUpdate> positions, bool waitingChanged)
    {
        var boothId = Setup.BoothId;
        var waiting = State.Line.Count;
        AfterConfirmed(() =>
        {
            if (positions.Count > 0)
            {
                events.QueuePositions(boothId, positions);
            }

            if (waitingChanged)
            {
                events.BoothQueue(boothId, waiting);
            }
        });
    }

    private string FairNotOpenMessage() => State.FairStatus == FairStatus.Closed
        ? "The fair is closed."
        : "The fair has not opened yet.";

    /// <summary>Puts the graduate's case summary after an engine move into the ledger's index (the graduate grain calls nobody).</summary>
    private async Task RecordInCaseAsync(Task<CaseSummary?> move)
    {
        if (await move is { } summary)
        {
            await GrainFactory.GetGrain<ICaseShardGrain>(GraduateShards.For(summary.GraduateId)).UpsertAsync(summary);
        }
    }

    private IGraduateGrain Graduate(string graduateId) => GrainFactory.GetGrain<IGraduateGrain>(graduateId);

    private IInvitationGrain Invitation(string invitationId) => GrainFactory.GetGrain<IInvitationGrain>(invitationId);

    private IInterviewRoomGrain Room(string roomId) => GrainFactory.GetGrain<IInterviewRoomGrain>(roomId);
}
