using System.Security.Claims;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Grains.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Accounts;

/// <summary>Signs a user in: a cookie for browsers and a bearer token for every other client.</summary>
public sealed class SessionIssuer(IOptionsMonitor<BearerTokenOptions> bearerOptions, IOptions<AuthOptions> authOptions, TimeProvider clock)
{
    public async Task<LoginResponse> SignInAsync(HttpContext context, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        var role = KebabCase.Format(account.Role);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.UserId),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Email, account.Email),
                new Claim(ClaimTypes.Role, role),
            ],
            AuthSchemes.Default);
        var principal = new ClaimsPrincipal(identity);
        var lifetime = authOptions.Value.SessionLifetime;
        var expires = clock.GetUtcNow() + lifetime;

        var bearer = bearerOptions.Get(AuthSchemes.Bearer);
        var token = bearer.BearerTokenProtector.Protect(new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expires }, AuthSchemes.Bearer));
        await context.SignInAsync(AuthSchemes.Cookie, principal, new AuthenticationProperties { ExpiresUtc = expires, IsPersistent = true });
        return new LoginResponse(account.UserId, role, account.DisplayName, token, (long)lifetime.TotalSeconds);
    }
}
