using System.Net;
using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Accounts;

[Trait("Category", "Process")]
public sealed class AccountsCrashTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("graduatefair-crash-").FullName;

    [Fact]
    public async Task EveryAcknowledgedAccountSignsInAfterTheServerIsKilledAndRestarted()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "FileSystem",
            ["Storage__Path"] = _data,
            ["Auth__AttemptsPerMinute"] = "100000",
            ["Auth__PasswordHashIterations"] = "1000",
            ["Organiser__Email"] = "organiser@crash.example",
            ["Organiser__Password"] = "organiser-password",
        };
        List<Registered> acknowledged;
        await using (var server = await ServerProcess.StartAsync(environment))
        {
            using var client = server.CreateClient();
            acknowledged = [.. (await Task.WhenAll(Enumerable.Range(0, 24).Select(i => RegisterAsync(client, $"early{i}")))).OfType<Registered>()];
            Assert.Equal(24, acknowledged.Count);

            // Keep registering while the process dies: whatever was acknowledged must survive.
            var inFlight = Enumerable.Range(0, 20).Select(i => RegisterAsync(client, $"late{i}")).ToList();
            await server.KillAsync();
            acknowledged.AddRange((await Task.WhenAll(inFlight)).OfType<Registered>());
        }

        await using var restarted = await ServerProcess.StartAsync(environment);
        using var again = restarted.CreateClient();
        foreach (var registered in acknowledged)
        {
            var session = await again.SignInAsync(registered.Email, registered.Password);
            Assert.Equal(registered.UserId, session.UserId);
        }

        var organiser = await again.SignInAsync("organiser@crash.example", "organiser-password");
        Assert.NotNull(organiser.Token);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static async Task<Registered?> RegisterAsync(HttpClient client, string name)
    {
        var email = $"{name}@example.com";
        var password = $"password-{name}";
        try
        {
            var (status, body) = await client.PostAsync("/api/auth/register", new { email, password, displayName = name, role = "graduate" });
            return status == HttpStatusCode.Created ? new Registered(email, password, body.Text("userId")!) : null;
        }
        catch (HttpRequestException)
        {
            return null; // cut off by the kill: never acknowledged
        }
    }

    private sealed record Registered(string Email, string Password, string UserId);
}
