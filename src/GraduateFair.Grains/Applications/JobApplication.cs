using GraduateFair.Grains.Graduates;

namespace GraduateFair.Grains.Applications;

/// <summary>A graduate's application to one of a booth's jobs, as the company sees it.</summary>
/// <param name="Applicant">The graduate's profile when they applied (what employers may see; never priority groups).</param>
/// <param name="ResumeId">The graduate's resume when they applied; null when they had none.</param>
/// <param name="SessionId">The live session whose job card the graduate applied from, if any.</param>
public sealed record JobApplication(
    string ApplicationId,
    string BoothId,
    string JobId,
    string JobTitle,
    string GraduateId,
    GraduateProfile Applicant,
    string? ResumeId,
    string? SessionId,
    DateTimeOffset AppliedAt);
