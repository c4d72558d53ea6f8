using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Azurite;

/// <summary>The real server process, configured for Azure Blob storage by environment variables, killed and started again.</summary>
[Collection(SharedAzurite.Name)]
[Trait("Category", "Azurite")]
public sealed class ServerProcessOnAzuriteTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AServerKilledMidFairFindsItsQueuesInvitationsAndResumesOnAzureBlobStorage()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "AzureBlob",
            ["Storage__ConnectionString"] = azurite.ConnectionString,
            ["Storage__Container"] = AzuriteFixtureBase.NewContainerName(),
            ["Auth__AttemptsPerMinute"] = "100000",
            ["Auth__PasswordHashIterations"] = "1000",
            ["Organiser__Email"] = GraduateFairApp.OrganiserEmail,
            ["Organiser__Password"] = GraduateFairApp.OrganiserPassword,
            ["Queues__InvitationWait"] = "00:10:00",
        };
        var resume = SampleFiles.Pdf(120_000, fill: 'k');
        string boothId, invitationId;
        Session employer, graduate;
        List<string> waiting;
        await using (var server = await ServerProcess.StartAsync(environment))
        {
            var story = new Story(server);
            (employer, _, boothId) = await story.OpenBoothAsync();
            var graduates = new List<Session>();
            for (var i = 0; i < 6; i++)
            {
                graduates.Add(await story.GraduateAsync($"Graduate {i}", priorityGroup: i == 4 ? "hardship-family" : null));
            }

            await Task.WhenAll(graduates.Select(g => story.JoinAsync(g, boothId)));
            graduate = graduates[0];
            var (uploaded, _, _) = await story.Client.UploadResumeAsync(graduate, resume, "graduate-0.pdf");
            Assert.Equal(HttpStatusCode.Created, uploaded);
            var (_, invited) = await story.Client.PostAsync($"/api/booths/{boothId}/queue/next", token: employer.Token);
            invitationId = invited.Text("invitationId")!;
            var (_, view) = await story.Client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
            waiting = [.. view!["waiting"]!.AsArray().Select(w => w.Text("graduateId")!)];
            await server.KillAsync();
        }

        await using var restarted = await ServerProcess.StartAsync(environment);
        var client = restarted.CreateClient();
        var (_, afterView) = await client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        var (_, invitation) = await client.GetAsync($"/api/invitations/{invitationId}", employer.Token);
        using var noRedirects = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = restarted.BaseAddress };
        using var link = await noRedirects.DownloadAsync($"/api/graduates/{graduate.UserId}/resume", employer.Token);
        using var blobClient = new HttpClient();
        var fromStore = await blobClient.GetByteArrayAsync(link.Headers.Location);

        Assert.Equal(5, waiting.Count);
        Assert.Equal(waiting, afterView!["waiting"]!.AsArray().Select(w => w.Text("graduateId")!));
        Assert.Equal("pending", invitation.Text("status"));
        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.StartsWith($"http://127.0.0.1:{azurite.Azurite.Port}/devstoreaccount1/", link.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(resume, fromStore);
    }
}
