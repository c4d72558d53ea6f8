using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Engine;

/// <summary>The issue's story, through the HTTP API alone.</summary>
public sealed class FairStoryTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task AFairFromCreationToAnOfferAndAnExpiredInvitation()
    {
        var client = _story.Client;

        // The organiser creates and opens a fair; an employer registers a company, the organiser verifies it.
        var organiser = await _story.OrganiserAsync();
        var fairId = await _story.CreateFairAsync(organiser, open: false);
        var (openedStatus, opened) = await client.PostAsync($"/api/fairs/{fairId}/open", token: organiser.Token);
        Assert.Equal(HttpStatusCode.OK, openedStatus);
        Assert.Equal("open", opened.Text("status"));
        var employer = await client.SignUpAsync("employer", "Recruiter Wang");
        var (companyStatus, company) = await client.PostAsync("/api/companies", new { name = "Wuhan Optics Ltd", creditCode = Story.NewCreditCode(), industry = "Manufacturing", city = "Wuhan" }, employer.Token);
        Assert.Equal(HttpStatusCode.Created, companyStatus);
        Assert.Equal("pending", company.Text("status"));
        var companyId = company.Text("companyId")!;
        var (refused, _) = await client.PostAsync($"/api/fairs/{fairId}/booths", new { companyId, title = "Too early" }, employer.Token);
        Assert.Equal(HttpStatusCode.Conflict, refused);
        var (verifiedStatus, verified) = await client.PostAsync($"/api/companies/{companyId}/verify", token: organiser.Token);
        Assert.Equal(HttpStatusCode.OK, verifiedStatus);
        Assert.Equal("verified", verified.Text("status"));

        // The employer opens a booth with two jobs.
        var boothId = await _story.CreateBoothAsync(employer, fairId, companyId);
        await _story.AddJobAsync(employer, boothId, "Optical engineer");
        await _story.AddJobAsync(employer, boothId, "Test engineer");
        var (_, booth) = await client.GetAsync($"/api/booths/{boothId}", employer.Token);
        Assert.Equal(["Optical engineer", "Test engineer"], booth!["jobs"]!.AsArray().Select(j => j!["title"]!.GetValue<string>()));

        // Three graduates join; the third consented to a group the fair serves first.
        var li = await _story.GraduateAsync("Li Hua");
        var zhang = await _story.GraduateAsync("Zhang Wei");
        var chen = await _story.GraduateAsync("Chen Jing", priorityGroup: "hardship-family");
        Assert.Equal(1, (await _story.JoinAsync(li, boothId))["position"]!.GetValue<int>());
        Assert.Equal(2, (await _story.JoinAsync(zhang, boothId))["position"]!.GetValue<int>());
        var chenPlace = await _story.JoinAsync(chen, boothId);
        Assert.Equal(1, chenPlace["position"]!.GetValue<int>());
        Assert.Equal(600, chenPlace["etaSeconds"]!.GetValue<int>());
        Assert.Equal("about 10 minutes", chenPlace.Text("etaText"));
        var (_, liPlace) = await client.GetAsync($"/api/booths/{boothId}/queue/me", li.Token);
        var (_, zhangPlace) = await client.GetAsync($"/api/booths/{boothId}/queue/me", zhang.Token);
        Assert.Equal((2, 1200, "about 20 minutes"), (liPlace!["position"]!.GetValue<int>(), liPlace["etaSeconds"]!.GetValue<int>(), liPlace.Text("etaText")));
        Assert.Equal((3, 1800, "about 30 minutes"), (zhangPlace!["position"]!.GetValue<int>(), zhangPlace["etaSeconds"]!.GetValue<int>(), zhangPlace.Text("etaText")));
        var (_, again) = await client.PostAsync($"/api/booths/{boothId}/queue", token: li.Token);
        Assert.Equal(2, again!["position"]!.GetValue<int>());

        // The employer's view: serving order, nothing about lanes or groups.
        var (viewStatus, view) = await client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        Assert.Equal(HttpStatusCode.OK, viewStatus);
        Assert.Equal([chen.UserId, li.UserId, zhang.UserId], view!["waiting"]!.AsArray().Select(w => w!["graduateId"]!.GetValue<string>()));
        Assert.Equal("Chen Jing", view["waiting"]![0]!["displayName"]!.GetValue<string>());
        AssertNothingSensitive(view.ToJsonString());

        // Call next, accept, and an interview of six minutes that ends with an offer.
        var (calledStatus, called) = await client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        Assert.Equal(HttpStatusCode.OK, calledStatus);
        Assert.Equal(chen.UserId, called.Text("graduateId"));
        Assert.Equal(_app.Clock.GetUtcNow().AddSeconds(90), called!["expiresAt"]!.GetValue<DateTimeOffset>());
        var (acceptStatus, accepted) = await client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: chen.Token);
        Assert.Equal(HttpStatusCode.OK, acceptStatus);
        var roomId = accepted.Text("roomId")!;
        var (busy, _) = await client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        Assert.Equal(HttpStatusCode.Conflict, busy);
        _app.Clock.Advance(TimeSpan.FromMinutes(6));
        var (endStatus, ended) = await client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "offer", notes = "Strong optics background." }, employer.Token);
        Assert.Equal(HttpStatusCode.OK, endStatus);
        Assert.Equal("offer", ended.Text("outcome"));
        var (_, room) = await client.GetAsync($"/api/rooms/{roomId}", chen.Token);
        Assert.Null(room!["notes"]?.GetValue<string>());
        AssertNothingSensitive(room.ToJsonString());

        // The booth's recent interview length (6 minutes) now sets the estimates.
        var (_, liAfter) = await client.GetAsync($"/api/booths/{boothId}/queue/me", li.Token);
        Assert.Equal((1, 360, "about 6 minutes"), (liAfter!["position"]!.GetValue<int>(), liAfter["etaSeconds"]!.GetValue<int>(), liAfter.Text("etaText")));

        // An invitation that runs out moves the graduate back.
        var (_, second) = await client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        Assert.Equal(li.UserId, second.Text("graduateId"));
        _app.Clock.Advance(TimeSpan.FromSeconds(91));
        Assert.Equal(2, await _story.PositionAsync(li, boothId));
        Assert.Equal(1, await _story.PositionAsync(zhang, boothId));
        var (lateStatus, late) = await client.PostAsync($"/api/invitations/{second.Text("invitationId")}/accept", token: li.Token);
        Assert.Equal(HttpStatusCode.Conflict, lateStatus);
        Assert.Equal("Invitation expired", late.Text("title"));
    }

    [Fact]
    public async Task AGraduateWithExtraTimeGetsTwiceTheTimeToAnswer()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Wang Fang", accommodations: ["extra-time", "text-chat"]);
        await _story.JoinAsync(graduate, boothId);

        var (_, view) = await _story.Client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);

        Assert.Equal(["extra-time", "text-chat"], view!["waiting"]![0]!["accommodations"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(_app.Clock.GetUtcNow().AddSeconds(180), called!["expiresAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task ASecondExpiryAtTheSameBoothRemovesTheGraduateAsANoShow()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Zhao Lei");
        await _story.JoinAsync(graduate, boothId);

        await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        _app.Clock.Advance(TimeSpan.FromSeconds(91));
        var afterFirst = await _story.PositionAsync(graduate, boothId);
        await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        _app.Clock.Advance(TimeSpan.FromSeconds(91));
        var afterSecond = await _story.PositionAsync(graduate, boothId);
        var (_, queues) = await _story.Client.GetAsync("/api/me/queues", graduate.Token);

        Assert.Equal(1, afterFirst);
        Assert.Null(afterSecond);
        Assert.Empty(queues!.AsArray());
    }

    [Fact]
    public async Task DecliningFreesTheEmployerAndTakesTheGraduateOutOfTheQueue()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var first = await _story.GraduateAsync("Sun Li");
        var second = await _story.GraduateAsync("Zhou Min");
        await _story.JoinAsync(first, boothId);
        await _story.JoinAsync(second, boothId);

        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (declined, _) = await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/decline", token: first.Token);
        var (_, next) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);

        Assert.Equal(HttpStatusCode.NoContent, declined);
        Assert.Null(await _story.PositionAsync(first, boothId));
        Assert.Equal(second.UserId, next.Text("graduateId"));
    }

    [Fact]
    public async Task AGraduateInAnInterviewIsSkippedElsewhereAndKeepsTheirPlace()
    {
        var organiser = await _story.OrganiserAsync();
        var (employerA, _, boothA) = await _story.OpenBoothAsync(organiser);
        var (employerB, _, boothB) = await _story.OpenBoothAsync(organiser);
        var busy = await _story.GraduateAsync("Busy Graduate");
        var free = await _story.GraduateAsync("Free Graduate");
        await _story.JoinAsync(busy, boothA);
        await _story.JoinAsync(busy, boothB);
        await _story.JoinAsync(free, boothB);

        var (_, invitation) = await _story.Client.PostAsync($"/api/booths/{boothA}/queue/next", token: employerA.Token);
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{invitation.Text("invitationId")}/accept", token: busy.Token);
        var (_, atB) = await _story.Client.PostAsync($"/api/booths/{boothB}/queue/next", token: employerB.Token);
        var busyPlaceAtB = await _story.PositionAsync(busy, boothB);
        await _story.Client.PostAsync($"/api/rooms/{accepted.Text("roomId")}/end", new { outcome = "advance" }, employerA.Token);
        await _story.Client.PostAsync($"/api/invitations/{atB.Text("invitationId")}/decline", token: free.Token);
        var (_, afterInterview) = await _story.Client.PostAsync($"/api/booths/{boothB}/queue/next", token: employerB.Token);

        Assert.Equal(free.UserId, atB.Text("graduateId"));
        Assert.Equal(1, busyPlaceAtB);
        Assert.Equal(busy.UserId, afterInterview.Text("graduateId"));
    }

    [Fact]
    public async Task APausedBoothTakesJoinsButInvitesNobody()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Qian Yu");

        var (pausedStatus, paused) = await _story.Client.PostAsync($"/api/booths/{boothId}/pause", token: employer.Token);
        await _story.JoinAsync(graduate, boothId);
        var (callWhilePaused, problem) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        await _story.Client.PostAsync($"/api/booths/{boothId}/resume", token: employer.Token);
        var (callAfter, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);

        Assert.Equal(HttpStatusCode.OK, pausedStatus);
        Assert.True(paused!["paused"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, callWhilePaused);
        Assert.Equal("Booth paused", problem.Text("title"));
        Assert.Equal(HttpStatusCode.OK, callAfter);
    }

    [Fact]
    public async Task CallNextWithNobodyWaitingAnswersNoContent()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();

        var (status, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);

        Assert.Equal(HttpStatusCode.NoContent, status);
    }

    [Fact]
    public async Task AGraduateWaitsInAtMostFiveQueues()
    {
        var organiser = await _story.OrganiserAsync();
        var graduate = await _story.GraduateAsync("Eager Graduate");
        var booths = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            booths.Add((await _story.OpenBoothAsync(organiser)).BoothId);
        }

        foreach (var boothId in booths.Take(5))
        {
            await _story.JoinAsync(graduate, boothId);
        }

        var (sixth, problem) = await _story.Client.PostAsync($"/api/booths/{booths[5]}/queue", token: graduate.Token);
        var (_, queues) = await _story.Client.GetAsync("/api/me/queues", graduate.Token);
        await _story.Client.SendAsync(HttpMethod.Delete, $"/api/booths/{booths[0]}/queue", token: graduate.Token);
        var (afterLeaving, _) = await _story.Client.PostAsync($"/api/booths/{booths[5]}/queue", token: graduate.Token);

        Assert.Equal(HttpStatusCode.Conflict, sixth);
        Assert.Contains("5 queues", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(1, await _story.PositionAsync(graduate, booths[5]));
        Assert.Equal(5, queues!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, afterLeaving);
    }

    [Fact]
    public async Task JoiningAFairThatIsNotOpenIsAConflictAndClosingEmptiesTheQueues()
    {
        var organiser = await _story.OrganiserAsync();
        var employer = await _story.Client.SignUpAsync("employer");
        var fairId = await _story.CreateFairAsync(organiser, open: false);
        var companyId = await _story.CreateVerifiedCompanyAsync(employer, organiser);
        var boothId = await _story.CreateBoothAsync(employer, fairId, companyId);
        var graduate = await _story.GraduateAsync("Early Bird");

        var (beforeOpening, problem) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue", token: graduate.Token);
        await _story.Client.PostAsync($"/api/fairs/{fairId}/open", token: organiser.Token);
        await _story.JoinAsync(graduate, boothId);
        var (closed, fair) = await _story.Client.PostAsync($"/api/fairs/{fairId}/close", token: organiser.Token);
        var (afterClosing, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue", token: graduate.Token);
        var (reopen, _) = await _story.Client.PostAsync($"/api/fairs/{fairId}/open", token: organiser.Token);

        Assert.Equal(HttpStatusCode.Conflict, beforeOpening);
        Assert.Equal("Fair not open", problem.Text("title"));
        Assert.Equal(HttpStatusCode.OK, closed);
        Assert.Equal("closed", fair.Text("status"));
        Assert.Equal(0, fair!["booths"]![0]!["waiting"]!.GetValue<int>());
        Assert.Null(await _story.PositionAsync(graduate, boothId));
        Assert.Equal(HttpStatusCode.Conflict, afterClosing);
        Assert.Equal(HttpStatusCode.Conflict, reopen);
    }

    [Fact]
    public async Task TheFairListShowsEachBoothsWaitingCountAndEstimate()
    {
        var (_, fairId, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Lobby Visitor");
        await _story.JoinAsync(graduate, boothId);

        var (_, fair) = await _story.Client.GetAsync($"/api/fairs/{fairId}", graduate.Token);
        var (_, fairs) = await _story.Client.GetAsync("/api/fairs?status=open", graduate.Token);

        var booth = fair!["booths"]![0]!;
        Assert.Equal(boothId, booth.Text("boothId"));
        Assert.Equal("Wuhan Optics Ltd", booth.Text("companyName"));
        Assert.Equal(1, booth["waiting"]!.GetValue<int>());
        Assert.Equal(1200, booth["etaSeconds"]!.GetValue<int>());
        Assert.Contains(fairs!.AsArray(), f => f.Text("fairId") == fairId);
    }

    private static void AssertNothingSensitive(string json)
    {
        foreach (var word in new[] { "priority", "hardship", "zero-employment", "disability", "low-income", "lane" })
        {
            Assert.DoesNotContain(word, json, StringComparison.OrdinalIgnoreCase);
        }
    }
}
