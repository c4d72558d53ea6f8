using System.Globalization;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Interviews;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.Companies;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Queues;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>
/// What users do, calling the grains the way the HTTP layer does, so tests read like the product.
/// Grains publish events after the reply, from other threads; each action here also awaits the
/// events it causes, so a test that counts <see cref="FairEventLog.Count"/> after an action sees
/// only what comes next.
/// </summary>
internal sealed partial class FairEngine
{
    public const string Organiser = "organiser-1";

    private int _companies;

    /// <summary>A fair opening now; themed or not, open to everyone unless <paramref name="eligibility"/> says otherwise.</summary>
    public async Task<string> CreateFairAsync(Theme theme = Theme.General, IReadOnlyList<PriorityGroup>? priorityGroups = null, bool open = true, Eligibility eligibility = Eligibility.Everyone)
    {
        var fairId = Ids.New("fair");
        var opensAt = Clock.GetUtcNow();
        await Fair(fairId).CreateAsync(new NewFair("Graduate job fair", theme, opensAt, opensAt.AddHours(8), priorityGroups ?? [], null, Organiser, eligibility));
        if (open)
        {
            await OpenFairAsync(fairId);
        }

        return fairId;
    }

    public async Task OpenFairAsync(string fairId)
    {
        var after = Events.Count;
        await Fair(fairId).OpenAsync();
        await Events.WaitForAsync<FairStatusRecord>("the fair to open", e => e.FairId == fairId && e.Status == FairStatus.Open, after);
    }

    /// <summary>A verified company opens a booth at the fair; its employers are <paramref name="employers"/> (one by default).</summary>
    public async Task<TestBooth> OpenBoothAsync(string fairId, string? companyName = null, params string[] employers)
    {
        var number = Interlocked.Increment(ref _companies);
        companyName ??= $"Company {number}";
        employers = employers.Length > 0 ? employers : [$"employer-{number}"];
        var companyId = Ids.New("co");
        var creditCode = $"91110000{number:D10}";
        var company = Grain<ICompanyGrain>(companyId);
        await company.CreateAsync(new NewCompany(companyName, creditCode, "software", "Wuhan", employers[0]));
        await company.VerifyAsync(Organiser);
        foreach (var colleague in employers.Skip(1))
        {
            await company.AddEmployerAsync(colleague);
        }

        var boothId = Ids.New("booth");
        var title = $"{companyName} campus hiring";
        await Grain<IBoothGrain>(boothId).CreateAsync(new NewBooth(fairId, companyId, companyName, title, null, employers[0]));
        var added = await Fair(fairId).AddBoothAsync(new FairBooth(boothId, companyId, companyName, title));
        if (added.Kind != FairTransitionKind.Changed)
        {
            throw new InvalidOperationException($"The booth was not added: {added.Kind} {added.Message}");
        }

        await company.AddBoothAsync(new CompanyBooth(boothId, fairId, title));
        return new TestBooth(boothId, fairId, companyId, companyName, employers);
    }

    /// <summary>A graduate with a profile, the accommodations they share, and priority groups they consented to.</summary>
    public async Task<string> GraduateAsync(string graduateId, IReadOnlyList<Accommodation>? accommodations = null, IReadOnlyList<PriorityGroup>? consentedGroups = null)
    {
        var graduate = Graduate(graduateId);
        await graduate.UpdateProfileAsync(new GraduateProfile(DisplayNameOf(graduateId), "Wuhan University", Discipline.Engineering, Degree.Bachelor, 2026, "Wuhan", accommodations ?? []));
        if (consentedGroups is { Count: > 0 })
        {
            await graduate.SetPriorityAsync(consentedGroups);
        }

        return graduateId;
    }

    public async Task<IReadOnlyList<string>> GraduatesAsync(params string[] graduateIds)
    {
        foreach (var id in graduateIds)
        {
            await GraduateAsync(id);
        }

        return graduateIds;
    }

    /// <summary>
    /// Joins a queue as <c>POST /api/booths/{boothId}/queue</c> does: reserve one of the graduate's
    /// five places, join the queue, and give the place back when the queue refused a place this
    /// call reserved (a place held before, e.g. for an invitation from that booth, is kept).
    /// </summary>
    public async Task<JoinAttempt> JoinAsync(string graduateId, string boothId)
    {
        var booth = await Grain<IBoothGrain>(boothId).GetAsync() ?? throw new InvalidOperationException($"No booth {boothId}.");
        var fair = await Fair(booth.FairId).GetAsync() ?? throw new InvalidOperationException($"No fair {booth.FairId}.");
        var graduate = Graduate(graduateId);
        var displayName = (await graduate.GetProfileAsync())?.FullName ?? graduateId;
        var slot = await graduate.ReserveQueueSlotAsync(new QueueSlotRequest(boothId, fair.FairId, fair.PriorityGroups, displayName));
        if (slot.Candidate is null)
        {
            return new JoinAttempt(slot.Outcome, null);
        }

        var after = Events.Count;
        var joined = await Queue(boothId).JoinAsync(slot.Candidate);
        if (joined.Outcome is not (JoinOutcome.Joined or JoinOutcome.AlreadyWaiting) && slot.Outcome == QueueSlotOutcome.Reserved)
        {
            await graduate.ReleaseQueueSlotAsync(boothId);
        }

        if (joined.Outcome == JoinOutcome.Joined)
        {
            await Events.WaitForAsync<BoothQueueRecord>($"the waiting count after {graduateId} joined", e => e.BoothId == boothId, after);
        }

        return new JoinAttempt(slot.Outcome, joined);
    }

    /// <summary>Joins, expecting a place.</summary>
    public async Task<QueuePlace> JoinedAsync(string graduateId, string boothId)
    {
        var attempt = await JoinAsync(graduateId, boothId);
        return attempt.Outcome is JoinOutcome.Joined or JoinOutcome.AlreadyWaiting
            ? attempt.Place
            : throw new InvalidOperationException($"{graduateId} could not join {boothId}: {attempt.Slot} {attempt.Outcome} {attempt.Queue?.Message}");
    }

    /// <summary>Leaves as <c>DELETE /api/booths/{boothId}/queue</c> does: leave the queue, then give the place back.</summary>
    public async Task<bool> LeaveAsync(string graduateId, string boothId)
    {
        var after = Events.Count;
        var left = await Queue(boothId).LeaveAsync(graduateId);
        await Graduate(graduateId).ReleaseQueueSlotAsync(boothId);
        if (left)
        {
            await Events.WaitForAsync<BoothQueueRecord>($"the waiting count after {graduateId} left", e => e.BoothId == boothId, after);
        }

        return left;
    }

    /// <summary>Withdraws consent as <c>DELETE /api/me/priority</c> does: erase the groups, then move to the regular lane everywhere.</summary>
    public async Task WithdrawPriorityAsync(string graduateId)
    {
        foreach (var boothId in await Graduate(graduateId).WithdrawPriorityAsync())
        {
            await Queue(boothId).DemoteAsync(graduateId);
        }
    }

    public Task<QueuePlace?> PlaceAsync(string graduateId, string boothId) => Queue(boothId).GetPlaceAsync(graduateId);

    public async Task<CallNextResult> CallNextAsync(TestBooth booth, string? employerId = null)
    {
        var after = Events.Count;
        var result = await Queue(booth.BoothId).CallNextAsync(employerId ?? booth.Employer);
        if (result.Invitation is { } invitation)
        {
            await Events.WaitForAsync<InvitedRecord>($"{invitation.GraduateId}'s invitation", e => e.Notice.InvitationId == invitation.InvitationId, after);
            await Events.WaitForAsync<BoothQueueRecord>("the waiting count after an invitation", e => e.BoothId == booth.BoothId, after);
        }

        return result;
    }

    /// <summary>Calls next, expecting an invitation.</summary>
    public async Task<InvitationRecord> InviteNextAsync(TestBooth booth, string? employerId = null)
    {
        var result = await CallNextAsync(booth, employerId);
        return result is { Outcome: CallNextOutcome.Invited, Invitation: { } invitation }
            ? invitation
            : throw new InvalidOperationException($"Call next at {booth.CompanyName}: {result.Outcome} {result.Message}");
    }

    public async Task<AnswerResult> AcceptAsync(InvitationRecord invitation)
    {
        var after = Events.Count;
        var answer = await Queue(invitation.BoothId).AcceptAsync(invitation.InvitationId, invitation.GraduateId);
        if (answer.Outcome == AnswerOutcome.Accepted)
        {
            await Events.WaitForAsync<InvitationAnsweredRecord>($"{invitation.GraduateId}'s acceptance", e => e.Answer.InvitationId == invitation.InvitationId, after);
            await Events.WaitForAsync<BoothQueueRecord>("the waiting count after an acceptance", e => e.BoothId == invitation.BoothId, after);
        }

        return answer;
    }

    public async Task<AnswerResult> DeclineAsync(InvitationRecord invitation)
    {
        var after = Events.Count;
        var answer = await Queue(invitation.BoothId).DeclineAsync(invitation.InvitationId, invitation.GraduateId);
        if (answer.Outcome == AnswerOutcome.Declined)
        {
            await Events.WaitForAsync<QueueLeftRecord>($"{invitation.GraduateId} to leave after declining", e => e.GraduateId == invitation.GraduateId && e.BoothId == invitation.BoothId, after);
            await Events.WaitForAsync<BoothQueueRecord>("the waiting count after a decline", e => e.BoothId == invitation.BoothId, after);
        }

        return answer;
    }

    /// <summary>Lets the invitation run out: moves the clock to its deadline and awaits the expiry.</summary>
    public async Task<InvitationExpiredRecord> LetExpireAsync(InvitationRecord invitation)
    {
        var after = Events.Count;
        Clock.AdvanceTo(invitation.ExpiresAt);
        var expired = await Events.WaitForAsync<InvitationExpiredRecord>($"{invitation.GraduateId}'s invitation to expire", e => e.InvitationId == invitation.InvitationId, after);
        await Events.WaitForAsync<BoothQueueRecord>("the waiting count after an expiry", e => e.BoothId == invitation.BoothId, after);
        return expired;
    }

    /// <summary>Calls next and has the invited graduate accept: returns the room.</summary>
    public async Task<RoomRecord> InterviewNextAsync(TestBooth booth, string? employerId = null)
    {
        var invitation = await InviteNextAsync(booth, employerId);
        var answer = await AcceptAsync(invitation);
        var roomId = answer.RoomId ?? throw new InvalidOperationException($"{invitation.GraduateId} could not accept: {answer.Outcome}");
        return await Grain<IInterviewRoomGrain>(roomId).GetAsync() ?? throw new InvalidOperationException($"No room {roomId}.");
    }

    public async Task<EndRoomResult> EndRoomAsync(RoomRecord room, InterviewOutcome outcome = InterviewOutcome.Advance, string? notes = null)
    {
        var after = Events.Count;
        var result = await Queue(room.BoothId).EndRoomAsync(room.RoomId, room.EmployerId, outcome, notes);
        if (result.Outcome == EndRoomOutcome.Ended)
        {
            await Events.WaitForAsync<RoomEndedRecord>("the room to end", e => e.RoomId == room.RoomId, after);
            if ((await Queue(room.BoothId).GetLoadAsync())!.Waiting > 0)
            {
                await Events.WaitForAsync<QueuePositionsRecord>("new wait estimates after an interview", e => e.BoothId == room.BoothId, after);
            }
        }

        return result;
    }

    /// <summary>An interview of <paramref name="length"/> on the manual clock: call next, accept, talk, end.</summary>
    public async Task<RoomRecord> InterviewAsync(TestBooth booth, TimeSpan length, string? employerId = null, InterviewOutcome outcome = InterviewOutcome.Advance)
    {
        var room = await InterviewNextAsync(booth, employerId);
        Clock.Advance(length);
        return (await EndRoomAsync(room, outcome)).Room!;
    }

    /// <summary>The waiting graduates' ids as the booth's employer sees them, in serving order.</summary>
    public async Task<IReadOnlyList<string>> ServingOrderAsync(TestBooth booth)
    {
        var view = await Queue(booth.BoothId).GetEmployerViewAsync(booth.Employer) ?? throw new InvalidOperationException($"No queue {booth.BoothId}.");
        return [.. view.Waiting.Select(entry => entry.GraduateId)];
    }

    public async Task<IReadOnlyList<string>> SlotsOfAsync(string graduateId) =>
        [.. (await Graduate(graduateId).GetQueueSlotsAsync()).Select(slot => slot.BoothId)];

    public IFairGrain Fair(string fairId) => Grain<IFairGrain>(fairId);

    public IInterviewQueueGrain Queue(string boothId) => Grain<IInterviewQueueGrain>(boothId);

    public IGraduateGrain Graduate(string graduateId) => Grain<IGraduateGrain>(graduateId);

    public Task<InvitationRecord?> InvitationAsync(string invitationId) => Grain<IInvitationGrain>(invitationId).GetAsync();

    public Task<RoomRecord?> RoomAsync(string roomId) => Grain<IInterviewRoomGrain>(roomId).GetAsync();

    public static string DisplayNameOf(string graduateId) =>
        string.Concat(char.ToUpper(graduateId[0], CultureInfo.InvariantCulture).ToString(), graduateId.AsSpan(1)) + " Chen";
}
