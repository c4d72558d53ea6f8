namespace GraduateFair.Server.Accounts;

/// <summary>Authentication scheme names.</summary>
public static class AuthSchemes
{
    /// <summary>Chooses bearer when a token is presented, the cookie otherwise.</summary>
    public const string Default = "GraduateFair";

    public const string Cookie = "GraduateFair.Cookie";

    public const string Bearer = "GraduateFair.Bearer";
}
