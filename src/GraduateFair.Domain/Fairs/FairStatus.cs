namespace GraduateFair.Domain.Fairs;

/// <summary>Where a fair is in its life: scheduled → open → closed.</summary>
public enum FairStatus
{
    Scheduled,
    Open,
    Closed,
}
