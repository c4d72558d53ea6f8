using System.Net;
using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Cases;

/// <summary>The new calls refuse bad input field by field (400), and answer 403, 404 and 409 where they should.</summary>
public sealed class LedgerBadInputTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly Story _story = new(app);

    [Fact]
    public async Task AFairForPriorityGroupsOnlyMustBeAThemedSessionWithAGroup()
    {
        var organiser = await _story.OrganiserAsync();
        var times = new { opensAt = DateTimeOffset.UtcNow.AddDays(30).ToString("O"), closesAt = DateTimeOffset.UtcNow.AddDays(31).ToString("O") };

        var (general, generalProblem) = await _story.Client.PostAsync("/api/fairs", new { title = "General", theme = "general", times.opensAt, times.closesAt, eligibility = "priority-groups-only" }, organiser.Token);
        var (unknown, unknownProblem) = await _story.Client.PostAsync("/api/fairs", new { title = "Themed", theme = "disability", times.opensAt, times.closesAt, eligibility = "some" }, organiser.Token);
        var (industry, industryProblem) = await _story.Client.PostAsync("/api/fairs", new { title = "Industry", theme = "industry", times.opensAt, times.closesAt, eligibility = "priority-groups-only" }, organiser.Token);
        var (themed, fair) = await _story.Client.PostAsync("/api/fairs", new { title = "残疾人专场", theme = "disability", times.opensAt, times.closesAt }, organiser.Token);

        Assert.Equal(HttpStatusCode.BadRequest, general);
        Assert.Equal("A general fair is open to everyone; choose a themed session to restrict it to priority groups.", First(generalProblem, "eligibility"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Equal("Unknown eligibility 'some'; allowed: everyone, priority-groups-only", First(unknownProblem, "eligibility"));
        Assert.Equal(HttpStatusCode.BadRequest, industry);
        Assert.Equal("A session for priority groups only needs at least one priority group in priorityGroups.", First(industryProblem, "eligibility"));
        Assert.Equal(HttpStatusCode.Created, themed);
        Assert.Equal("priority-groups-only", fair.Text("eligibility"));
    }

    [Fact]
    public async Task OnlyGraduatesOfTheSessionsGroupsRegisterAndQueueAndOthersGetANeutralRefusal()
    {
        var organiser = await _story.OrganiserAsync();
        var fairId = await _story.CreateFairAsync(organiser, new
        {
            title = "Hardship-family session",
            theme = "hardship-family",
            opensAt = DateTimeOffset.UtcNow.AddDays(30).ToString("O"),
            closesAt = DateTimeOffset.UtcNow.AddDays(31).ToString("O"),
        });
        var employer = await _story.Client.SignUpAsync("employer");
        var boothId = await _story.CreateBoothAsync(employer, fairId, await _story.CreateVerifiedCompanyAsync(employer, organiser));
        var member = await _story.GraduateAsync("Member", priorityGroup: "hardship-family");
        var other = await _story.GraduateAsync("Other", priorityGroup: "disability");
        var regular = await _story.GraduateAsync("Regular");

        var (beforeRegistering, _) = await _story.Client.GetAsync($"/api/fairs/{fairId}/register", member.Token);
        var (memberRegisters, registration) = await _story.Client.PostAsync($"/api/fairs/{fairId}/register", token: member.Token);
        var (_, registered) = await _story.Client.GetAsync($"/api/fairs/{fairId}/register", member.Token);
        var (otherRegisters, otherProblem) = await _story.Client.PostAsync($"/api/fairs/{fairId}/register", token: other.Token);
        var (memberJoins, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue", token: member.Token);
        var (regularJoins, regularProblem) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue", token: regular.Token);
        var (_, view) = await _story.Client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        var (_, regularQueues) = await _story.Client.GetAsync("/api/me/queues", regular.Token);

        Assert.Equal(HttpStatusCode.NotFound, beforeRegistering);
        Assert.Equal(HttpStatusCode.OK, memberRegisters);
        Assert.Equal(registration.Text("registeredAt"), registered.Text("registeredAt"));
        Assert.Equal(HttpStatusCode.Forbidden, otherRegisters);
        Assert.Equal("This session is reserved for the graduates it was organised for.", otherProblem.Text("detail"));
        Assert.Equal(HttpStatusCode.OK, memberJoins);
        Assert.Equal(HttpStatusCode.Forbidden, regularJoins);
        Assert.Equal("This session is reserved for the graduates it was organised for.", regularProblem.Text("detail"));
        Assert.Equal([member.UserId], view!["waiting"]!.AsArray().Select(w => w.Text("graduateId")));
        Assert.DoesNotContain("reserved", view.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(regularQueues!.AsArray());
    }

    [Fact]
    public async Task RegistrationAnswers404ForNoFair403ForEmployersAnd409OnceClosed()
    {
        var organiser = await _story.OrganiserAsync();
        var graduate = await _story.GraduateAsync("Late Comer");
        var employer = await _story.Client.SignUpAsync("employer");
        var fairId = await _story.CreateFairAsync(organiser);
        await _story.Client.PostAsync($"/api/fairs/{fairId}/close", token: organiser.Token);

        var (missing, _) = await _story.Client.PostAsync("/api/fairs/fair_nope/register", token: graduate.Token);
        var (asEmployer, _) = await _story.Client.PostAsync($"/api/fairs/{fairId}/register", token: employer.Token);
        var (closed, problem) = await _story.Client.PostAsync($"/api/fairs/{fairId}/register", token: graduate.Token);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Conflict), (missing, asEmployer, closed));
        Assert.Equal("Fair closed", problem.Text("title"));
    }

    [Fact]
    public async Task EditingAFairRefusesBadTimesAndEditsItsStatusForbids()
    {
        var organiser = await _story.OrganiserAsync();
        var scheduled = await _story.CreateFairAsync(organiser, open: false);
        var open = await _story.CreateFairAsync(organiser);
        var closed = await _story.CreateFairAsync(organiser);
        await _story.Client.PostAsync($"/api/fairs/{closed}/close", token: organiser.Token);
        var graduate = await _story.GraduateAsync("Editor");
        var now = app.Clock.GetUtcNow();

        var (badFields, badFieldsProblem) = await Patch(organiser, scheduled, new { title = "", opensAt = "tomorrow", description = new string('x', 4001) });
        var (inverted, invertedProblem) = await Patch(organiser, scheduled, new { closesAt = now.AddDays(1).ToString("O"), opensAt = now.AddDays(2).ToString("O") });
        var (past, pastProblem) = await Patch(organiser, scheduled, new { opensAt = now.AddMinutes(-1).ToString("O") });
        var (openMoved, openProblem) = await Patch(organiser, open, new { opensAt = now.AddDays(40).ToString("O") });
        var (openRetitled, retitled) = await Patch(organiser, open, new { title = "Renamed while open", description = "" });
        var (closedEdit, closedProblem) = await Patch(organiser, closed, new { title = "Too late" });
        var (missing, _) = await Patch(organiser, "fair_nope", new { title = "Nobody" });
        var (asGraduate, _) = await Patch(graduate, scheduled, new { title = "Mine" });

        Assert.Equal(HttpStatusCode.BadRequest, badFields);
        Assert.Equal("Title is required.", First(badFieldsProblem, "title"));
        Assert.StartsWith("Opens at must be an ISO 8601 time", First(badFieldsProblem, "opensAt"), StringComparison.Ordinal);
        Assert.Equal("Description must be at most 4000 characters.", First(badFieldsProblem, "description"));
        Assert.Equal(HttpStatusCode.BadRequest, inverted);
        Assert.Equal("Closing time must be after the opening time.", First(invertedProblem, "closesAt"));
        Assert.Equal(HttpStatusCode.BadRequest, past);
        Assert.Equal("Opening time must be in the future; to open the fair now, open it.", First(pastProblem, "opensAt"));
        Assert.Equal(HttpStatusCode.Conflict, openMoved);
        Assert.Equal("The fair is open: its opening time can no longer change.", openProblem.Text("detail"));
        Assert.Equal(HttpStatusCode.OK, openRetitled);
        Assert.Equal(("Renamed while open", null), (retitled.Text("title"), retitled.Text("description")));
        Assert.Equal(HttpStatusCode.Conflict, closedEdit);
        Assert.Equal("The fair is closed: it can no longer be edited.", closedProblem.Text("detail"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (missing, asGraduate));
    }

    [Fact]
    public async Task CaseCallsRefuseBadFiltersAndEntriesFieldByField()
    {
        var organiser = await _story.OrganiserAsync();
        var graduate = await _story.GraduateAsync("Case Subject");
        var withoutProfile = await _story.Client.SignUpAsync("graduate");

        var (list, listProblem) = await _story.Client.GetAsync("/api/cases?status=hired&priority=maybe&lacking=other&limit=0&offset=-1", organiser.Token);
        var (employed, employedProblem) = await _story.Client.PostAsync($"/api/cases/{graduate.UserId}/status", new { status = "employed", date = "01/07/2026" }, organiser.Token);
        var (seekingWithEmployer, seekingProblem) = await _story.Client.PostAsync($"/api/cases/{graduate.UserId}/status", new { status = "seeking", employer = "Acme", date = "2026-07-01" }, organiser.Token);
        var (offer, offerProblem) = await _story.Client.PostAsync($"/api/cases/{graduate.UserId}/status", new { status = "offer" }, organiser.Token);
        var (services, servicesProblem) = await _story.Client.PostAsync($"/api/cases/{graduate.UserId}/services", new { kind = "coaching", count = 101 }, organiser.Token);
        var (noCount, noCountProblem) = await _story.Client.PostAsync($"/api/cases/{graduate.UserId}/services", new { kind = "training" }, organiser.Token);
        var (noCase, _) = await _story.Client.GetAsync($"/api/cases/{withoutProfile.UserId}", organiser.Token);
        var (noCaseStatus, _) = await _story.Client.PostAsync($"/api/cases/{withoutProfile.UserId}/status", new { status = "not-seeking" }, organiser.Token);

        Assert.Equal(HttpStatusCode.BadRequest, list);
        Assert.StartsWith("Unknown status 'hired'; allowed: seeking, interviewing, offer, signed, employed, not-seeking", First(listProblem, "status"), StringComparison.Ordinal);
        Assert.Equal("'maybe' is not a boolean; allowed: true, false", First(listProblem, "priority"));
        Assert.StartsWith("Other help has no minimum under 1311", First(listProblem, "lacking"), StringComparison.Ordinal);
        Assert.Equal("Limit must be between 1 and 1000.", First(listProblem, "limit"));
        Assert.Equal("Offset must not be negative.", First(listProblem, "offset"));
        Assert.Equal(HttpStatusCode.BadRequest, employed);
        Assert.Equal("'01/07/2026' is not a date; write it as YYYY-MM-DD (e.g. 2026-06-20).", First(employedProblem, "date"));
        Assert.Equal(HttpStatusCode.BadRequest, seekingWithEmployer);
        Assert.Equal("Employer is recorded only with signed or employed.", First(seekingProblem, "employer"));
        Assert.Equal("Date is recorded only with signed or employed.", First(seekingProblem, "date"));
        Assert.Equal(HttpStatusCode.Conflict, offer);
        Assert.StartsWith("Interviewing and offer are set by interviews on the platform", offerProblem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, services);
        Assert.StartsWith("Unknown kind 'coaching'", First(servicesProblem, "kind"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noCount);
        Assert.Equal("Count is required.", First(noCountProblem, "count"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (noCase, noCaseStatus));
    }

    [Fact]
    public async Task FollowUpNotificationAndReportCallsAnswer400And404()
    {
        var organiser = await _story.OrganiserAsync();
        var graduate = await _story.GraduateAsync("Reader");

        var (badChannel, channelProblem) = await _story.Client.PostAsync("/api/follow-ups/fu3_abc/complete", new { channel = "pigeon", note = new string('x', 4001) }, organiser.Token);
        var (noFollowUp, _) = await _story.Client.PostAsync("/api/follow-ups/fu3_abc/complete", new { channel = "phone" }, organiser.Token);
        var (notAFollowUpId, _) = await _story.Client.PostAsync("/api/follow-ups/nonsense/complete", new { channel = "email" }, organiser.Token);
        var (badStatus, statusProblem) = await _story.Client.GetAsync("/api/follow-ups?status=late", organiser.Token);
        var (noNotification, _) = await _story.Client.PostAsync("/api/me/notifications/rem_nope/read", token: graduate.Token);
        var (badMonth, monthProblem) = await _story.Client.GetAsync("/api/reports/monthly?month=2026-13", organiser.Token);
        var (noMonth, noMonthProblem) = await _story.Client.GetAsync("/api/reports/monthly.csv", organiser.Token);
        var (noFair, _) = await _story.Client.GetAsync("/api/fairs/fair_nope/report", organiser.Token);
        var (noFairCsv, _) = await _story.Client.GetAsync("/api/fairs/fair_nope/report.csv", organiser.Token);
        var (asGraduate, _) = await _story.Client.GetAsync("/api/reports/monthly?month=2026-05", graduate.Token);

        Assert.Equal(HttpStatusCode.BadRequest, badChannel);
        Assert.Equal("Unknown channel 'pigeon'; allowed: phone, text-message, email, video-call, in-person, other", First(channelProblem, "channel"));
        Assert.Equal("Note must be at most 4000 characters.", First(channelProblem, "note"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (noFollowUp, notAFollowUpId));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Equal("Unknown status 'late'; allowed: open, completed, all", First(statusProblem, "status"));
        Assert.Equal(HttpStatusCode.NotFound, noNotification);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth);
        Assert.Equal("'2026-13' is not a month; write it as YYYY-MM (e.g. 2026-05).", First(monthProblem, "month"));
        Assert.Equal(HttpStatusCode.BadRequest, noMonth);
        Assert.Equal("Month is required, as YYYY-MM (e.g. 2026-05).", First(noMonthProblem, "month"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (noFair, noFairCsv, asGraduate));
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> Patch(Session session, string fairId, object body) =>
        _story.Client.SendAsync(HttpMethod.Patch, $"/api/fairs/{fairId}", body, session.Token);

    private static string? First(JsonNode? problem, string field) => problem?["errors"]?[field]?[0]?.GetValue<string>();
}
