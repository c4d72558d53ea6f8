using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>
/// Where a hub is and how to reach it: in process through a <see cref="TestServer"/>, or over
/// the network (a real Kestrel URL).
/// </summary>
public sealed class HubEndpoint
{
    private readonly Func<HttpClient> _createHttpClient;
    private readonly Func<Uri, IReadOnlyDictionary<string, string>, CancellationToken, Task<WebSocket>> _connectWebSocket;

    private HubEndpoint(
        Uri url,
        Func<HttpClient> createHttpClient,
        Func<Uri, IReadOnlyDictionary<string, string>, CancellationToken, Task<WebSocket>> connectWebSocket)
    {
        Url = url;
        _createHttpClient = createHttpClient;
        _connectWebSocket = connectWebSocket;
    }

    /// <summary>The hub's http(s) URL, e.g. <c>http://localhost/hubs/fair</c>.</summary>
    public Uri Url { get; }

    /// <summary>A hub of an in-process server, e.g. <c>InProcess(factory.Server, "/hubs/fair")</c>.</summary>
    public static HubEndpoint InProcess(TestServer server, string path)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new HubEndpoint(
            new Uri(server.BaseAddress, path),
            server.CreateClient,
            async (url, headers, cancellationToken) =>
            {
                var client = server.CreateWebSocketClient();
                client.ConfigureRequest = request =>
                {
                    foreach (var (name, value) in headers)
                    {
                        request.Headers[name] = value;
                    }
                };
                return await client.ConnectAsync(url, cancellationToken);
            });
    }

    /// <summary>A hub reached over the network, e.g. <c>http://127.0.0.1:5080/hubs/fair</c>.</summary>
    public static HubEndpoint Remote(Uri hubUrl)
    {
        ArgumentNullException.ThrowIfNull(hubUrl);
        return new HubEndpoint(
            hubUrl,
            () => new HttpClient(new SocketsHttpHandler { UseCookies = false }),
            async (url, headers, cancellationToken) =>
            {
                var socket = new ClientWebSocket();
                try
                {
                    foreach (var (name, value) in headers)
                    {
                        socket.Options.SetRequestHeader(name, value);
                    }

                    await socket.ConnectAsync(url, cancellationToken);
                    return socket;
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            });
    }

    internal HttpClient CreateHttpClient() => _createHttpClient();

    internal Task<WebSocket> ConnectWebSocketAsync(Uri url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken) =>
        _connectWebSocket(url, headers, cancellationToken);

    public override string ToString() => Url.ToString();
}
