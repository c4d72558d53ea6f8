using GraduateFair.Grains.Resumes;

namespace GraduateFair.Server.Resumes;

/// <summary>201 answer of POST /api/me/resume.</summary>
public sealed record ResumeResponse(string ResumeId, string FileName, long Length, DateTimeOffset UploadedAt)
{
    public static ResumeResponse From(ResumeFile resume) => new(resume.ResumeId, resume.FileName, resume.Length, resume.UploadedAt);
}

/// <summary>One entry of GET /api/me/resume/access-log: who read the resume, for which company, when.</summary>
public sealed record ResumeAccessResponse(string EmployerId, string EmployerName, string CompanyId, string CompanyName, DateTimeOffset At)
{
    public static ResumeAccessResponse From(ResumeAccess access) => new(access.EmployerId, access.EmployerName, access.CompanyId, access.CompanyName, access.At);
}
