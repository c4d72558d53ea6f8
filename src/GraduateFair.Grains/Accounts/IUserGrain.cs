using GraduateFair.Runtime;

namespace GraduateFair.Grains.Accounts;

/// <summary>One account, keyed by its user id.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; false when this id already holds a different account.</summary>
    Task<bool> CreateAsync(NewUser user);

    /// <summary>The account, or null when none was created under this id.</summary>
    Task<UserAccount?> GetAsync();

    /// <summary>What a sign-in needs to check a password, or null when there is no account.</summary>
    Task<SignInCheck?> BeginSignInAsync();

    /// <summary>Records the outcome of checking a password; returns whether the account is now locked.</summary>
    Task<SignInCheck> RecordSignInAsync(bool succeeded);

    /// <summary>Replaces the password hash (the organiser account follows its configuration).</summary>
    Task SetPasswordHashAsync(string passwordHash);
}
