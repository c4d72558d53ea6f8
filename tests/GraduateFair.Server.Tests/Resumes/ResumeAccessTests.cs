using System.Net;
using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Resumes;

/// <summary>Employers read resumes only of graduates at their company's booths, and every read is in the graduate's log.</summary>
public sealed class ResumeAccessTests(GraduateFairApp app) : IClassFixture<GraduateFairApp>
{
    private readonly GraduateFairApp _app = app;
    private readonly Story _story = new(app);

    [Fact]
    public async Task AnEmployerReadsTheResumeOfAGraduateWaitingAtTheirBoothAndTheGraduateSeesWhoAndWhen()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Li Hua");
        var pdf = SampleFiles.Pdf(4096);
        await _story.Client.UploadResumeAsync(graduate, pdf, "li-hua.pdf");
        await _story.JoinAsync(graduate, boothId);
        var companyId = await CompanyOfAsync(employer);

        using var read = await _story.Client.DownloadAsync($"/api/graduates/{graduate.UserId}/resume", employer.Token);
        var (_, log) = await _story.Client.GetAsync("/api/me/resume/access-log", graduate.Token);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("application/pdf", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal("li-hua.pdf", read.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(pdf, await read.Content.ReadAsByteArrayAsync());
        var entry = Assert.Single(log!.AsArray())!;
        Assert.Equal(employer.UserId, entry.Text("employerId"));
        Assert.Equal("Recruiter Wang", entry.Text("employerName"));
        Assert.Equal(companyId, entry.Text("companyId"));
        Assert.Equal("Wuhan Optics Ltd", entry.Text("companyName"));
        Assert.Equal(_app.Clock.GetUtcNow(), entry["at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task AnEmployerOfAnotherCompanyIsRefusedAndNothingIsRecorded()
    {
        var organiser = await _story.OrganiserAsync();
        var (_, _, boothId) = await _story.OpenBoothAsync(organiser);
        var (stranger, _, _) = await _story.OpenBoothAsync(organiser);
        var graduate = await _story.GraduateAsync("Zhang Wei");
        await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf());
        await _story.JoinAsync(graduate, boothId);

        var (status, problem) = await _story.Client.GetAsync($"/api/graduates/{graduate.UserId}/resume", stranger.Token);
        var (_, log) = await _story.Client.GetAsync("/api/me/resume/access-log", graduate.Token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Employers see a graduate's resume only while the graduate waits in, is invited to, or was interviewed at one of their company's booths.", problem.Text("detail"));
        Assert.Empty(log!.AsArray());
    }

    [Fact]
    public async Task AGraduateWhoLeftTheQueueIsNoLongerVisible()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Sun Li");
        await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf());
        await _story.JoinAsync(graduate, boothId);

        var (whileWaiting, _) = await ReadAsync(employer, graduate);
        await _story.Client.SendAsync(HttpMethod.Delete, $"/api/booths/{boothId}/queue", token: graduate.Token);
        var (afterLeaving, _) = await ReadAsync(employer, graduate);

        Assert.Equal(HttpStatusCode.OK, whileWaiting);
        Assert.Equal(HttpStatusCode.Forbidden, afterLeaving);
    }

    [Fact]
    public async Task AnInvitedGraduateAndAnInterviewedOneStayVisible()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Zhou Min");
        await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf());
        await _story.JoinAsync(graduate, boothId);

        var (_, invitation) = await _story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
        var (whileInvited, _) = await ReadAsync(employer, graduate);
        var (_, accepted) = await _story.Client.PostAsync($"/api/invitations/{invitation.Text("invitationId")}/accept", token: graduate.Token);
        await _story.Client.PostAsync($"/api/rooms/{accepted.Text("roomId")}/end", new { outcome = "advance" }, employer.Token);
        var (afterInterview, _) = await ReadAsync(employer, graduate);
        var (_, log) = await _story.Client.GetAsync("/api/me/resume/access-log", graduate.Token);

        Assert.Null(await _story.PositionAsync(graduate, boothId));
        Assert.Equal(HttpStatusCode.OK, whileInvited);
        Assert.Equal(HttpStatusCode.OK, afterInterview);
        Assert.Equal(2, log!.AsArray().Count);
    }

    [Fact]
    public async Task AColleagueAddedToTheCompanyReadsTooAndIsNamedInTheLogNewestFirst()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var colleague = await _story.Client.SignUpAsync("employer", "Colleague Liu");
        var companyId = await CompanyOfAsync(employer);
        await _story.Client.PostAsync($"/api/companies/{companyId}/employers", new { email = colleague.Email }, employer.Token);
        var graduate = await _story.GraduateAsync("Qian Yu");
        await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf());
        await _story.JoinAsync(graduate, boothId);

        await ReadAsync(employer, graduate);
        _app.Clock.Advance(TimeSpan.FromMinutes(3));
        var (colleagueRead, _) = await ReadAsync(colleague, graduate);
        var (_, log) = await _story.Client.GetAsync("/api/me/resume/access-log", graduate.Token);

        Assert.Equal(HttpStatusCode.OK, colleagueRead);
        Assert.Equal(["Colleague Liu", "Recruiter Wang"], log!.AsArray().Select(e => e.Text("employerName")));
        Assert.Equal(TimeSpan.FromMinutes(3), log[0]!["at"]!.GetValue<DateTimeOffset>() - log[1]!["at"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task AWaitingGraduateWithoutAResumeIsNotFoundAndNothingIsRecorded()
    {
        var (employer, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("No Resume");
        await _story.JoinAsync(graduate, boothId);

        var (status, problem) = await ReadAsync(employer, graduate);
        var (_, log) = await _story.Client.GetAsync("/api/me/resume/access-log", graduate.Token);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("This graduate has not uploaded a resume.", problem.Text("detail"));
        Assert.Empty(log!.AsArray());
    }

    [Fact]
    public async Task OnlyEmployersReadOtherGraduatesResumes()
    {
        var (_, _, boothId) = await _story.OpenBoothAsync();
        var graduate = await _story.GraduateAsync("Visible");
        var other = await _story.GraduateAsync("Curious");
        await _story.Client.UploadResumeAsync(graduate, SampleFiles.Pdf());
        await _story.JoinAsync(graduate, boothId);
        var organiser = await _story.OrganiserAsync();

        var (byGraduate, _) = await ReadAsync(other, graduate);
        var (byOrganiser, _) = await ReadAsync(organiser, graduate);

        Assert.Equal(HttpStatusCode.Forbidden, byGraduate);
        Assert.Equal(HttpStatusCode.Forbidden, byOrganiser);
    }

    [Fact]
    public async Task AnUnknownGraduateIsRefusedLikeAnyoneNotAtTheBooth()
    {
        var (employer, _, _) = await _story.OpenBoothAsync();

        var (status, _) = await _story.Client.GetAsync("/api/graduates/us_doesnotexist/resume", employer.Token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    /// <summary>An employer's read: its status, and the problem when it is one (the PDF otherwise).</summary>
    private async Task<(HttpStatusCode Status, JsonNode? Problem)> ReadAsync(Session reader, Session graduate)
    {
        using var response = await _story.Client.DownloadAsync($"/api/graduates/{graduate.UserId}/resume", reader.Token);
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
        return (response.StatusCode, problem);
    }

    private async Task<string> CompanyOfAsync(Session employer)
    {
        var (_, companies) = await _story.Client.GetAsync("/api/companies", employer.Token);
        return companies![0].Text("companyId")!;
    }
}
