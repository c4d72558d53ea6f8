namespace GraduateFair.Domain.Graduates;

/// <summary>
/// A priority group (sensitive personal information). Used only with the graduate's explicit
/// consent, only to give priority and accommodations, and never shown to employers.
/// </summary>
public enum PriorityGroup
{
    HardshipFamily,
    ZeroEmploymentFamily,
    Disability,
    LowIncome,
}
