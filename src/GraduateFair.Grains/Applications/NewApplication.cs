using GraduateFair.Grains.Graduates;

namespace GraduateFair.Grains.Applications;

public sealed record NewApplication(string ApplicationId, string JobId, string JobTitle, string GraduateId, GraduateProfile Applicant, string? ResumeId, string? SessionId);
