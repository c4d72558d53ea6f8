using GraduateFair.Domain.Accounts;

namespace GraduateFair.Grains.Accounts;

public sealed record NewUser(string Email, string PasswordHash, string DisplayName, UserRole Role);
