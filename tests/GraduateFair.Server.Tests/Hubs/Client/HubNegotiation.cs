using System.Text.Json;

namespace GraduateFair.Server.Tests.Hubs.Client;

/// <summary>The negotiate request (version 1) and the URLs of the transport protocol.</summary>
internal static class HubNegotiation
{
    public static async Task<(string ConnectionId, string ConnectionToken)> NegotiateAsync(
        HubEndpoint endpoint,
        SignalRTestClientOptions options,
        CancellationToken cancellationToken)
    {
        var url = WithQuery(new Uri(endpoint.Url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/negotiate" + endpoint.Url.Query), "negotiateVersion", "1");
        url = WithQuery(url, "access_token", options.AccessToken);
        using var http = endpoint.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        foreach (var (name, value) in Headers(options))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Negotiate at {url} answered {(int)response.StatusCode} {response.StatusCode}: {body}", null, response.StatusCode);
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"Negotiate at {url} answered an error: {error.GetString()}");
        }

        if (!root.TryGetProperty("availableTransports", out var transports)
            || !transports.EnumerateArray().Any(transport => transport.GetProperty("transport").GetString() == "WebSockets"
                && transport.GetProperty("transferFormats").EnumerateArray().Any(format => format.GetString() == "Text")))
        {
            throw new InvalidOperationException($"The hub at {endpoint.Url} does not offer WebSockets with text frames: {body}");
        }

        var connectionId = root.GetProperty("connectionId").GetString()!;
        var connectionToken = root.TryGetProperty("connectionToken", out var token) ? token.GetString()! : connectionId;
        return (connectionId, connectionToken);
    }

    public static Uri WebSocketUrl(Uri hubUrl, string connectionToken, string? accessToken)
    {
        var builder = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
        return WithQuery(WithQuery(builder.Uri, "id", connectionToken), "access_token", accessToken);
    }

    public static Dictionary<string, string> Headers(SignalRTestClientOptions options)
    {
        var headers = new Dictionary<string, string>(options.Headers, StringComparer.OrdinalIgnoreCase);
        if (options.Cookie is not null)
        {
            headers["Cookie"] = options.Cookie;
        }

        return headers;
    }

    private static Uri WithQuery(Uri url, string name, string? value)
    {
        if (value is null)
        {
            return url;
        }

        var builder = new UriBuilder(url);
        var pair = $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";
        builder.Query = builder.Query.Length > 1 ? $"{builder.Query[1..]}&{pair}" : pair;
        return builder.Uri;
    }
}
