using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Matching;

namespace GraduateFair.Grains.Jobs;

/// <summary>A job of a booth at a scheduled or open fair: what matching needs, and what a graduate is shown.</summary>
public sealed record OpenJobEntry(
    string JobId,
    string BoothId,
    string FairId,
    string CompanyName,
    string Title,
    Discipline Discipline,
    Degree Degree,
    string City,
    int Openings,
    DateTimeOffset PostedAt)
{
    public OpenJob ToOpenJob() => new(JobId, Discipline, Degree, City, Openings);
}
