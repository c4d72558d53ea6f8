using GraduateFair.Grains.Applications;
using GraduateFair.Server.Graduates;

namespace GraduateFair.Server.Applications;

/// <summary>An application as the company sees it: the graduate's profile when they applied, never priority groups.</summary>
/// <param name="ResumeId">The graduate's resume when they applied; null when there was none.</param>
/// <param name="SessionId">The live session the graduate applied from.</param>
public sealed record ApplicationResponse(
    string ApplicationId,
    string BoothId,
    string JobId,
    string JobTitle,
    string GraduateId,
    ProfileResponse Applicant,
    string? ResumeId,
    string? SessionId,
    DateTimeOffset AppliedAt)
{
    public static ApplicationResponse From(JobApplication application) => new(
        application.ApplicationId, application.BoothId, application.JobId, application.JobTitle, application.GraduateId,
        ProfileResponse.From(application.Applicant), application.ResumeId, application.SessionId, application.AppliedAt);
}

/// <summary>The graduate's own answer to "apply": which job, when.</summary>
public sealed record MyApplicationResponse(string ApplicationId, string BoothId, string JobId, string JobTitle, DateTimeOffset AppliedAt)
{
    public static MyApplicationResponse From(JobApplication application) =>
        new(application.ApplicationId, application.BoothId, application.JobId, application.JobTitle, application.AppliedAt);
}
