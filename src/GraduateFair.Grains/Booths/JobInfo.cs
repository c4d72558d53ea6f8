using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Booths;

public sealed record JobInfo(
    string JobId,
    string Title,
    Discipline Discipline,
    Degree Degree,
    string City,
    int Openings,
    decimal? SalaryMin,
    decimal? SalaryMax,
    string? Description,
    DateTimeOffset PostedAt);
