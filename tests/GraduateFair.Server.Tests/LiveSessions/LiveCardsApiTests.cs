using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.LiveSessions;

/// <summary>Pinned job cards: viewers join the company's queue or apply from them, and the figures count it.</summary>
public sealed class LiveCardsApiTests
{
    [Fact]
    public async Task GraduateJoinsTheQueueFromAPinnedCardAndTheCardCountsIt()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, jobId) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var (pinStatus, pinned) = await live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{sessionId}/pins/{jobId}", token: employer.Token);
        var first = await live.Story.GraduateAsync("Li Hua");
        var second = await live.Story.GraduateAsync("Wang Fang");

        var (status, place) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/queue", token: first.Token);
        var (_, secondPlace) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/queue", token: second.Token);
        var (againStatus, again) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/queue", token: first.Token);
        var (_, stats) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/stats", employer.Token);

        Assert.Equal(HttpStatusCode.OK, pinStatus);
        Assert.Equal(jobId, pinned!["pinnedJobs"]![0].Text("jobId"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(boothId, place.Text("boothId"));
        Assert.Equal(1, place!["position"]!.GetValue<int>());
        Assert.Equal(2, secondPlace!["position"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Equal(1, again!["position"]!.GetValue<int>());
        Assert.Equal(1, await live.Story.PositionAsync(first, boothId));
        var card = Assert.Single(stats!["jobs"]!.AsArray());
        Assert.Equal((jobId, 2, 0), (card.Text("jobId"), card!["queueJoins"]!.GetValue<int>(), card["applications"]!.GetValue<int>()));
    }

    [Fact]
    public async Task GraduateAppliesFromAPinnedCardWithTheirProfileAndTheCompanySeesIt()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, jobId) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        await live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{sessionId}/pins/{jobId}", token: employer.Token);
        var graduate = await live.Story.GraduateAsync("Li Hua", priorityGroup: "hardship-family", accommodations: ["text-chat"]);

        var (status, applied) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/apply", token: graduate.Token);
        var (againStatus, again) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/apply", token: graduate.Token);
        var (listStatus, list) = await live.Client.GetAsync($"/api/booths/{boothId}/applications", employer.Token);
        var companyId = (await live.Client.GetAsync($"/api/booths/{boothId}", employer.Token)).Body.Text("companyId");
        var (_, perCompany) = await live.Client.GetAsync($"/api/companies/{companyId}/applications", employer.Token);
        var (_, stats) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/stats", employer.Token);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(jobId, applied.Text("jobId"));
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Equal(applied.Text("applicationId"), again.Text("applicationId"));
        Assert.Equal(HttpStatusCode.OK, listStatus);
        var application = Assert.Single(list!.AsArray());
        Assert.Equal(graduate.UserId, application.Text("graduateId"));
        Assert.Equal(sessionId, application.Text("sessionId"));
        Assert.Equal("Optical engineer", application.Text("jobTitle"));
        Assert.Equal("Li Hua", application!["applicant"].Text("fullName"));
        Assert.Equal("Wuhan University", application["applicant"].Text("university"));
        Assert.Equal("text-chat", application["applicant"]!["accommodations"]![0]!.GetValue<string>());
        Assert.Null(application.Text("resumeId"));
        Assert.DoesNotContain("hardship", list.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("priority", list.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(applied.Text("applicationId"), Assert.Single(perCompany!.AsArray()).Text("applicationId"));
        Assert.Equal(1, stats!["jobs"]![0]!["applications"]!.GetValue<int>());
    }

    [Fact]
    public async Task ApplicationsAreTheCompanysAlone()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var companyId = (await live.Client.GetAsync($"/api/booths/{boothId}", employer.Token)).Body.Text("companyId");
        var otherEmployer = await live.Client.SignUpAsync("employer", "Recruiter Zhao");
        var organiser = await live.Story.OrganiserAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await live.Client.GetAsync($"/api/booths/{boothId}/applications", otherEmployer.Token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await live.Client.GetAsync($"/api/companies/{companyId}/applications", otherEmployer.Token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await live.Client.GetAsync($"/api/booths/{boothId}/applications", organiser.Token)).Status);
    }

    [Fact]
    public async Task GraduateWithoutAProfileIsAskedToFillItInBeforeApplying()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, jobId) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        await live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{sessionId}/pins/{jobId}", token: employer.Token);
        var graduate = await live.Client.SignUpAsync("graduate", "No Profile");

        var (status, problem) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/apply", token: graduate.Token);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Profile needed", problem.Text("title"));
    }

    [Fact]
    public async Task JobNeverPinnedInTheSessionHasNoCardToActOn()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, jobId) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var graduate = await live.Story.GraduateAsync("Li Hua");

        var (joinStatus, _) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/queue", token: graduate.Token);
        var (applyStatus, _) = await live.Client.PostAsync($"/api/live-sessions/{sessionId}/jobs/{jobId}/apply", token: graduate.Token);

        Assert.Equal(HttpStatusCode.NotFound, joinStatus);
        Assert.Equal(HttpStatusCode.NotFound, applyStatus);
        Assert.Null(await live.Story.PositionAsync(graduate, boothId));
    }

    [Fact]
    public async Task FiguresAreForTheCompanysEmployersAndOrganisers()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;
        var organiser = await live.Story.OrganiserAsync();
        var graduate = await live.Story.GraduateAsync("Li Hua");
        var otherEmployer = await live.Client.SignUpAsync("employer", "Recruiter Zhao");

        var (organiserStatus, stats) = await live.Client.GetAsync($"/api/live-sessions/{sessionId}/stats", organiser.Token);

        Assert.Equal(HttpStatusCode.OK, organiserStatus);
        Assert.Equal((0, 0, 0L), (stats!["peakViewers"]!.GetValue<int>(), stats["totalViewers"]!.GetValue<int>(), stats["chatMessages"]!.GetValue<long>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await live.Client.GetAsync($"/api/live-sessions/{sessionId}/stats", graduate.Token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await live.Client.GetAsync($"/api/live-sessions/{sessionId}/stats", otherEmployer.Token)).Status);
    }

    [Fact]
    public async Task HostPinsOnlyTheBoothsOwnJobs()
    {
        await using var live = LiveApp.WithNginx();
        var (employer, _, boothId, _) = await live.BoothAsync();
        var (otherEmployer, _, _, otherJob) = await live.BoothAsync();
        var sessionId = (await live.ScheduleAsync(employer, boothId)).Text("sessionId")!;

        var (foreignJob, _) = await live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{sessionId}/pins/{otherJob}", token: employer.Token);
        var (notHost, _) = await live.Client.SendAsync(HttpMethod.Put, $"/api/live-sessions/{sessionId}/pins/{otherJob}", token: otherEmployer.Token);

        Assert.Equal(HttpStatusCode.NotFound, foreignJob);
        Assert.Equal(HttpStatusCode.Forbidden, notHost);
    }
}
