using GraduateFair.Domain.Accounts;

namespace GraduateFair.Grains.Accounts;

public sealed record UserAccount(string UserId, string Email, string DisplayName, UserRole Role, DateTimeOffset CreatedAt);
