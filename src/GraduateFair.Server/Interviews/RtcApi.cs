using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Interviews;

public static class RtcApi
{
    /// <summary>GET /api/rtc/config: the configured STUN/TURN servers, for signed-in users only (TURN credentials are not public).</summary>
    public static IEndpointRouteBuilder MapRtcApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/rtc/config", GetConfig).WithTags("Interview rooms").RequireAuthorization();
        return routes;
    }

    private static Ok<RtcConfigResponse> GetConfig(IOptionsSnapshot<RtcOptions> options, HttpResponse response)
    {
        // Credentials must not linger in shared caches.
        response.Headers.CacheControl = "no-store";
        var servers = options.Value.IceServers
            .Select(server => server.Urls.Where(url => !string.IsNullOrWhiteSpace(url)).Select(url => url.Trim()).ToList())
            .Zip(options.Value.IceServers)
            .Where(pair => pair.First.Count > 0)
            .Select(pair => new IceServerResponse(pair.First, Blank(pair.Second.Username), Blank(pair.Second.Credential)))
            .ToList();
        return TypedResults.Ok(new RtcConfigResponse(servers));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
