namespace GraduateFair.Grains.Resumes;

/// <summary>An employer about to read a graduate's resume, and the company through which they may.</summary>
public sealed record ResumeViewer(string EmployerId, string EmployerName, string CompanyId, string CompanyName);
