using System.Text.Json;
using GraduateFair.Server.Hubs;
using GraduateFair.Server.Tests.Hubs.Client;
using GraduateFair.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GraduateFair.Server.Tests.Hubs;

/// <summary>Connecting the hub test client to the product's hub, <c>/hubs/fair</c>.</summary>
public static class HubConnections
{
    public const string Path = "/hubs/fair";

    /// <summary>Web defaults, as the hub writes payloads; enumerations stay strings in the test DTOs.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static SignalRTestClientOptions Options(Session session, Action<string>? trace = null) => new()
    {
        AccessToken = session.Token,
        SerializerOptions = Json,
        DefaultTimeout = TimeSpan.FromSeconds(30),
        Trace = trace,
    };

    public static Task<SignalRTestClient> ConnectHubAsync(this GraduateFairApp app, Session session, Action<string>? trace = null) =>
        SignalRTestClient.ConnectAsync(app.Server, Path, Options(session, trace));

    public static Task<SignalRTestClient> ConnectHubAsync(this ServerProcess server, Session session, Action<string>? trace = null) =>
        SignalRTestClient.ConnectAsync(new Uri(server.BaseAddress, Path), Options(session, trace));

    /// <summary>Closes the user's last connection and waits until the server counts them offline.</summary>
    public static async Task GoOfflineAsync(this GraduateFairApp app, Session session, SignalRTestClient lastConnection)
    {
        var presence = app.Services.GetRequiredService<ConnectionPresence>();
        var offline = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnOffline(string userId)
        {
            if (userId == session.UserId)
            {
                offline.TrySetResult();
            }
        }

        presence.WentOffline += OnOffline;
        try
        {
            await lastConnection.DisposeAsync();
            await offline.Task.WithTimeout($"the server to count {session.UserId} offline");
        }
        finally
        {
            presence.WentOffline -= OnOffline;
        }
    }
}
