namespace GraduateFair.Domain.Cases;

/// <summary>
/// A service given to a graduate under "1311+N": career guidance, a job recommendation, a
/// training, an internship offer, or other individual help (the "+N").
/// </summary>
public enum ServiceKind
{
    Guidance,
    Recommendation,
    Training,
    Internship,
    Other,
}
