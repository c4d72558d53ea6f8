using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Accounts;

public static class SessionApi
{
    /// <summary>GET /api/auth/session: who the session says the caller is, from the session alone (no storage).</summary>
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/auth/session", (ClaimsPrincipal user) => TypedResults.Ok(new SessionResponse(user.UserId(), user.FindFirstValue(ClaimTypes.Role) ?? "")))
            .WithTags("Accounts")
            .RequireAuthorization();
        return routes;
    }
}

public sealed record SessionResponse(string UserId, string Role);
