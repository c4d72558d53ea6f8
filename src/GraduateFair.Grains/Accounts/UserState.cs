using GraduateFair.Domain.Accounts;

namespace GraduateFair.Grains.Accounts;

public sealed class UserState
{
    public UserAccount? Account { get; set; }

    public string PasswordHash { get; set; } = "";

    public SignInLockout Lockout { get; set; } = SignInLockout.None;
}
