using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Azurite;

/// <summary>
/// Azurite stops in the middle of a test and comes back with its data (as the service does after an
/// outage): writes answer 503 and change nothing, reads of active grains go on, the same server
/// recovers on its own, and nothing acknowledged is lost.
/// </summary>
[Collection(InterruptibleAzurite.Name)]
[Trait("Category", "Azurite")]
public sealed class AzuriteOutageTests(PersistentAzuriteFixture azurite) : IAsyncLifetime
{
    public Task InitializeAsync() => azurite.Azurite.StartAsync();

    [Fact]
    public async Task DuringAnOutageWritesAreUnavailableAndChangeNothingReadsGoOnAndTheServerRecoversWithoutARestart()
    {
        var container = AzuriteFixtureBase.NewContainerName();
        var firstResume = SampleFiles.Pdf(50_000, fill: '1');
        var logo = SampleFiles.Png(5_000);
        await using var app = azurite.CreateApp(container);
        var story = new Story(app);
        var client = story.Client;
        var (employer, fairId, boothId) = await story.OpenBoothAsync();
        var (_, companies) = await client.GetAsync("/api/companies", employer.Token);
        var companyId = companies![0].Text("companyId")!;
        await client.UploadLogoAsync(employer, companyId, logo);
        var waiting = await story.GraduateAsync("Li Hua");
        var late = await story.GraduateAsync("Zhang Wei");
        await client.UploadResumeAsync(waiting, firstResume, "li-hua.pdf");
        await story.JoinAsync(waiting, boothId);

        await azurite.Azurite.StopAsync(graceful: true);

        // Writes: 503 with Problem Details and Retry-After, whatever they write.
        var join = await SendAsync(client, HttpMethod.Post, $"/api/booths/{boothId}/queue", late, new { });
        var profile = await SendAsync(client, HttpMethod.Put, "/api/me/profile", late, ProfileOf("Zhang Wei", "Peking University"));
        var (resumeStatus, resumeProblem, resumeResponse) = await client.UploadResumeAsync(waiting, SampleFiles.Pdf(60_000, fill: '2'));
        var (logoStatus, _, _) = await client.UploadLogoAsync(employer, companyId, SampleFiles.Jpeg());
        var call = await SendAsync(client, HttpMethod.Post, $"/api/booths/{boothId}/queue/next", employer, new { });

        // Reads of grains in memory go on, also of those whose write just failed.
        var position = await story.PositionAsync(waiting, boothId);
        var (viewStatus, view) = await client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        var (lateProfileStatus, lateProfile) = await client.GetAsync("/api/me/profile", late.Token);
        var (fairStatus, fair) = await client.GetAsync($"/api/fairs/{fairId}", late.Token);
        var (logStatus, _) = await client.GetAsync("/api/me/resume/access-log", waiting.Token);

        // A sign-in writes nothing, unless it must record a failed attempt (the lockout counts them).
        var (signIn, _) = await client.PostAsync("/api/auth/login", new { email = late.Email, password = "password-123" });
        var (wrongPassword, _) = await client.PostAsync("/api/auth/login", new { email = late.Email, password = "password-999" });

        // What needs storage to answer cannot: a grain not in memory, a file.
        var notInMemory = await SendAsync(client, HttpMethod.Get, "/api/invitations/inv_notinmemory", employer, body: null);
        var (resumeFile, _) = await client.GetAsync("/api/me/resume", waiting.Token);

        await azurite.Azurite.StartAsync();

        // Nothing of the failed writes happened, not even in part.
        var (_, lateQueues) = await client.GetAsync("/api/me/queues", late.Token);
        var latePosition = await story.PositionAsync(late, boothId);
        using var resumeBefore = await client.DownloadAsync("/api/me/resume", waiting.Token);
        var (_, invitation) = await client.GetAsync("/api/me/invitation", waiting.Token);

        // The same server, no restart: the writes go through now.
        var joinedLate = await story.JoinAsync(late, boothId);
        var (_, secondResume, _) = await client.UploadResumeAsync(waiting, SampleFiles.Pdf(70_000, fill: '3'), "li-hua-2.pdf");
        var (_, called) = await client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);

        Assert.All([join, profile, call], answer => AssertUnavailable(answer.Status, answer.Body, answer.RetryAfter));
        AssertUnavailable(resumeStatus, resumeProblem, resumeResponse.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, logoStatus);
        Assert.Equal(1, position);
        Assert.Equal(HttpStatusCode.OK, viewStatus);
        Assert.Equal([waiting.UserId], view!["waiting"]!.AsArray().Select(w => w.Text("graduateId")));
        Assert.Equal(HttpStatusCode.OK, lateProfileStatus);
        Assert.Equal("Wuhan University", lateProfile.Text("university"));
        Assert.Equal(HttpStatusCode.OK, fairStatus);
        Assert.Equal(1, fair!["booths"]![0]!["waiting"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, logStatus);
        AssertUnavailable(notInMemory.Status, notInMemory.Body, notInMemory.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, resumeFile);
        Assert.Equal(HttpStatusCode.OK, signIn);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, wrongPassword);
        Assert.Empty(lateQueues!.AsArray());
        Assert.Null(latePosition);
        Assert.Equal(firstResume, await resumeBefore.Content.ReadAsByteArrayAsync());
        Assert.Null(invitation);
        Assert.Equal(2, joinedLate["position"]!.GetValue<int>());
        Assert.Equal(waiting.UserId, called.Text("graduateId"));

        // A second server on the same container: what was acknowledged is there, what failed is not.
        await app.DisposeAsync();
        await using var restarted = azurite.CreateApp(container);
        var again = restarted.CreateClient();
        var (_, afterView) = await again.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        var (_, afterProfile) = await again.GetAsync("/api/me/profile", late.Token);
        using var resume = await again.DownloadAsync("/api/me/resume", waiting.Token);
        using var logoAfter = await again.DownloadAsync($"/api/companies/{companyId}/logo", late.Token);
        var resumes = await restarted.ServerStore.ListAsync($"resumes/{waiting.UserId}/");

        Assert.Equal([late.UserId], afterView!["waiting"]!.AsArray().Select(w => w.Text("graduateId")));
        Assert.Equal(waiting.UserId, afterView["current"].Text("graduateId"));
        Assert.Equal("Wuhan University", afterProfile.Text("university"));
        Assert.Equal("li-hua-2.pdf", resume.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(70_000, (await resume.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal([$"resumes/{waiting.UserId}/{secondResume.Text("resumeId")}.pdf"], resumes.Items.Select(b => b.Name));
        Assert.Equal("image/png", logoAfter.Content.Headers.ContentType?.MediaType);
        Assert.Equal(logo, await logoAfter.Content.ReadAsByteArrayAsync());
    }

    public async Task DisposeAsync()
    {
        // Leave the emulator running for the next test of the collection, whatever happened here.
        await azurite.Azurite.StartAsync();
    }

    private static object ProfileOf(string name, string university) => new
    {
        fullName = name,
        university,
        discipline = "engineering",
        degree = "bachelor",
        graduationYear = 2026,
        city = "Wuhan",
        accommodations = Array.Empty<string>(),
    };

    private static async Task<(HttpStatusCode Status, JsonNode? Body, RetryConditionHeaderValue? RetryAfter)> SendAsync(HttpClient client, HttpMethod method, string path, Session who, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", who.Token);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers.RetryAfter);
    }

    private static void AssertUnavailable(HttpStatusCode status, JsonNode? problem, RetryConditionHeaderValue? retryAfter)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Temporarily unavailable", problem.Text("title"));
        Assert.Equal(503, problem!["status"]!.GetValue<int>());
        Assert.Equal(TimeSpan.FromSeconds(5), retryAfter?.Delta);
    }
}
