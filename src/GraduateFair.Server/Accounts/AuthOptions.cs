namespace GraduateFair.Server.Accounts;

/// <summary>The <c>Auth</c> section.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Register and login calls allowed per client address per minute (default 60).</summary>
    public int AttemptsPerMinute { get; set; } = 60;

    /// <summary>
    /// PBKDF2 iterations for new password hashes (default 100,000, ASP.NET Core Identity's). Only
    /// tests and benchmark set-ups lower it; each stored hash keeps its own count, so changing
    /// it never locks anyone out.
    /// </summary>
    public int PasswordHashIterations { get; set; } = 100_000;

    /// <summary>How long a bearer token and the sign-in cookie last (default 12 hours: a fair day).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}
