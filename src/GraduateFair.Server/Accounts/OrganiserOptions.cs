namespace GraduateFair.Server.Accounts;

/// <summary>The <c>Organiser</c> section: the organiser account ensured at start-up (never self-registered).</summary>
public sealed class OrganiserOptions
{
    public const string SectionName = "Organiser";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string DisplayName { get; set; } = "Organiser";
}
