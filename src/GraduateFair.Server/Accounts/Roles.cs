using GraduateFair.Domain.Accounts;
using GraduateFair.Domain.Enumerations;

namespace GraduateFair.Server.Accounts;

/// <summary>Role claim values and the authorisation policies named after them.</summary>
public static class Roles
{
    public static readonly string Graduate = KebabCase.Format(UserRole.Graduate);

    public static readonly string Employer = KebabCase.Format(UserRole.Employer);

    public static readonly string Organiser = KebabCase.Format(UserRole.Organiser);
}
