using GraduateFair.Server.Tests.Hubs.Client.TestHub;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>One <see cref="TestHubHost"/> on Kestrel at a free loopback port for a test class.</summary>
public sealed class KestrelTestHubHostFixture : IAsyncLifetime
{
    private TestHubHost? _host;

    public TestHubHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await TestHubHost.StartOnKestrelAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
