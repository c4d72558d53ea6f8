using GraduateFair.Domain.Graduates;
using GraduateFair.Grains.Booths;

namespace GraduateFair.Server.Booths;

/// <summary>POST /api/fairs/{fairId}/booths.</summary>
public sealed record CreateBoothRequest(string? CompanyId, string? Title, string? Description);

public sealed record BoothCreatedResponse(string BoothId);

/// <summary>POST /api/booths/{boothId}/jobs.</summary>
public sealed record CreateJobRequest(string? Title, string? Discipline, string? Degree, string? City, int? Openings, decimal? SalaryMin, decimal? SalaryMax, string? Description);

public sealed record JobCreatedResponse(string JobId);

public sealed record JobResponse(string JobId, string Title, Discipline Discipline, Degree Degree, string City, int Openings, decimal? SalaryMin, decimal? SalaryMax, string? Description)
{
    public static JobResponse From(JobInfo job) =>
        new(job.JobId, job.Title, job.Discipline, job.Degree, job.City, job.Openings, job.SalaryMin, job.SalaryMax, job.Description);
}

public sealed record BoothResponse(
    string BoothId,
    string FairId,
    string CompanyId,
    string CompanyName,
    string Title,
    string? Description,
    IReadOnlyList<JobResponse> Jobs,
    int Waiting,
    int EtaSeconds,
    string EtaText,
    bool Paused);

public sealed record PauseResponse(string BoothId, bool Paused);
