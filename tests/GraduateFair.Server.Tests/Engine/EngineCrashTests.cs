using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Engine;

[Trait("Category", "Process")]
public sealed class EngineCrashTests : IDisposable
{
    private static readonly TimeSpan InvitationWait = TimeSpan.FromSeconds(15);
    private readonly string _data = Directory.CreateTempSubdirectory("graduatefair-engine-crash-").FullName;

    [Fact]
    public async Task QueuesInvitationsAndRoomsSurviveAKillAndTheOpenInvitationStillExpiresOnTime()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Path"] = _data,
            ["Auth__AttemptsPerMinute"] = "100000",
            ["Auth__PasswordHashIterations"] = "1000",
            ["Organiser__Email"] = GraduateFairApp.OrganiserEmail,
            ["Organiser__Password"] = GraduateFairApp.OrganiserPassword,
            ["Queues__InvitationWait"] = InvitationWait.ToString(),
        };

        string boothA, boothB, invitationId, invitedId, roomId;
        DateTimeOffset expiresAt;
        Session employer, colleague;
        List<string> orderA, orderB;
        await using (var server = await ServerProcess.StartAsync(environment))
        {
            var story = new Story(server);
            var organiser = await story.OrganiserAsync();
            employer = await story.Client.SignUpAsync("employer", "Recruiter");
            colleague = await story.Client.SignUpAsync("employer", "Colleague");
            var fairId = await story.CreateFairAsync(organiser);
            var companyId = await story.CreateVerifiedCompanyAsync(employer, organiser);
            await story.Client.PostAsync($"/api/companies/{companyId}/employers", new { email = colleague.Email }, employer.Token);
            boothA = await story.CreateBoothAsync(employer, fairId, companyId, "Booth A");
            boothB = await story.CreateBoothAsync(employer, fairId, companyId, "Booth B");

            var graduates = new List<Session>();
            for (var i = 0; i < 20; i++)
            {
                graduates.Add(await story.GraduateAsync($"Graduate {i:D2}", priorityGroup: i % 7 == 0 ? "hardship-family" : null));
            }

            // Joins in parallel, then some leave: whatever was acknowledged must come back in order.
            await Task.WhenAll(graduates.Select((g, i) => story.JoinAsync(g, i % 2 == 0 ? boothA : boothB)));
            await Task.WhenAll(graduates.Where((_, i) => i % 3 == 0).Select(g => story.JoinAsync(g, boothB)));
            foreach (var leaver in new[] { graduates[4], graduates[9] })
            {
                var (left, _) = await story.Client.SendAsync(HttpMethod.Delete, $"/api/booths/{(graduates.IndexOf(leaver) % 2 == 0 ? boothA : boothB)}/queue", token: leaver.Token);
                Assert.Equal(HttpStatusCode.NoContent, left);
            }

            // One interview running at booth B (the colleague), one invitation open at booth A.
            var (_, toRoom) = await story.Client.PostAsync($"/api/booths/{boothB}/queue/next", token: colleague.Token);
            var roomGraduate = graduates.Single(g => g.UserId == toRoom.Text("graduateId"));
            var (_, accepted) = await story.Client.PostAsync($"/api/invitations/{toRoom.Text("invitationId")}/accept", token: roomGraduate.Token);
            roomId = accepted.Text("roomId")!;
            var (_, invited) = await story.Client.PostAsync($"/api/booths/{boothA}/queue/next", token: employer.Token);
            invitationId = invited.Text("invitationId")!;
            invitedId = invited.Text("graduateId")!;
            expiresAt = invited!["expiresAt"]!.GetValue<DateTimeOffset>();

            orderA = await WaitingAsync(story.Client, boothA, employer);
            orderB = await WaitingAsync(story.Client, boothB, employer);
            await server.KillAsync();

            Assert.Equal(8, orderA.Count);
            Assert.Equal(12, orderB.Count);
            Assert.True(DateTimeOffset.UtcNow < expiresAt, "the invitation expired before the kill; raise InvitationWait");
        }

        await using var restarted = await ServerProcess.StartAsync(environment);
        var client = restarted.CreateClient();
        var afterA = await WaitingAsync(client, boothA, employer);
        Assert.Equal(orderB, await WaitingAsync(client, boothB, employer));
        var (_, pending) = await client.GetAsync($"/api/invitations/{invitationId}", employer.Token);

        // On a slow machine the restart may take longer than the invitation's wait: once it expired,
        // its graduate is back in line (three places back), and everyone else keeps their order.
        if (pending.Text("status") == "pending")
        {
            Assert.Equal(orderA, afterA);
        }
        else
        {
            Assert.Equal("expired", pending.Text("status"));
            Assert.Equal(orderA, afterA.Where(id => id != invitedId));
            Assert.Contains(invitedId, afterA);
        }

        // Nothing calls the queue after the restart: its own timer must expire the invitation.
        var status = await PollAsync(async () => (await client.GetAsync($"/api/invitations/{invitationId}", employer.Token)).Body.Text("status"), s => s == "expired", expiresAt + TimeSpan.FromSeconds(10));
        Assert.Equal("expired", status);
        Assert.True(DateTimeOffset.UtcNow >= expiresAt, "expired before its time");

        // The interview that was running goes on, and ends normally.
        var (ended, end) = await client.PostAsync($"/api/rooms/{roomId}/end", new { outcome = "offer" }, colleague.Token);
        Assert.Equal(HttpStatusCode.OK, ended);
        Assert.Equal("offer", end.Text("outcome"));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static async Task<List<string>> WaitingAsync(HttpClient client, string boothId, Session employer)
    {
        var (status, view) = await client.GetAsync($"/api/booths/{boothId}/queue", employer.Token);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. view!["waiting"]!.AsArray().Select(w => w.Text("graduateId")!)];
    }

    /// <summary>
    /// Asks a separate process until <paramref name="done"/> or the deadline: the only way to see a
    /// change made by that process's own clock.
    /// </summary>
    private static async Task<string?> PollAsync(Func<Task<string?>> ask, Func<string?, bool> done, DateTimeOffset deadline)
    {
        while (true)
        {
            var answer = await ask();
            if (done(answer) || DateTimeOffset.UtcNow > deadline)
            {
                return answer;
            }

            await Task.Delay(250);
        }
    }
}
