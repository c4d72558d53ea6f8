namespace GraduateFair.Domain.Fairs;

/// <summary>
/// The theme of a fair. <see cref="General"/> is an ordinary fair; the others are themed
/// sessions (专场). Serialised in kebab-case (<c>hardship-family</c>, ...).
/// </summary>
public enum Theme
{
    General,
    HardshipFamily,
    ZeroEmploymentFamily,
    Disability,
    Industry,
    Region,
    Discipline,
}
