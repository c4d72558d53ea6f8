using GraduateFair.Domain.Fairs;

namespace GraduateFair.Grains.Fairs;

/// <summary>The outcome of a change to a fair: <see cref="Fair"/> is null when there is no such fair.</summary>
public sealed record FairChange(FairTransitionKind Kind, FairInfo? Fair, string? Message = null)
{
    public static FairChange Missing { get; } = new(FairTransitionKind.Conflict, null, "There is no such fair.");
}
