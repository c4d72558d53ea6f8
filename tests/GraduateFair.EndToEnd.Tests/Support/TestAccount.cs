namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>An account made for one test: a unique email, a known password.</summary>
public sealed record TestAccount(string Email, string Password, string DisplayName, string Role)
{
    public static TestAccount New(string role, string displayName) =>
        new($"{role}-{Guid.NewGuid():N}@e2e.example", "correct-horse-battery", displayName, role);
}
