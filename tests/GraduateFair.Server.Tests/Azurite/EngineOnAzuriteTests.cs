using System.Net;
using GraduateFair.Server.Tests.Hubs;
using GraduateFair.Server.Tests.Support;
using GraduateFair.Storage.AzureBlob;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraduateFair.Server.Tests.Azurite;

/// <summary>The engine on Azure Blob storage (Azurite): the fair's story, then a second server on the same container.</summary>
[Collection(SharedAzurite.Name)]
[Trait("Category", "Azurite")]
public sealed class EngineOnAzuriteTests(AzuriteFixture azurite)
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public async Task TheFairStoryRunsOnAzureBlobStorageAndARestartedServerFindsItAll()
    {
        var container = AzuriteFixtureBase.NewContainerName();
        string fairId, companyId, boothId, roomId, expiredInvitation, logoETag;
        Session organiser, employer, li, zhang, chen;
        var resume = SampleFiles.Pdf(300_000, fill: 'z');
        var logo = SampleFiles.Png(20_000);

        await using (var app = azurite.CreateApp(container))
        {
            var story = new Story(app.CreateClient(NoRedirects), session => app.ConnectHubAsync(session));
            var client = story.Client;

            // A fair, a verified company with a logo, a booth with two jobs.
            organiser = await story.OrganiserAsync();
            fairId = await story.CreateFairAsync(organiser);
            employer = await client.SignUpAsync("employer", "Recruiter Wang");
            companyId = await story.CreateVerifiedCompanyAsync(employer, organiser);
            boothId = await story.CreateBoothAsync(employer, fairId, companyId);
            await story.AddJobAsync(employer, boothId, "Optical engineer");
            await story.AddJobAsync(employer, boothId, "Test engineer");
            var (_, _, logoPut) = await client.UploadLogoAsync(employer, companyId, logo);
            logoETag = logoPut.Headers.ETag!.Tag;

            // Three graduates join; the third is served first (the fair's priority group).
            li = await story.GraduateAsync("Li Hua");
            zhang = await story.GraduateAsync("Zhang Wei");
            chen = await story.GraduateAsync("Chen Jing", priorityGroup: "hardship-family");
            var (uploaded, _, _) = await client.UploadResumeAsync(zhang, resume, "zhang-wei.pdf");
            Assert.Equal(HttpStatusCode.Created, uploaded);
            await story.JoinAsync(li, boothId);
            await story.JoinAsync(zhang, boothId);
            Assert.Equal(1, (await story.JoinAsync(chen, boothId))["position"]!.GetValue<int>());

            // The employer reads Zhang's resume through a read-only link straight from the store.
            using var redirect = await client.DownloadAsync($"/api/graduates/{zhang.UserId}/resume", employer.Token);
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            using var blobClient = new HttpClient();
            using var download = await blobClient.GetAsync(redirect.Headers.Location);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("zhang-wei.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
            Assert.Equal(resume, await download.Content.ReadAsByteArrayAsync());

            // Chen is interviewed and gets an offer; Li's invitation runs out and Li goes back.
            var (_, called) = await client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
            Assert.Equal(chen.UserId, called.Text("graduateId"));
            var (_, accepted) = await client.PostAsync($"/api/invitations/{called.Text("invitationId")}/accept", token: chen.Token);
            roomId = accepted.Text("roomId")!;
            app.Clock.Advance(TimeSpan.FromMinutes(6));
            var (ended, _) = await client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "offer", notes = "Strong optics background." }, employer.Token);
            Assert.Equal(HttpStatusCode.OK, ended);
            var (_, second) = await client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
            Assert.Equal(li.UserId, second.Text("graduateId"));
            expiredInvitation = second.Text("invitationId")!;
            app.Clock.Advance(TimeSpan.FromSeconds(91));
            Assert.Equal(2, await story.PositionAsync(li, boothId));
            Assert.Equal(1, await story.PositionAsync(zhang, boothId));
        }

        // A new server on the same container: everything acknowledged is there, sessions included.
        await using var restarted = azurite.CreateApp(container);
        var again = new Story(restarted.CreateClient(NoRedirects), session => restarted.ConnectHubAsync(session));
        var (_, view) = await again.Client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        var (_, booth) = await again.Client.GetAsync($"/api/booths/{boothId}", li.Token);
        var (_, room) = await again.Client.GetAsync($"/api/rooms/{roomId}", employer.Token);
        var (_, invitation) = await again.Client.GetAsync($"/api/invitations/{expiredInvitation}", li.Token);
        var (_, fair) = await again.Client.GetAsync($"/api/fairs/{fairId}", chen.Token);
        using var ownResume = await again.Client.DownloadAsync("/api/me/resume", zhang.Token);
        var (_, log) = await again.Client.GetAsync("/api/me/resume/access-log", zhang.Token);
        using var logoAgain = await again.Client.DownloadAsync($"/api/companies/{companyId}/logo", li.Token);
        var signIn = await again.Client.SignInAsync(chen.Email, "password-123");
        var store = Assert.IsType<AzureBlobStore>(restarted.ServerStore);
        var queueBlobs = await store.ListAsync($"grains/interview-queue/{boothId}/");

        Assert.Equal([zhang.UserId, li.UserId], view!["waiting"]!.AsArray().Select(w => w.Text("graduateId")));
        Assert.Equal(["Optical engineer", "Test engineer"], booth!["jobs"]!.AsArray().Select(j => j.Text("title")));
        Assert.Equal(("offer", "Strong optics background."), (room.Text("outcome"), room.Text("notes")));
        Assert.Equal("expired", invitation.Text("status"));
        Assert.Equal("open", fair.Text("status"));
        Assert.Equal(resume, await ownResume.Content.ReadAsByteArrayAsync());
        Assert.Equal(employer.UserId, Assert.Single(log!.AsArray()).Text("employerId"));
        Assert.Equal(logoETag, logoAgain.Headers.ETag?.Tag);
        Assert.Equal(logo, await logoAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal(chen.UserId, signIn.UserId);
        Assert.NotEmpty(queueBlobs.Items);
    }
}
