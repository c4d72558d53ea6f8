using System.Net;
using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Cases;

public sealed class CaseLedgerTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly Story _story = new(app);

    [Fact]
    public async Task InterviewsMoveTheCaseToInterviewingAndOfferAndOrganisersRecordEmployment()
    {
        var organiser = await _story.OrganiserAsync();
        var (employer, _, boothId) = await _story.OpenBoothAsync(organiser);
        var graduate = await _story.GraduateAsync("Sun Li");
        var opened = await CaseAsync(organiser, graduate);
        await _story.JoinAsync(graduate, boothId);
        var (_, called) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: graduate.Token);
        var roomId = accepted.Text("roomId")!;
        var interviewing = await CaseAsync(organiser, graduate);
        await _story.Client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "offer" }, employer.Token);
        var offer = await CaseAsync(organiser, graduate);
        var (status, employed) = await _story.Client.PostAsync($"/api/cases/{graduate.UserId}/status", new { status = "employed", employer = "Wuhan Optics Ltd", date = "2026-07-01", note = "Started in the optics lab." }, organiser.Token);
        var (_, listed) = await _story.Client.GetAsync("/api/cases?status=employed&limit=1000", organiser.Token);

        Assert.Equal(("seeking", 0), (opened.Text("status"), opened["history"]!.AsArray().Count));
        Assert.Equal("interviewing", interviewing.Text("status"));
        Assert.Equal(("seeking", "interviewing", "engine", roomId), History(interviewing, 0));
        Assert.Equal("offer", offer.Text("status"));
        Assert.Equal(("interviewing", "offer", "engine", roomId), History(offer, 1));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("employed", employed.Text("status"));
        Assert.Equal(("offer", "employed", "organiser", organiser.UserId), History(employed!, 2));
        Assert.Equal("Started in the optics lab.", employed!["history"]![2].Text("note"));
        Assert.Equal(("Wuhan Optics Ltd", "2026-07-01"), (employed["employment"].Text("employer"), employed["employment"].Text("date")));
        Assert.Equal(app.Clock.GetUtcNow(), employed["lastContactAt"]!.GetValue<DateTimeOffset>());
        Assert.Contains(listed!["items"]!.AsArray(), i => i.Text("graduateId") == graduate.UserId);
    }

    [Fact]
    public async Task TheListFiltersByStatusPriorityAndWhatIsLackingUnder1311()
    {
        var organiser = await _story.OrganiserAsync();
        var city = "Yichang-" + Guid.NewGuid().ToString("N")[..6];
        var priority = await _story.GraduateWithProfileAsync("Priority", city: city, priorityGroup: "disability");
        var regular = await _story.GraduateWithProfileAsync("Regular", city: city);
        var served = await _story.GraduateWithProfileAsync("Served", city: city);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        foreach (var (kind, count) in new[] { ("guidance", 1), ("recommendation", 3), ("training", 1), ("internship", 1) })
        {
            var (recorded, _) = await _story.Client.PostAsync($"/api/cases/{served.UserId}/services", new { kind, count }, organiser.Token);
            Assert.Equal(HttpStatusCode.OK, recorded);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await _story.Client.PostAsync($"/api/cases/{regular.UserId}/services", new { kind = "training", count = 1, note = "Excel course" }, organiser.Token);
        await _story.Client.PostAsync($"/api/cases/{regular.UserId}/status", new { status = "not-seeking", note = "Preparing for the civil service exam." }, organiser.Token);

        var all = await IdsAsync(organiser, $"/api/cases?city={city}");
        var priorityOnly = await IdsAsync(organiser, $"/api/cases?city={city}&priority=true");
        var lacking1311 = await IdsAsync(organiser, $"/api/cases?city={city}&lacking=1311");
        var lackingTraining = await IdsAsync(organiser, $"/api/cases?city={city}&lacking=training");
        var notSeeking = await IdsAsync(organiser, $"/api/cases?city={city}&status=not-seeking");
        var (_, page) = await _story.Client.GetAsync($"/api/cases?city={city}&offset=1&limit=1", organiser.Token);
        var (_, servedCase) = await _story.Client.GetAsync($"/api/cases/{served.UserId}", organiser.Token);
        var (_, priorityCase) = await _story.Client.GetAsync($"/api/cases/{priority.UserId}", organiser.Token);

        // Never contacted first (their cases opened earlier), then by last contact.
        Assert.Equal([priority.UserId, served.UserId, regular.UserId], all);
        Assert.Equal([priority.UserId], priorityOnly);
        Assert.Equal([priority.UserId, regular.UserId], lacking1311);
        Assert.Equal([priority.UserId], lackingTraining);
        Assert.Equal([regular.UserId], notSeeking);
        Assert.Equal((3, 1, 1, served.UserId), (page!["total"]!.GetValue<int>(), page["offset"]!.GetValue<int>(), page["limit"]!.GetValue<int>(), page["items"]![0].Text("graduateId")));
        Assert.True(servedCase!["services"]!["meets1311"]!.GetValue<bool>());
        Assert.Empty(servedCase["lacking"]!.AsArray());
        Assert.Equal(["disability"], priorityCase!["priorityGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(
            ["guidance", "recommendation", "training", "internship"],
            priorityCase["lacking"]!.AsArray().Select(l => l.Text("kind")));
    }

    [Fact]
    public async Task WithdrawingConsentTakesThePriorityFlagOffTheCase()
    {
        var organiser = await _story.OrganiserAsync();
        var city = "Jingzhou-" + Guid.NewGuid().ToString("N")[..6];
        var graduate = await _story.GraduateWithProfileAsync("Withdrawn", city: city, priorityGroup: "low-income");

        var before = await IdsAsync(organiser, $"/api/cases?city={city}&priority=true");
        await _story.Client.SendAsync(HttpMethod.Delete, "/api/me/priority", token: graduate.Token);
        var after = await IdsAsync(organiser, $"/api/cases?city={city}&priority=true");
        var (_, detail) = await _story.Client.GetAsync($"/api/cases/{graduate.UserId}", organiser.Token);

        Assert.Equal([graduate.UserId], before);
        Assert.Empty(after);
        Assert.Empty(detail!["priorityGroups"]!.AsArray());
    }

    [Fact]
    public async Task OnlyOrganisersSeeTheLedger()
    {
        var graduate = await _story.GraduateAsync("Curious");
        var employer = await _story.Client.SignUpAsync("employer");

        var (asGraduate, _) = await _story.Client.GetAsync("/api/cases", graduate.Token);
        var (asEmployer, _) = await _story.Client.GetAsync($"/api/cases/{graduate.UserId}", employer.Token);
        var (followUps, _) = await _story.Client.GetAsync("/api/follow-ups", employer.Token);
        using var withoutCookie = app.CreateClient();
        var (anonymous, _) = await withoutCookie.GetAsync("/api/cases", null);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (asGraduate, asEmployer, followUps, anonymous));
    }

    private async Task<JsonNode> CaseAsync(Session organiser, Session graduate)
    {
        var (status, body) = await _story.Client.GetAsync($"/api/cases/{graduate.UserId}", organiser.Token);
        Assert.True(status == HttpStatusCode.OK, $"case answered {status}: {body}");
        return body!;
    }

    private async Task<List<string?>> IdsAsync(Session organiser, string path)
    {
        var (status, page) = await _story.Client.GetAsync(path, organiser.Token);
        Assert.True(status == HttpStatusCode.OK, $"{path} answered {status}: {page}");
        return [.. page!["items"]!.AsArray().Select(i => i.Text("graduateId"))];
    }

    private static (string?, string?, string?, string?) History(JsonNode graduateCase, int index)
    {
        var change = graduateCase["history"]![index];
        return (change.Text("from"), change.Text("to"), change.Text("actor"), change.Text("actorId"));
    }
}
