using System.Security.Claims;

namespace GraduateFair.Server.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id (the name identifier claim).</summary>
    public static string UserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in.");
    }
}
