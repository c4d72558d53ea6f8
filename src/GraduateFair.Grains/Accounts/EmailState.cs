namespace GraduateFair.Grains.Accounts;

public sealed class EmailState
{
    public string? OwnerUserId { get; set; }
}
