namespace GraduateFair.Grains.Resumes;

/// <summary>One employer's access to a graduate's resume, as the graduate reads it in their access log.</summary>
public sealed record ResumeAccess(string EmployerId, string EmployerName, string CompanyId, string CompanyName, string ResumeId, DateTimeOffset At);
