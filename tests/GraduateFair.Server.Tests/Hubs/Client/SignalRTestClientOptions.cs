using System.Text.Json;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>How a <see cref="SignalRTestClient"/> authenticates, serialises and waits.</summary>
public sealed record SignalRTestClientOptions
{
    /// <summary>Sent as the <c>access_token</c> query parameter on negotiate and on the WebSocket request, as a browser does.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The value of a <c>Cookie</c> header sent on negotiate and on the WebSocket request (e.g. <c>graduatefair=...</c>).</summary>
    public string? Cookie { get; init; }

    /// <summary>More headers for negotiate and the WebSocket request (e.g. <c>Authorization</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Serialises arguments and reads results and server messages; SignalR's default is camelCase (web defaults).</summary>
    public JsonSerializerOptions SerializerOptions { get; init; } = new(JsonSerializerDefaults.Web);

    /// <summary>How long connecting, invocations and <see cref="InvocationInbox.NextAsync(TimeSpan?, CancellationToken)"/> wait unless told otherwise.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the client pings the server so the server's client timeout (30 s by default) does
    /// not close a quiet connection. <see cref="Timeout.InfiniteTimeSpan"/> turns pings off.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Bytes read from the WebSocket at a time; small values make every message span several reads.</summary>
    public int ReceiveBufferSize { get; init; } = 16 * 1024;

    /// <summary>Receives a line for every record sent and received (e.g. <c>ITestOutputHelper.WriteLine</c>).</summary>
    public Action<string>? Trace { get; init; }
}
