namespace GraduateFair.Grains.Accounts;

/// <param name="Account">The account.</param>
/// <param name="PasswordHash">The stored hash to verify the password against.</param>
/// <param name="LockedUntil">Set while the account is locked after repeated failures.</param>
public sealed record SignInCheck(UserAccount Account, string PasswordHash, DateTimeOffset? LockedUntil);
