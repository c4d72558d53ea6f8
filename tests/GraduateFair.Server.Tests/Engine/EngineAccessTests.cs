using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Engine;

public sealed class EngineAccessTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task OnlyOrganisersCreateFairsAndVerifyCompanies()
    {
        var employer = await _story.Client.SignUpAsync("employer");
        var graduate = await _story.Client.SignUpAsync("graduate");
        var (_, company) = await _story.Client.PostAsync("/api/companies", new { name = "Self Verified", creditCode = Story.NewCreditCode(), industry = "IT", city = "Wuhan" }, employer.Token);

        var (employerFair, _) = await _story.Client.PostAsync("/api/fairs", new { title = "Mine", theme = "general", opensAt = "2026-06-01T09:00:00Z", closesAt = "2026-06-01T17:00:00Z" }, employer.Token);
        var (graduateFair, _) = await _story.Client.PostAsync("/api/fairs", new { title = "Mine", theme = "general", opensAt = "2026-06-01T09:00:00Z", closesAt = "2026-06-01T17:00:00Z" }, graduate.Token);
        var (selfVerify, _) = await _story.Client.PostAsync($"/api/companies/{company.Text("companyId")}/verify", token: employer.Token);
        var (anonymous, _) = await _app.CreateClient().GetAsync("/api/fairs", token: null);

        Assert.Equal(HttpStatusCode.Forbidden, employerFair);
        Assert.Equal(HttpStatusCode.Forbidden, graduateFair);
        Assert.Equal(HttpStatusCode.Forbidden, selfVerify);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
    }

    [Fact]
    public async Task AnEmployerActsOnlyOnTheirCompanysBooths()
    {
        var organiser = await _story.OrganiserAsync();
        var (owner, fairId, boothId) = await _story.OpenBoothAsync(organiser);
        var stranger = await _story.Client.SignUpAsync("employer", "Other Company");
        var strangerCompany = await _story.CreateVerifiedCompanyAsync(stranger, organiser, "Other Co");
        var (_, ownerBooth) = await _story.Client.GetAsync($"/api/booths/{boothId}", owner.Token);

        var answers = new[]
        {
            (await _story.Client.GetAsync($"/api/booths/{boothId}/queue", stranger.Token)).Status,
            (await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: stranger.Token)).Status,
            (await _story.Client.PostAsync($"/api/booths/{boothId}/jobs", new { title = "Spy", discipline = "law", degree = "master", city = "Wuhan", openings = 1 }, stranger.Token)).Status,
            (await _story.Client.PostAsync($"/api/booths/{boothId}/pause", token: stranger.Token)).Status,
            (await _story.Client.PostAsync($"/api/fairs/{fairId}/booths", new { companyId = ownerBooth.Text("companyId"), title = "Not mine" }, stranger.Token)).Status,
            (await _story.Client.GetAsync($"/api/companies/{ownerBooth.Text("companyId")}", stranger.Token)).Status,
        };
        var (ownBooth, _) = await _story.Client.PostAsync($"/api/fairs/{fairId}/booths", new { companyId = strangerCompany, title = "Mine" }, stranger.Token);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(HttpStatusCode.Created, ownBooth);
    }

    [Fact]
    public async Task AnAddedColleagueActsOnTheCompanysBooths()
    {
        var (owner, _, boothId) = await _story.OpenBoothAsync();
        var colleague = await _story.Client.SignUpAsync("employer", "Colleague");
        var (_, booth) = await _story.Client.GetAsync($"/api/booths/{boothId}", owner.Token);
        var companyId = booth.Text("companyId");

        var (before, _) = await _story.Client.GetAsync($"/api/booths/{boothId}/queue", colleague.Token);
        var (added, _) = await _story.Client.PostAsync($"/api/companies/{companyId}/employers", new { email = colleague.Email }, owner.Token);
        var (after, _) = await _story.Client.GetAsync($"/api/booths/{boothId}/queue", colleague.Token);
        var (_, mine) = await _story.Client.GetAsync("/api/companies", colleague.Token);

        Assert.Equal(HttpStatusCode.Forbidden, before);
        Assert.Equal(HttpStatusCode.NoContent, added);
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal([companyId], mine!.AsArray().Select(c => c.Text("companyId")));
    }

    [Fact]
    public async Task AGraduateAnswersOnlyTheirOwnInvitations()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var invited = await _story.GraduateAsync("Invited");
        var other = await _story.GraduateAsync("Other");
        await _story.JoinAsync(invited, boothId);
        var (_, invitation) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var invitationId = invitation.Text("invitationId");

        var (accept, _) = await _story.Client.PostAsync($"/api/invitations/{invitationId}/accept", token: other.Token);
        var (decline, _) = await _story.Client.PostAsync($"/api/invitations/{invitationId}/decline", token: other.Token);
        var (look, _) = await _story.Client.GetAsync($"/api/invitations/{invitationId}", other.Token);
        var (_, mine) = await _story.Client.GetAsync("/api/me/invitation", invited.Token);

        Assert.Equal(HttpStatusCode.Forbidden, accept);
        Assert.Equal(HttpStatusCode.Forbidden, decline);
        Assert.Equal(HttpStatusCode.Forbidden, look);
        Assert.Equal(invitationId, mine.Text("invitationId"));
    }

    [Fact]
    public async Task OnlyTheRoomsEmployerEndsItAndOnlyParticipantsSeeIt()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Interviewee");
        var outsider = await _story.Client.SignUpAsync("employer");
        await _story.JoinAsync(graduate, boothId);
        var (_, invitation) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{invitation.Text("invitationId")}/accept", token: graduate.Token);
        var roomId = accepted.Text("roomId");

        var (outsiderEnd, _) = await _story.Client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "reject" }, outsider.Token);
        var (graduateEnd, _) = await _story.Client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "offer" }, graduate.Token);
        var (outsiderLook, _) = await _story.Client.GetAsync($"/api/rooms/{roomId}", outsider.Token);
        var (notes, _) = await _story.Client.SendAsync(HttpMethod.Put, $"/api/rooms/{roomId}/notes", new { notes = "Good communicator." }, employer.Token);
        var (_, employerView) = await _story.Client.GetAsync($"/api/rooms/{roomId}", employer.Token);
        var (_, graduateView) = await _story.Client.GetAsync($"/api/rooms/{roomId}", graduate.Token);
        var (ended, _) = await _story.Client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "advance" }, employer.Token);
        var (endedTwice, _) = await _story.Client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "advance" }, employer.Token);

        Assert.Equal(HttpStatusCode.Forbidden, outsiderEnd);
        Assert.Equal(HttpStatusCode.Forbidden, graduateEnd);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderLook);
        Assert.Equal(HttpStatusCode.NoContent, notes);
        Assert.Equal("Good communicator.", employerView.Text("notes"));
        Assert.Null(graduateView!["notes"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, ended);
        Assert.Equal(HttpStatusCode.Conflict, endedTwice);
    }

    [Fact]
    public async Task GraduatesDoNotUseEmployerCallsAndEmployersDoNotJoinQueues()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Curious");

        var (graduateView, _) = await _story.Client.GetAsync($"/api/booths/{boothId}/queue", graduate.Token);
        var (graduateNext, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: graduate.Token);
        var (employerJoin, _) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue", token: employer.Token);

        Assert.Equal(HttpStatusCode.Forbidden, graduateView);
        Assert.Equal(HttpStatusCode.Forbidden, graduateNext);
        Assert.Equal(HttpStatusCode.Forbidden, employerJoin);
    }
}
