using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Interviews;

public sealed class RtcApiTests
{
    [Fact]
    public async Task WithoutConfigurationTheIceServerListIsEmpty()
    {
        await using var app = new GraduateFairApp();
        var client = app.CreateClient();
        var graduate = await client.SignUpAsync("graduate");

        using var response = await SendAsync(client, graduate.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"iceServers":[]}""", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task ConfiguredStunAndTurnServersAreGivenToSignedInUsers()
    {
        await using var app = new GraduateFairApp(new()
        {
            ["Rtc:IceServers:0:Urls:0"] = "stun:stun.fair.example:3478",
            ["Rtc:IceServers:1:Urls:0"] = "turn:turn.fair.example:3478?transport=udp",
            ["Rtc:IceServers:1:Urls:1"] = " turns:turn.fair.example:5349 ",
            ["Rtc:IceServers:1:Username"] = "fair",
            ["Rtc:IceServers:1:Credential"] = "s3cret",
            ["Rtc:IceServers:2:Username"] = "no urls, left out",
        });
        var client = app.CreateClient();
        var employer = await client.SignUpAsync("employer");

        using var response = await SendAsync(client, employer.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"iceServers":[{"urls":["stun:stun.fair.example:3478"]},{"urls":["turn:turn.fair.example:3478?transport=udp","turns:turn.fair.example:5349"],"username":"fair","credential":"s3cret"}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnonymousCallersAreRefused()
    {
        await using var app = new GraduateFairApp(new() { ["Rtc:IceServers:0:Urls:0"] = "turn:turn.fair.example:3478" });

        using var response = await SendAsync(app.CreateClient(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rtc/config");
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
