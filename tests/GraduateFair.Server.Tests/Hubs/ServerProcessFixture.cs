using GraduateFair.Server.Tests.Support;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>One real server process (Kestrel, file-system storage in a temporary directory) for a test class.</summary>
public sealed class ServerProcessFixture : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("graduatefair-hub-").FullName;
    private ServerProcess? _server;

    public ServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public string HubUrl => new Uri(Server.BaseAddress, HubConnections.Path).ToString();

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync(new Dictionary<string, string>
    {
        ["Storage__Path"] = _data,
        ["Auth__AttemptsPerMinute"] = "100000",
        ["Auth__PasswordHashIterations"] = "1000",
        ["Organiser__Email"] = GraduateFairApp.OrganiserEmail,
        ["Organiser__Password"] = GraduateFairApp.OrganiserPassword,
    });

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }
}
