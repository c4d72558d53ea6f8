using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Fairs;

/// <summary>What a fair's theme implies.</summary>
public static class ThemeExtensions
{
    /// <summary>
    /// The priority group a themed session is for: hardship-family, zero-employment-family and
    /// disability sessions serve the group of the same name; other themes serve no group.
    /// </summary>
    public static PriorityGroup? PriorityGroupOf(this Theme theme) => theme switch
    {
        Theme.HardshipFamily => PriorityGroup.HardshipFamily,
        Theme.ZeroEmploymentFamily => PriorityGroup.ZeroEmploymentFamily,
        Theme.Disability => PriorityGroup.Disability,
        _ => null,
    };
}
